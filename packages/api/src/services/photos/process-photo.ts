import sharp from 'sharp';
import type { PhotoVariant, StoredImage } from './photo-store';

export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
export const PHOTO_FULL_SIDE = 1600;
export const PHOTO_THUMB_SIDE = 320;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);

/** A file that cannot become a progress photo; the message tells the person what to do. */
export class PhotoRejected extends Error {
  constructor(
    message: string,
    readonly status: 400 | 413 = 400,
  ) {
    super(message);
    this.name = 'PhotoRejected';
  }
}

/** HEIC/HEIF (iPhone photos): an ISO-BMFF "ftyp" box with one of the HEIF brands. */
function isHeic(bytes: Buffer): boolean {
  if (bytes.length < 12 || bytes.toString('latin1', 4, 8) !== 'ftyp') return false;
  return /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(bytes.toString('latin1', 8, 12));
}

/** Whether this build of sharp (libvips + libheif) can decode HEIC; the prebuilt one reads AVIF only. */
const decodesHeic = (): boolean =>
  (sharp.format.heif?.input.fileSuffix ?? []).some((suffix) => suffix === '.heic');

/**
 * Turns an upload into the two images we keep: full size (longest side 1,600 px) and a thumbnail,
 * both JPEG, turned upright by their EXIF orientation and then stripped of every metadata block
 * (EXIF with GPS, XMP, IPTC, ICC: sharp writes none unless asked). Anything that is not a whole
 * JPEG, PNG or WebP is refused with a message saying why; nothing is stored for it.
 */
export async function processPhoto(bytes: Buffer): Promise<{
  images: Record<PhotoVariant, StoredImage>;
  width: number;
  height: number;
}> {
  if (bytes.length > PHOTO_MAX_BYTES)
    throw new PhotoRejected('The photo is larger than 10 MB; choose a smaller one', 413);
  if (bytes.length === 0) throw new PhotoRejected('The file is empty');
  if (isHeic(bytes) && !decodesHeic())
    throw new PhotoRejected(
      'HEIC photos cannot be read here; choose JPEG instead (iPhone: Settings › Camera › Formats › Most Compatible, or share the photo as JPEG)',
    );
  let format: string | undefined;
  try {
    format = (await sharp(bytes).metadata()).format;
  } catch {
    format = undefined;
  }
  if (!format || !ACCEPTED_FORMATS.has(format))
    throw new PhotoRejected('This file is not a JPEG, PNG or WebP photo');
  // failOn 'warning': a truncated or corrupt file is refused, not stored half grey.
  const upright = sharp(bytes, { failOn: 'warning' }).rotate().flatten({ background: '#ffffff' });
  const encode = (side: number, quality: number) =>
    upright
      .clone()
      .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
  try {
    const [full, thumb] = await Promise.all([
      encode(PHOTO_FULL_SIDE, 82),
      encode(PHOTO_THUMB_SIDE, 75),
    ]);
    return {
      images: {
        full: { contentType: 'image/jpeg', bytes: full.data },
        thumb: { contentType: 'image/jpeg', bytes: thumb.data },
      },
      width: full.info.width,
      height: full.info.height,
    };
  } catch {
    throw new PhotoRejected(
      'The photo is damaged or incomplete (the upload may have been cut off); choose it again',
    );
  }
}
