/**
 * Personnummer in any text file, unless the allowlist holds the number for that file. The
 * allowlist itself holds the reviewed numbers and is not scanned.
 */
import type { FileCheck } from '../check.ts';
import { ALLOWLIST_FILE } from '../files.ts';
import { maskPersonnummer, PERSONNUMMER_RULE, unallowedPersonnummer } from '../personnummer.ts';

/** Reports each personnummer or samordningsnummer the allowlist does not hold, masked. */
export const personnummer: FileCheck = {
  name: 'personnummer',
  kinds: ['guide', 'site', 'list', 'entry'],
  check: (file, run) =>
    unallowedPersonnummer(file.text, run.allowlist, file.relative).map((hit) => ({
      line: hit.line,
      column: hit.column,
      severity: 'error',
      field: 'text',
      message: `texten innehåller ett personnummer eller samordningsnummer (${maskPersonnummer(hit.raw)}): ta bort det. Är det granskat och får publiceras, lägg det i content/${ALLOWLIST_FILE}`,
      rule: PERSONNUMMER_RULE,
    })),
};
