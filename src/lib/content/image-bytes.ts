/**
 * An image of the content folder, checked by what it is rather than by what it is called: a real
 * file (no symlink, see below) inside the content folder, and bytes that are the image type its
 * extension names. A file named `bild.png` that holds an SVG with a script, an HTML page or nothing
 * at all is refused, because the site would serve it under its own address.
 *
 * Symlinks are refused outright: git carries them, and one under `content/` would publish whatever
 * it points at on the build machine (`/etc/passwd`, the checkout's `.git/config`). The validator
 * asks this module about every image an entry names; the image guard (src/lib/build/image-guard.ts)
 * asks it again before Astro reads any image of the content, so even a build that skipped the
 * validator publishes no other file.
 */
import { closeSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { IMAGE_EXTENSIONS } from './image-extensions.ts';

type ImageExtension = (typeof IMAGE_EXTENSIONS)[number];
type ImageType = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif';

/** The type each accepted extension promises. */
const TYPE_OF_EXTENSION: Record<ImageExtension, ImageType> = {
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.png': 'png',
  '.gif': 'gif',
  '.webp': 'webp',
  '.avif': 'avif',
};

/** How many bytes the sniffer reads: enough for every signature below and an AVIF `ftyp` box. */
const HEAD = 64;

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));

/**
 * The image type the bytes start with (their "magic number"), for the types the site accepts.
 * @param bytes the start of the file (64 bytes are enough)
 * @returns undefined for anything else: SVG, HTML, text, an empty file
 * @example imageTypeOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])) // 'jpeg'
 */
export function imageTypeOf(bytes: Uint8Array): ImageType | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (/^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    // An ISO media file: AVIF when its major or a compatible brand says so.
    const size = ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
    const box = ascii(bytes, 8, Math.min(size, HEAD));
    const brands = [box.slice(0, 4), ...(box.slice(8).match(/.{4}/gs) ?? [])];
    if (brands.some((brand) => brand === 'avif' || brand === 'avis')) return 'avif';
  }
  return undefined;
}

/** Why an image file is refused: what kind of problem, and a Swedish reason. */
export interface ImageRefusal {
  kind: 'missing' | 'outside' | 'symlink' | 'type' | 'content';
  /** Completes "bildfilen … ", e.g. 'är en symbolisk länk (symlink), inte en fil'. */
  reason: string;
}

/**
 * Why the image file may not be published, or undefined when it may.
 * @param file the image's path, absolute (resolved from the entry that names it)
 * @param contentRoot the content folder, absolute
 */
export function imageFileRefusal(file: string, contentRoot: string): ImageRefusal | undefined {
  const reason = refusalOf(file, contentRoot);
  return reason && { kind: reason[0], reason: reason[1] };
}

function refusalOf(file: string, contentRoot: string): [ImageRefusal['kind'], string] | undefined {
  const lexical = path.resolve(file);
  if (!lexical.startsWith(path.resolve(contentRoot) + path.sep)) return ['outside', 'ligger utanför content/'];
  // Every folder on the way from content/ down to the file, and the file itself, must be real.
  const steps = path.relative(contentRoot, lexical).split(path.sep);
  for (let i = 1; i <= steps.length; i++) {
    const step = path.join(contentRoot, ...steps.slice(0, i));
    let stat;
    try {
      stat = lstatSync(step);
    } catch {
      return ['missing', 'finns inte'];
    }
    if (stat.isSymbolicLink()) return ['symlink', 'är en symbolisk länk (symlink), inte en fil'];
    if (i === steps.length && !stat.isFile()) return ['missing', 'finns inte'];
  }
  // No step is a link, so this holds; checked once more on the real paths all the same.
  if (!realOrSelf(lexical).startsWith(realOrSelf(contentRoot) + path.sep))
    return ['outside', 'ligger utanför content/'];
  const extension = path.extname(lexical) as ImageExtension;
  const expected = TYPE_OF_EXTENSION[extension];
  if (!expected) return ['type', `har fel filtyp; bilder kan vara ${IMAGE_EXTENSIONS.join(', ')}`];
  const head = readHead(lexical);
  if (head.length === 0) return ['content', 'är tom'];
  const actual = imageTypeOf(head);
  if (actual !== expected) {
    return [
      'content',
      `är inte en ${extension}-bild (innehållet är ${actual ? `en ${actual}-bild` : 'ingen bild som webbplatsen visar, till exempel SVG, HTML eller text'}); spara bilden i rätt format eller ge den rätt filändelse`,
    ];
  }
  return undefined;
}

function readHead(file: string): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const buffer = new Uint8Array(HEAD);
    return buffer.subarray(0, readSync(fd, buffer, 0, HEAD, 0));
  } finally {
    closeSync(fd);
  }
}

/** The real path, or the path itself when it does not exist (the later checks then say so). */
function realOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * The file path an image's address names: without `?…` and `#…`, percent-decoded (an address that
 * cannot be decoded is taken as written, and then names no file).
 * @example imagePath('../images/min%20bild.jpg?v=2') // '../images/min bild.jpg'
 */
export function imagePath(src: string): string {
  const bare = src.split(/[?#]/)[0] ?? '';
  try {
    return decodeURI(bare);
  } catch {
    return bare;
  }
}
