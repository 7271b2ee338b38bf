import { stringify } from 'csv-stringify/sync';

/** A file a procedure hands back for the browser to download. */
export interface DownloadFile {
  filename: string;
  contentType: string;
  body: string;
}

export type CsvCell = string | number | null | undefined;

export interface CsvColumn<Key extends string> {
  key: Key;
  /** What the spreadsheet shows, with the unit where there is one: `body weight (kg)`. */
  header: string;
}

/**
 * RFC 4180 CSV for spreadsheets: CRLF line ends, fields with commas, quotes or line breaks
 * quoted, a UTF-8 byte order mark so Excel reads accents correctly, and text cells starting
 * with = + - @ tab or CR prefixed with ' so a spreadsheet never runs them as formulas
 * (numbers, including negative ones, are left as numbers). Empty cells stand for "not logged".
 */
export function toCsv<Key extends string>(
  columns: ReadonlyArray<CsvColumn<Key>>,
  records: ReadonlyArray<Partial<Record<Key, CsvCell>>>,
): string {
  return stringify([...records], {
    columns: [...columns],
    header: true,
    bom: true,
    record_delimiter: 'windows',
    // With CRLF records the library only quotes fields holding a full CRLF; a lone LF or CR must be quoted too.
    quoted_match: /[\r\n]/,
    escape_formulas: true,
  });
}

/** A name safe in a download file name: ASCII letters, digits and dashes. */
export function slugifyFileName(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'client'
  );
}
