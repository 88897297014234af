/**
 * The field tables of the editors' guide (content/README.md), written from the schemas' field
 * metadata (src/schemas/meta.ts): each table sits between two marker comments, and `npm run docs`
 * rewrites what is between them. A test compares the guide with what this module writes, so a field
 * added, removed or explained anew in a schema shows up in the guide or fails the tests.
 */
import type { z } from 'astro/zod';
import { COLLECTIONS, SEARCH_WORDS_FILE, SITE_FILE } from '../../schemas/index.ts';
import { valueInfo, type FieldInfo, type ValueInfo } from '../../schemas/meta.ts';
import { fieldText } from './field-rules.ts';
import { scalar } from './scaffold/render.ts';

/** Every file type that has a field table in the guide: the collections, and `site`. */
export const GUIDE_TABLES: Record<string, z.ZodType> = {
  ...Object.fromEntries(Object.entries(COLLECTIONS).map(([name, spec]) => [name, spec.schema])),
  site: SITE_FILE.schema,
  sokord: SEARCH_WORDS_FILE.schema,
};

/** The opening and closing marker of a table block, e.g. `<!-- fält: meetings … -->`. */
export function markers(name: string): [string, string] {
  return [
    `<!-- fält: ${name} (skrivs av npm run docs från src/schemas/, ändra där och inte här) -->`,
    `<!-- /fält: ${name} -->`,
  ];
}

const code = (text: string) => `\`${text}\``;
const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The example worth showing in a table: of values with a format (dates, times, addresses) or numbers. */
function shownExample(info: FieldInfo): string | undefined {
  const formatted = info.type === 'string' && !info.references && (info.pattern !== undefined || info.format);
  if (!formatted && info.type !== 'integer' && info.type !== 'number') return undefined;
  return ` Till exempel ${code(scalar(info.example))}.`;
}

/** A Markdown table with its columns padded to the same width, as Prettier writes one. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(3, ...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((text, column) => text.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(rows[0]!), line(widths.map((width) => '-'.repeat(width))), ...rows.slice(1).map(line)].join('\n');
}

function fieldTable(fields: Record<string, FieldInfo>): string {
  return table([
    ['Fält', 'Måste finnas', 'Vad'],
    ...Object.entries(fields).map(([key, info]) => [
      code(key),
      info.required ? 'ja' : 'nej',
      cell(`**${info.label}** – ${fieldText(info, true)}${shownExample(info) ?? ''}`),
    ]),
  ]);
}

/** The tables of the objects inside `fields`, at any depth, each with a line saying where it belongs. */
function nestedTables(fields: Record<string, FieldInfo>, parents: string[]): string[] {
  const sections: string[] = [];
  for (const [key, info] of Object.entries(fields)) {
    const list = info.type === 'array' && info.item !== undefined;
    const inner: ValueInfo = list ? info.item! : info;
    const where = [key, ...parents].map(code).join(' i ');
    if (inner.fields) {
      sections.push(
        `${list ? 'Varje sak i listan' : 'Fälten i'} ${where} (${info.label})${list ? ' har de här fälten' : ''}:`,
      );
      sections.push(fieldTable(inner.fields), ...nestedTables(inner.fields, [key, ...parents]));
    }
    for (const variant of inner.variants ?? []) {
      if (variant === inner.variants![0])
        sections.push(`Varje sak i listan ${where} (${info.label}) är något av det här:`);
      sections.push(`**${variant.label}** – ${variant.help}`);
      sections.push(fieldTable(variant.fields ?? {}), ...nestedTables(variant.fields ?? {}, [key, ...parents]));
    }
  }
  return sections;
}

/**
 * The field tables of one file type: its fields, then the fields of every object inside.
 * @param schema an entry's schema, or a list file's (the table shows one item of the list)
 */
export function fieldTables(schema: z.ZodType): string {
  const root = valueInfo(schema);
  const fields = (root.type === 'array' ? root.item : root)?.fields;
  if (!fields) throw new Error('fieldTables() tar ett objekt eller en lista av objekt');
  return [fieldTable(fields), ...nestedTables(fields, [])].join('\n\n');
}

/**
 * The guide with every table block rewritten from the schemas.
 * @throws when a block's markers are missing, so that no file type goes without its table
 */
export function updateGuide(guide: string): string {
  let text = guide;
  for (const [name, schema] of Object.entries(GUIDE_TABLES)) {
    const [open, close] = markers(name);
    const start = text.indexOf(open);
    const end = text.indexOf(close, start);
    if (start < 0 || end < 0) throw new Error(`content/README.md saknar raderna ${open} och ${close}`);
    text = `${text.slice(0, start + open.length)}\n\n${fieldTables(schema)}\n\n${text.slice(end)}`;
  }
  return text;
}
