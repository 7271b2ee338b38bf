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
 * A spreadsheet opening the file with another separator (`;` in much of Europe, tab, `|`) or
 * splitting a cell's lines would start a new cell after it: a formula character there gets the
 * same ' prefix as one at the start of the cell (`x;=1+1` → `x;'=1+1`).
 */
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n|]\s*)(?=[=+\-@])/g;
export const neutraliseFormulas = (text: string) => text.replace(FORMULA_AFTER_SEPARATOR, "$1'");

/**
 * RFC 4180 CSV for spreadsheets: CRLF line ends, every cell quoted (so no separator or line
 * break inside one can split it, whatever separator the spreadsheet assumes), a UTF-8 byte order
 * mark so Excel reads accents correctly, and text cells starting with = + - @ tab or CR prefixed
 * with ', as are such characters after any separator inside a cell, so a spreadsheet never runs
 * them as formulas (numbers, including negative ones, are left as numbers). Empty cells stand
 * for "not logged".
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
    quoted: true,
    quoted_empty: true,
    escape_formulas: true,
    cast: { string: neutraliseFormulas },
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
