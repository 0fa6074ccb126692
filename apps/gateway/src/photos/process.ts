// Turns an uploaded picture into the two sizes the apps show (512 px and 96 px squares, WebP),
// re-encoded from pixels only: EXIF (GPS, camera, dates), XMP, IPTC and ICC data are not carried
// over (sharp keeps no metadata unless asked with keepMetadata/withMetadata), and the orientation
// is applied to the pixels first so the photo stands the right way up without its EXIF tag.
//
// Why sharp (libvips): it is the fastest and most robust decoder for the formats phones produce
// (JPEG, PNG, WebP, AVIF/HEIF, GIF), and it installs from the npm registry alone: its native
// binaries are ordinary npm packages (@img/sharp-linux-x64 and @img/sharp-libvips-linux-x64 on
// these machines), chosen through optionalDependencies, with no install script and no download
// from anywhere else (verified with pnpm 12 here; sharp 0.35 has no build step to allow). It
// decodes off the event loop (libuv threads); a pure-JS library (jimp) would block it while decoding.
// It is loaded with the first upload, not at start: libvips adds ~28 MB to the process's memory, and
// most replicas never resize a photo.
import { createHash } from 'node:crypto';

let loaded: Promise<typeof import('sharp')> | null = null;
const loadSharp = async () => (await (loaded ??= import('sharp'))).default;

/** The largest upload accepted, in bytes (before decoding). */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
/** The largest picture decoded, in pixels (a 5 MB file can claim 100 000 × 100 000: refused unread). */
export const MAX_PHOTO_PIXELS = 50_000_000;
export const PHOTO_SIZES = { large: 512, small: 96 } as const;
export type PhotoSize = keyof typeof PHOTO_SIZES;

const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'heif', 'avif', 'tiff']);

export interface ProcessedPhoto {
  /** Hex, 16 characters of the SHA-256 of the large image: the photo's address changes with it. */
  hash: string;
  large: Buffer;
  small: Buffer;
}

export class PhotoError extends Error {
  constructor(
    readonly code: 'PHOTO_TOO_LARGE' | 'PHOTO_NOT_AN_IMAGE',
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export const tooLarge = (what = `larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB`) =>
  new PhotoError('PHOTO_TOO_LARGE', `The photo is ${what}: choose a smaller one.`, 413);
const notAnImage = () =>
  new PhotoError(
    'PHOTO_NOT_AN_IMAGE',
    'This file is not a picture we can read: send a JPEG, PNG, WebP, HEIF or AVIF photo.',
    415,
  );

/** Checks, decodes and resizes an upload; throws PhotoError for what the member can fix. */
export async function processPhoto(input: Buffer): Promise<ProcessedPhoto> {
  if (input.byteLength > MAX_PHOTO_BYTES) throw tooLarge();
  if (input.byteLength === 0) throw notAnImage();
  const sharp = await loadSharp();
  let format: string | undefined;
  try {
    ({ format } = await sharp(input, { limitInputPixels: MAX_PHOTO_PIXELS }).metadata());
  } catch {
    throw notAnImage();
  }
  if (!format || !ACCEPTED_FORMATS.has(format)) throw notAnImage();
  try {
    // `rotate()` without an angle applies the EXIF orientation; the first frame only (animated GIFs).
    const upright = sharp(input, { limitInputPixels: MAX_PHOTO_PIXELS, pages: 1 }).rotate();
    const encode = (side: number) =>
      upright.clone().resize(side, side, { fit: 'cover', position: 'attention' }).webp({ quality: 82 }).toBuffer();
    const [large, small] = await Promise.all([encode(PHOTO_SIZES.large), encode(PHOTO_SIZES.small)]);
    return { hash: createHash('sha256').update(large).digest('hex').slice(0, 16), large, small };
  } catch (error) {
    // A truncated or corrupt file passes metadata() (only the header is read) but not decoding.
    if (error instanceof Error && /pixel limit/i.test(error.message))
      throw tooLarge(`over ${MAX_PHOTO_PIXELS / 1_000_000} megapixels`);
    throw notAnImage();
  }
}
