/**
 * CSV files for download, written and read with papaparse. The files are UTF-8 with a byte order
 * mark, so Excel shows å, ä and ö correctly, and have Windows line endings (RFC 4180).
 */
import Papa from 'papaparse';

/** The byte order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

/**
 * Cells that a spreadsheet would run as a formula. Such a cell is written with a leading `'`, so a
 * downloaded file can never run anything when it is opened (CSV injection). Cells that already
 * start with `'` before such a character get one more, so reading the file back is exact.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Writes a CSV file: a header row and one line per record, every cell as text.
 * @param header the column names
 * @param records the rows, each with as many cells as the header
 * @returns the file's text, starting with the byte order mark
 * @example toCsv(['Område', 'Mål'], [['Skola', 'Närvaro, hälsa']]) // '\uFEFFOmråde,Mål\r\nSkola,"Närvaro, hälsa"'
 */
export function toCsv(header: readonly string[], records: readonly (readonly string[])[]): string {
  for (const [index, record] of records.entries()) {
    if (record.length !== header.length) {
      throw new Error(`CSV-rad ${index + 1} har ${record.length} celler men rubrikraden har ${header.length}`);
    }
  }
  const text = Papa.unparse(
    { fields: [...header], data: records.map((record) => [...record]) },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return BOM + text;
}

/**
 * Reads a CSV file written by `toCsv` back into rows of cells: without the byte order mark, and
 * with the `'` that protects formula-like cells removed.
 * @param text the file's text
 * @returns every row, the header row first
 * @throws when the text is not well-formed CSV
 */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  const result = Papa.parse<string[]>(body, { skipEmptyLines: false });
  if (result.errors.length > 0) {
    const first = result.errors[0];
    throw new Error(`CSV-filen går inte att läsa: ${first?.message ?? 'okänt fel'} (rad ${(first?.row ?? 0) + 1})`);
  }
  return result.data.map((row) =>
    row.map((cell) => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell)),
  );
}
