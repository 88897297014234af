import Personnummer from 'personnummer';
import { describe, expect, it } from 'vitest';
import {
  PERSONNUMMER_RULE,
  findPersonnummer,
  maskPersonnummer,
  unallowedPersonnummer,
  unallowedPersonnummerAcrossLines,
} from './personnummer.ts';

/**
 * Synthetic numbers only: nine digits of our choosing plus the Luhn check digit computed here, so
 * no real person's number is written in the tests.
 */
function withCheckDigit(nine: string): string {
  let sum = 0;
  for (let i = 0; i < nine.length; i++) {
    let value = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return nine + String((10 - (sum % 10)) % 10);
}

/** A ten-digit number with its check digit wrong. */
function withWrongCheckDigit(nine: string): string {
  const right = withCheckDigit(nine);
  return right.slice(0, 9) + String((Number(right[9]) + 1) % 10);
}

const TEN = withCheckDigit('811218987'); // born 1981-12-18
const DATE = TEN.slice(0, 6);
const SERIAL = TEN.slice(6);
const LONG = `19${TEN}`;

describe('findPersonnummer', () => {
  it('exports the rule id used in reports', () => {
    expect(PERSONNUMMER_RULE).toBe('personnummer');
  });

  it.each([
    ['ten digits with a hyphen', `${DATE}-${SERIAL}`],
    ['ten digits without a separator', TEN],
    ['ten digits with a space', `${DATE} ${SERIAL}`],
    ['ten digits with an en dash from a word processor', `${DATE}\u2013${SERIAL}`],
    ['twelve digits with a hyphen', `19${DATE}-${SERIAL}`],
    ['twelve digits without a separator', LONG],
    ['twelve digits with a space after the century', `19 ${DATE}-${SERIAL}`],
    ['ten digits with a full stop, as a case number', `${DATE}.${SERIAL}`],
    ['ten digits with a slash, as a case number', `${DATE}/${SERIAL}`],
    ['ten digits with an underscore, as in a file name', `${DATE}_${SERIAL}`],
    ['ten digits with a colon', `${DATE}:${SERIAL}`],
    ['twelve digits with a slash and spaces', `19${DATE} / ${SERIAL}`],
  ])('finds a number written as %s and gives its twelve-digit form', (_, written) => {
    expect(findPersonnummer(`Personnummer: ${written}.`)).toEqual([
      { line: 1, column: 15, raw: written.replace('\u2013', '-'), normalized: LONG, form: 'number' },
    ]);
  });

  it.each([
    ['superscript digits', (digits: string) => digits.replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]!)],
    ['subscript digits', (digits: string) => digits.replace(/\d/g, (d) => String.fromCodePoint(0x2080 + Number(d)))],
    [
      'circled digits',
      (digits: string) => digits.replace(/\d/g, (d) => (d === '0' ? '⓪' : String.fromCodePoint(0x245f + Number(d)))),
    ],
    ['a YAML tab escape as its separator', (digits: string) => digits.replace('-', '\\t')],
  ])('finds a number written in %s, where it is written', (_, write) => {
    const written = write(`${DATE}-${SERIAL}`);
    expect(findPersonnummer(`Nummer: ${written}`)).toMatchObject([{ line: 1, column: 9, normalized: LONG }]);
  });

  it.each([
    ['a date with a short case number after a slash', `Dnr ${DATE}/12 och ${DATE}/123.`],
    ['a date-like amount with three decimals', `Beloppet ${DATE}.123 kr.`],
    ['a date followed by a time of day', `Den ${DATE} 13:00.`],
  ])('does not flag %s', (_, text) => {
    expect(findPersonnummer(text)).toEqual([]);
  });

  it('reads a plus sign as a person aged a hundred or more', () => {
    const old = withCheckDigit('191212123');
    expect(findPersonnummer(`${old.slice(0, 6)}+${old.slice(6)}`)).toEqual([
      { line: 1, column: 1, raw: `${old.slice(0, 6)}+${old.slice(6)}`, normalized: `19${old}`, form: 'number' },
    ]);
  });

  it('finds a samordningsnummer, whose day is increased by 60', () => {
    const coordination = withCheckDigit('811278987');
    expect(findPersonnummer(`Nummer ${coordination}`).map((found) => found.normalized)).toEqual([`19${coordination}`]);
  });

  it('finds a number born in this century', () => {
    const young = withCheckDigit('100307123');
    expect(findPersonnummer(`20${young}`).map((found) => found.normalized)).toEqual([`20${young}`]);
  });

  it('does not flag a number whose check digit is wrong', () => {
    const wrong = withWrongCheckDigit('811218987');
    expect(findPersonnummer(`${wrong} ${wrong.slice(0, 6)}-${wrong.slice(6)} 19${wrong}`)).toEqual([]);
  });

  it.each([
    ['a month 13', withCheckDigit('811318987')],
    ['a day 32', withCheckDigit('811232987')],
    ['February 30', withCheckDigit('810230987')],
    ['a serial number 000', withCheckDigit('811218000')],
  ])('does not flag a number with %s, even with a right check digit', (_, number) => {
    expect(findPersonnummer(`${number.slice(0, 6)}-${number.slice(6)}`)).toEqual([]);
  });

  it.each([
    ['a mobile number with a hyphen', 'Ring 070-3898142 i dag.'],
    ['a mobile number with spaces', 'Ring 076-783 78 17 i dag.'],
    ['a landline number', 'Växeln: 036-32 40 00.'],
    ['an international number', 'Ring +46 70 389 81 42.'],
    ['a date', 'Träffen var 2020-09-21.'],
    ['a date and a time', '2020-09-21 13:00–16:00'],
    ['years and amounts', 'Mellan 2016 och 2019 deltog 1 200 personer; budgeten var 1 500 000 kr.'],
    ['an organisation number', 'Region Jönköpings län, 232100-0057.'],
  ])('does not flag %s', (_, text) => {
    expect(findPersonnummer(text)).toEqual([]);
  });

  it('does not flag a valid number that is part of a longer run of digits', () => {
    expect(findPersonnummer(`Order 9${TEN}1 och 12${TEN} och 0${LONG}`)).toEqual([]);
  });

  it('reads a spaced pair of digits that is no century as text before the number', () => {
    expect(findPersonnummer(`sidan 12 ${TEN}`)).toEqual([
      { line: 1, column: 10, raw: TEN, normalized: LONG, form: 'number' },
    ]);
  });

  it('gives 1-based line and column for each number in a text of several lines', () => {
    const other = withCheckDigit('850101123');
    const text = [
      '---',
      'title: Träff med nätverket',
      '---',
      '',
      `Åsa har nummer ${DATE}-${SERIAL} och Örjan ${other}.`,
      '',
      `  19${DATE} ${SERIAL}`,
    ].join('\n');
    expect(findPersonnummer(text)).toEqual([
      { line: 5, column: 16, raw: `${DATE}-${SERIAL}`, normalized: LONG, form: 'number' },
      { line: 5, column: 38, raw: other, normalized: `19${other}`, form: 'number' },
      { line: 7, column: 3, raw: `19${DATE} ${SERIAL}`, normalized: LONG, form: 'number' },
    ]);
  });

  it.each([
    ['ten digits', (date: string, serial: string) => [`${date}${serial}`, `${date}-${serial}`]],
    ['a plus sign', (date: string, serial: string) => [`${date}+${serial}`, `${date}+${serial}`]],
    ['a century', (date: string, serial: string) => [`19${date}-${serial}`, `19${date}${serial}`]],
    [
      'digits grouped as a phone number',
      (date: string, serial: string) => [
        `${date.slice(0, 3)} ${date.slice(3)} ${serial.slice(0, 2)} ${serial.slice(2)}`,
        `${date}-${serial}`,
      ],
    ],
  ])(
    'agrees with the personnummer package on every month, the days at its edges, samordningsnummer and every check digit, written as %s',
    (_, write) => {
      const found: string[] = [];
      const expected: string[] = [];
      // Every month and the days at each month's edges, as written and as a samordningsnummer (day + 60).
      const days = [0, 1, 2, 27, 28, 29, 30, 31, 32, 58, 59, 60, 61, 62, 87, 88, 89, 90, 91, 92];
      for (const year of ['00', '81']) {
        for (let month = 0; month <= 13; month++) {
          // One text a month: the scan's cost grows with the numbers one text holds.
          const written: string[] = [];
          for (const day of days) {
            for (const serial of ['123', '000']) {
              for (let check = 0; check <= 9; check++) {
                const date = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
                const [text, asked] = write(date, `${serial}${check}`) as [string, string];
                written.push(text);
                if (Personnummer.valid(asked, { allowCoordinationNumber: true, allowInterimNumber: false })) {
                  expected.push(Personnummer.parse(asked).format(true));
                }
              }
            }
          }
          found.push(...findPersonnummer(written.join(' x\n')).map((hit) => hit.normalized));
        }
      }
      expect(expected.length).toBeGreaterThan(100);
      expect(found).toEqual(expected);
    },
  );

  it('finds nothing in text without numbers', () => {
    expect(findPersonnummer('Barn och unga ska få komma till tals.')).toEqual([]);
  });
});

describe('unallowedPersonnummer (the one scan: content by the validator, built pages by the build)', () => {
  const other = withCheckDigit('850101123');
  const text = `Testnummer ${DATE}-${SERIAL}, och ${other}.`;
  const reviewed = { number: LONG, reason: 'Ett testnummer.' };

  it('reports every number when the allowlist is empty', () => {
    expect(unallowedPersonnummer(text, []).map((hit) => hit.raw)).toEqual([`${DATE}-${SERIAL}`, other]);
  });

  it('leaves out a number the allowlist holds, however either writes it', () => {
    for (const number of [LONG, TEN, `${DATE}-${SERIAL}`, `19${DATE}-${SERIAL}`]) {
      expect(unallowedPersonnummer(text, [{ ...reviewed, number }]).map((hit) => hit.raw)).toEqual([other]);
    }
  });

  it('in a content file, honours an entry only for the file it names', () => {
    const entry = { ...reviewed, file: 'teams/team-a.mdx' };
    expect(unallowedPersonnummer(text, [entry], 'teams/team-a.mdx').map((hit) => hit.raw)).toEqual([other]);
    expect(unallowedPersonnummer(text, [entry], 'teams/team-b.mdx').map((hit) => hit.raw)).toEqual([
      `${DATE}-${SERIAL}`,
      other,
    ]);
  });

  it('in built output, where a page shows text of many files, honours an entry for any file', () => {
    const entry = { ...reviewed, file: 'teams/team-a.mdx' };
    expect(unallowedPersonnummer(text, [entry]).map((hit) => hit.raw)).toEqual([other]);
  });
});

describe('unallowedPersonnummerAcrossLines (a built page’s text, one text node a line)', () => {
  const other = withCheckDigit('850101123');
  const grouped = (ten: string, between: string) =>
    `${ten.slice(0, 3)}${between}${ten.slice(3, 6)} ${ten.slice(6, 8)}${between}${ten.slice(8)}`;

  it.each([
    ['a number split over text nodes', `Ring\n${grouped(TEN, '\n')}\nidag`],
    ['a twelve-digit number split by markup', `Igen: 19${DATE.slice(0, 2)}\n${DATE.slice(2)}\n-${SERIAL}.`],
    ['a number on one line and another split', `${DATE}-${SERIAL}\neller\n${grouped(other, '\n')}`],
    ['a line break written as an entity, which stays one', `${grouped(TEN, '&#10;')}\neller\n${grouped(other, '\n')}`],
    ['a century on the line before', `19\n${TEN}\n${DATE}\n${SERIAL}`],
    ['phone numbers and dates', `070-389 81 42\n2020-09-21\n13:00\n${grouped(other, ' ')}`],
  ])('finds what the text finds, and what it finds with its lines joined: %s', (_, text) => {
    expect(unallowedPersonnummerAcrossLines(text, [])).toEqual({
      lines: findPersonnummer(text),
      joined: findPersonnummer(text.replaceAll('\n', ' ')),
    });
  });

  it('leaves out a number the allowlist holds, in both', () => {
    const text = `${DATE}-${SERIAL}\nRing\n${grouped(TEN, '\n')}\neller\n${grouped(other, '\n')}`;
    const found = unallowedPersonnummerAcrossLines(text, [{ number: LONG, reason: 'Ett testnummer.' }]);
    expect([found.lines.map((hit) => hit.normalized), found.joined.map((hit) => hit.normalized)]).toEqual([
      [],
      [`19${other}`],
    ]);
  });
});

describe('maskPersonnummer', () => {
  it('hides the last four digits', () => {
    expect(maskPersonnummer(`${DATE}-${SERIAL}`)).toBe(`${DATE}-XXXX`);
  });

  it('hides the last four digits of a grouped number, wherever the groups fall', () => {
    expect(maskPersonnummer('811 218 98 76')).toBe('811 218 XX XX');
  });
});

describe('findPersonnummer on a number in disguise', () => {
  const pct = (text: string) =>
    [...new TextEncoder().encode(text)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  const fullWidth = (digits: string) => [...digits].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('');

  it.each([
    ['a line break between date and serial', `${DATE}-\n${SERIAL}`],
    ['a line break alone', `${DATE}\n${SERIAL}`],
    ['a Windows line break and indentation', `${DATE}\r\n   ${SERIAL}`],
    ['a tab', `${DATE}\t${SERIAL}`],
    ['a no-break space', `${DATE}\u00a0${SERIAL}`],
    ['a narrow no-break space', `${DATE}\u202f${SERIAL}`],
    ['a figure space', `${DATE}\u2007${SERIAL}`],
    ['a minus sign', `${DATE}\u2212${SERIAL}`],
    ['a figure dash', `${DATE}\u2012${SERIAL}`],
    ['an em dash', `${DATE}\u2014${SERIAL}`],
    ['a full-width hyphen', `${DATE}\uff0d${SERIAL}`],
    ['a soft hyphen', `${DATE}\u00ad${SERIAL}`],
    ['a zero-width space inside the date', `${DATE.slice(0, 3)}\u200b${DATE.slice(3)}-${SERIAL}`],
    ['a word joiner and a byte order mark', `${DATE}\u2060-\ufeff${SERIAL}`],
    ['full-width digits', `${fullWidth(DATE)}-${fullWidth(SERIAL)}`],
    ['Arabic-Indic digits', [...TEN].map((d) => String.fromCodePoint(0x0660 + Number(d))).join('')],
    ['decimal HTML entities', [...`${DATE}-${SERIAL}`].map((c) => `&#${c.charCodeAt(0)};`).join('')],
    [
      'hexadecimal HTML entities without semicolons',
      [...TEN].map((c) => `&#x${c.charCodeAt(0).toString(16)}`).join(''),
    ],
    ['named entities as separator', `${DATE}&shy;&ndash;${SERIAL}`],
    ['percent-encoding in an address', `https://example.se/?id=${pct(`${DATE}-${SERIAL}`)}`],
    ['a percent-encoded en dash', `https://example.se/${DATE}%E2%80%93${SERIAL}`],
    ['a YAML escape', `"${DATE}\\x2D${SERIAL}"`],
    ['a JSON unicode escape', `"${DATE}\\u2013${SERIAL}"`],
    ['a Markdown backslash', `${DATE}\\-${SERIAL}`],
  ])('finds a number written with %s', (_, written) => {
    const at = 4 + written.search(/[^"a-z:/.?=]/);
    expect(findPersonnummer(`Se ${written} här`).map((hit) => [hit.normalized, hit.column])).toEqual([[LONG, at]]);
  });

  it('points at the line where a number broken over two lines starts', () => {
    expect(findPersonnummer(`rad ett\nnummer ${DATE}\n${SERIAL}\n`)).toEqual([
      { line: 2, column: 8, raw: `${DATE}\n${SERIAL}`, normalized: LONG, form: 'number' },
    ]);
  });

  it.each([
    ['in pairs', `${DATE.slice(0, 2)} ${DATE.slice(2, 4)} ${DATE.slice(4)} ${SERIAL.slice(0, 2)} ${SERIAL.slice(2)}`],
    ['as a mobile number', `${TEN.slice(0, 3)}-${TEN.slice(3, 6)} ${TEN.slice(6, 8)} ${TEN.slice(8)}`],
    ['with spaces around the hyphen', `${TEN.slice(0, 4)} - ${TEN.slice(4)}`],
    ['with a century, in pairs', `19 ${DATE.slice(0, 2)} ${DATE.slice(2)} ${SERIAL}`.replace(' ', '')],
  ])('finds a number grouped %s, and says it is grouped', (_, written) => {
    expect(findPersonnummer(`Ring ${written}.`)).toEqual([
      { line: 1, column: 6, raw: written, normalized: LONG, form: 'grouped' },
    ]);
  });

  it.each([
    ['a phone number with a country code', '+46 (0)36-32 10 00'],
    ['a landline with spaces around the hyphen', '036 - 32 10 00'],
    ['a service number', '010-242 40 00'],
    ['a number in international form', '+46 10 242 40 00'],
    ['the shipped phone numbers', '072-2343561, 076-7837817, 070-6798379, 070-3898142'],
    ['an ISO timestamp', '2020-09-21T13:00:00+02:00 and 2024-05-23T08:30:00.000Z'],
    ['a date range', '2020-03-03 – 2020-06-08'],
    ['long ids and hashes', 'pf_fragment/sv_8a3f0c2d91.pf_fragment, id 1234567890123456'],
    ['an organisation number with a minus sign', 'Org.nr 232100\u22120057'],
    [
      'a grouped number with a wrong check digit',
      `Ring ${withWrongCheckDigit('811218987').replace(/(\d{3})(\d{3})(\d{2})(\d{2})/, '$1-$2 $3 $4')}`,
    ],
  ])('does not flag %s', (_, text) => {
    expect(findPersonnummer(text)).toEqual([]);
  });
});

describe('the personnummer allowlist on a number in disguise', () => {
  it('honours an entry however the text writes the number', () => {
    const reviewed = [{ number: `${DATE}-${SERIAL}`, reason: 'Ett testnummer.' }];
    expect(
      unallowedPersonnummer(
        `${DATE}&minus;${SERIAL} och ${TEN.slice(0, 3)}-${TEN.slice(3, 6)} ${TEN.slice(6, 8)} ${TEN.slice(8)}`,
        reviewed,
      ),
    ).toEqual([]);
  });
});
