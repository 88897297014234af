import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageFileRefusal, imagePath, imageTypeOf } from './image-bytes.ts';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

const SAMPLES = {
  jpeg: bytes([0xff, 0xd8, 0xff, 0xdb, 0, 0x43]),
  png: bytes('\x89PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR'),
  gif: bytes('GIF87a', [1, 0, 1, 0]),
  webp: bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '),
  avif: bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0], 'avifmif1miaf'),
  avifByCompatibleBrand: bytes([0, 0, 0, 0x18], 'ftypmif1', [0, 0, 0, 0], 'mif1avif'),
};

describe('imageTypeOf', () => {
  it.each(Object.entries(SAMPLES))('knows %s by its first bytes', (name, sample) => {
    expect(imageTypeOf(sample)).toBe(name.startsWith('avif') ? 'avif' : name);
  });

  it.each([
    ['SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['SVG after an XML declaration', bytes('<?xml version="1.0"?><svg/>')],
    ['HTML', bytes('<!doctype html><script>alert(1)</script>')],
    ['an empty file', bytes()],
    ['an MP4 film (an ISO media file that is no AVIF)', bytes([0, 0, 0, 0x18], 'ftypisom', [0, 0, 2, 0], 'isomiso2')],
    ['a truncated PNG signature', bytes('\x89PNG')],
  ])('knows no image in %s', (_, sample) => {
    expect(imageTypeOf(sample)).toBeUndefined();
  });
});

describe('imageFileRefusal', () => {
  const root = path.join(mkdtempSync(path.join(tmpdir(), 'basta-image-')), 'content');
  mkdirSync(path.join(root, 'images'), { recursive: true });
  writeFileSync(path.join(root, 'images', 'ok.png'), SAMPLES.png);
  writeFileSync(path.join(root, 'images', 'jpeg.png'), SAMPLES.jpeg);
  writeFileSync(path.join(root, '..', 'utanfor.png'), SAMPLES.png);
  symlinkSync('/etc/passwd', path.join(root, 'images', 'passwd.png'));
  symlinkSync('../..', path.join(root, 'images', 'upp'));
  symlinkSync('ok.png', path.join(root, 'images', 'lank.png'));
  const at = (relative: string) => imageFileRefusal(path.join(root, relative), root);

  it('accepts a real image file of the content folder', () => {
    expect(at('images/ok.png')).toBeUndefined();
  });

  it.each([
    ['a symlink to a file outside', 'images/passwd.png', 'symlink'],
    ['a symlink to an image inside', 'images/lank.png', 'symlink'],
    ['a path through a symlinked folder', 'images/upp/utanfor.png', 'symlink'],
    ['a path that leaves the content folder', '../utanfor.png', 'outside'],
    ['a file that does not exist', 'images/saknas.png', 'missing'],
    ['a folder', 'images', 'missing'],
    ['bytes of another image type', 'images/jpeg.png', 'content'],
  ])('refuses %s', (_, relative, kind) => {
    expect(at(relative)?.kind).toBe(kind);
  });
});

describe('imagePath', () => {
  it('drops the query and fragment and decodes the address, or keeps it when it cannot', () => {
    expect(imagePath('../images/min%20bild.jpg?v=2#x')).toBe('../images/min bild.jpg');
    expect(imagePath('../images/%E0%A4%A.jpg')).toBe('../images/%E0%A4%A.jpg');
  });
});
