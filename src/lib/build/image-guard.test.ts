import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMAGE_BYTES } from '../../../tests/fixtures/validator/content-file.ts';
import { contentImageGuard, guardedImageRefusal } from './image-guard.ts';

describe('guardedImageRefusal', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'basta-guard-'));
  const content = path.join(root, 'content');
  mkdirSync(path.join(content, 'images'), { recursive: true });
  writeFileSync(path.join(content, 'images', 'ok.png'), IMAGE_BYTES.png);
  writeFileSync(path.join(content, 'images', 'svg.png'), '<svg onload="alert(1)"/>');
  writeFileSync(path.join(content, 'images', 'bild.svg'), '<svg/>');
  symlinkSync('/etc/passwd', path.join(content, 'images', 'passwd.png'));
  const at = (file: string) => guardedImageRefusal(`${file}?astroContentImageFlag=&importer=x`, root, content);

  it('lets a real image of the content, a module that is no image and the project’s own images through', () => {
    expect(at(path.join(content, 'images', 'ok.png'))).toBeUndefined();
    expect(at(path.join(root, 'src', 'kod.ts'))).toBeUndefined();
    expect(at(path.join(root, 'public', 'logo.svg'))).toBeUndefined();
  });

  it.each([
    ['an SVG saved as .png', 'images/svg.png', /inte en \.png-bild/],
    ['an SVG', 'images/bild.svg', /fel filtyp/],
    ['a symlink', 'images/passwd.png', /symbolisk länk/],
  ])('refuses %s in the content', (_, relative, message) => {
    expect(at(path.join(content, relative))).toMatch(message);
  });

  it('refuses an image outside the project', () => {
    expect(at('/usr/share/bild.png')).toMatch(/utanför projektet/);
  });

  it('makes the build fail in Vite’s load hook, before Astro reads the file', () => {
    const plugin = contentImageGuard(root);
    expect(plugin.enforce).toBe('pre');
    expect(plugin.load.order).toBe('pre');
    expect(() => plugin.load.handler(path.join(content, 'images', 'svg.png'))).toThrow(/Bygget avbröts/);
  });
});
