import { describe, expect, it } from 'vitest';
import { decodeText } from './encoding.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('decodeText', () => {
  it('reads UTF-8 as it is', () => {
    expect(decodeText(utf8('title: Möte i Jönköping\n'))).toEqual({
      text: 'title: Möte i Jönköping\n',
      problem: undefined,
    });
  });

  it('drops the byte order mark of a UTF-8 file saved by Notepad, and finds nothing wrong', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('---\ntitle: Å\n')]);
    expect(decodeText(bytes)).toEqual({ text: '---\ntitle: Å\n', problem: undefined });
  });

  it('names the first line with a Windows-1252 letter and shows it as the editor wrote it', () => {
    const { problem } = decodeText(cp1252('---\ntitle: Möte\nplace: Sal 3\nsummary: Vi träffades.\n'));
    expect(problem).toMatchObject({ line: 2, rule: 'encoding', field: 'file', severity: 'error' });
    expect(problem?.message).toContain('rad 2: "title: Möte"');
    expect(problem?.message).toMatch(/Windows-1252.*Spara med kodning.*Kodning: UTF-8/);
  });

  it.each([
    ['with a byte order mark', Uint8Array.from([0xff, 0xfe, 0x74, 0x00, 0x3a, 0x00])],
    ['big-endian', Uint8Array.from([0xfe, 0xff, 0x00, 0x74, 0x00, 0x3a])],
    ['without a byte order mark', Uint8Array.from([0x74, 0x00, 0x3a, 0x00, 0x20, 0x00])],
  ])('says that a UTF-16 file (%s) is not UTF-8, at its first line', (_, bytes) => {
    const { problem } = decodeText(bytes);
    expect(problem).toMatchObject({ line: 1, rule: 'encoding' });
    expect(problem?.message).toMatch(/UTF-16/);
  });

  it('finds a byte that starts a sequence it does not finish, at the end of the file', () => {
    expect(decodeText(Uint8Array.from([...utf8('a\nb\n'), 0xc3])).problem?.line).toBe(3);
  });
});
