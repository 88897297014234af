import { describe, expect, it } from 'vitest';
import { BOM, parseCsv, toCsv } from './csv.ts';

describe('toCsv', () => {
  it('starts with a byte order mark so Excel reads å, ä and ö', () => {
    const csv = toCsv(['Område'], [['Förskola']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('writes a header row and one line per record, with Windows line endings', () => {
    expect(
      toCsv(
        ['A', 'B'],
        [
          ['1', '2'],
          ['3', '4'],
        ],
      ),
    ).toBe(`${BOM}A,B\r\n1,2\r\n3,4`);
  });

  it.each([
    ['a comma', 'Skola, elevhälsa', '"Skola, elevhälsa"'],
    ['a quotation mark', 'Formuläret "Mitt barn"', '"Formuläret ""Mitt barn"""'],
    ['a line break', 'Rad ett\nRad två', '"Rad ett\nRad två"'],
    ['a semicolon', 'Skola; Socialtjänst', 'Skola; Socialtjänst'],
  ])('quotes a cell with %s only when it must', (_what, cell, written) => {
    expect(toCsv(['X'], [[cell]])).toBe(`${BOM}X\r\n${written}`);
  });

  it.each([['=SUMMA(A1)'], ['+46'], ['-1'], ['@fel'], ["'=redan"]])(
    'protects the formula-like cell %j with a leading apostrophe',
    (cell) => {
      expect(toCsv(['X'], [[cell]])).toBe(`${BOM}X\r\n"'${cell}"`);
    },
  );

  it('refuses a record with another number of cells than the header', () => {
    expect(() => toCsv(['A', 'B'], [['1']])).toThrow(/rad 1 har 1 celler men rubrikraden har 2/);
  });
});

describe('parseCsv', () => {
  it.each([
    ['plain text', ['Förskola', 'Hälso- och sjukvård (BHV)']],
    ['quotes, commas and line breaks', ['"Mitt barn", formuläret', 'Rad ett\r\nRad två']],
    ['formula-like cells', ['=1+1', '-2', "'-3", "'text"]],
    ['empty cells', ['', 'x', '']],
  ])('reads back exactly what toCsv wrote, with %s', (_what, cells) => {
    const header = cells.map((_, i) => `K${i}`);
    expect(parseCsv(toCsv(header, [cells]))).toEqual([header, cells]);
  });

  it('reads a file without a byte order mark too', () => {
    expect(parseCsv('A,B\r\n1,2')).toEqual([
      ['A', 'B'],
      ['1', '2'],
    ]);
  });

  it('refuses text that is not well-formed CSV', () => {
    expect(() => parseCsv('A,B\r\n"1,2')).toThrow(/går inte att läsa/);
  });
});
