/**
 * Personnummer in any text file, and in the name of any file (a file's name becomes an address and
 * a page), unless the allowlist holds the number for that file. The allowlist itself holds the
 * reviewed numbers and is not scanned.
 */
import type { FileCheck } from '../check.ts';
import { ALLOWLIST_FILE } from '../files.ts';
import { maskPersonnummer, PERSONNUMMER_RULE, unallowedPersonnummer, type FoundPersonnummer } from '../personnummer.ts';
import type { TextProblem } from '../problem.ts';

const TEXT_KINDS = new Set(['guide', 'site', 'glossary', 'list', 'entry']);

/** Reports each personnummer or samordningsnummer the allowlist does not hold, masked. */
export const personnummer: FileCheck = {
  name: 'personnummer',
  kinds: ['guide', 'site', 'glossary', 'list', 'entry', 'image', 'invalid'],
  check(file, run) {
    const inName = unallowedPersonnummer(file.relative, run.allowlist, file.relative).map((hit): TextProblem => ({
      line: 1,
      column: 1,
      severity: 'error',
      field: 'file',
      message: `filens namn innehåller ett personnummer eller samordningsnummer (${maskPersonnummer(hit.raw)}), och namnet blir en adress på webbplatsen: byt namn på filen`,
      rule: PERSONNUMMER_RULE,
    }));
    if (!TEXT_KINDS.has(file.kind.kind)) return inName;
    const inText = unallowedPersonnummer(file.text, run.allowlist, file.relative).map((hit): TextProblem => ({
      line: hit.line,
      column: hit.column,
      severity: 'error',
      field: 'text',
      message: messageOf(hit),
      rule: PERSONNUMMER_RULE,
    }));
    return [...inName, ...inText];
  },
};

function messageOf(hit: FoundPersonnummer): string {
  const masked = maskPersonnummer(hit.raw);
  const allow = `Är det granskat och får publiceras, lägg det i content/${ALLOWLIST_FILE}`;
  if (hit.form === 'grouped') {
    return `siffrorna ${masked} är skrivna som ett telefonnummer men bildar ett giltigt personnummer eller samordningsnummer. Är det ett telefonnummer: skriv det med landsnummer, till exempel +46 70-123 45 67 (inte 070-123 45 67), så tas det inte för ett personnummer. Är det ett personnummer: ta bort det. ${allow}`;
  }
  return `texten innehåller ett personnummer eller samordningsnummer (${masked}): ta bort det. ${allow}`;
}
