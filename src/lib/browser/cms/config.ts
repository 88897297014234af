/**
 * The web editor's configuration (Sveltia CMS), generated from the content model: one collection
 * per entry collection of `COLLECTIONS`, one for the two list files and one for `site.yaml`; one
 * editor field per schema field, read with `fieldMeta()` (src/schemas/meta.ts). Nothing here names a
 * field of a schema: labels, help, whether a field is required, patterns, limits, choices and
 * references all come from the schemas, and `config.test.ts` fails when a schema field has no editor
 * field or the reverse.
 *
 * How each kind of value is edited:
 * - a reference (`ref('people')`) is a picker that shows names and stores the id;
 * - a choice (`z.enum`) is a select with the Swedish names of `src/i18n/sv/cms.ts`;
 * - a text with a pattern (dates, times, phone numbers) is a text box with that pattern and the
 *   schema's own Swedish message; an e-mail or web address gets its input type;
 * - a long text (an example over 50 characters, or more than 100 allowed) is a multi-line box;
 * - an image (`ImageSchema`) is an upload into `content/images/` with its required alt text;
 * - a list of a union of objects (speakers: a person with a file, or someone from outside) is a list
 *   of typed items: the editor picks the alternative when adding an item and sees only its fields.
 *   The item's alternative is kept under `VARIANT_KEY` while editing; the formats (formats.ts) add
 *   it when reading a file and leave it out when writing. A single union (none today) shows the
 *   fields of every alternative; the check before saving (entry-check.ts) holds it to one of them.
 * What a schema checks beyond this (a date in the calendar, an end after its start, a video's host)
 * is checked before saving by the validator's own code (entry-check.ts).
 */
import { cms as strings } from '../../../i18n/sv/cms.ts';
import { IMAGE_EXTENSIONS } from '../../content/image-extensions.ts';
import { ImageSchema, type CollectionName } from '../../../schemas/fragments.ts';
import { COLLECTIONS, SITE_FILE, type EntryCollection, type ListCollection } from '../../../schemas/index.ts';
import { fieldMeta, innerSchema, objectFields, type FieldInfo, type ValueInfo } from '../../../schemas/meta.ts';

/** A zod schema, as the schemas' metadata reads it (browser code does not import astro/zod). */
type Schema = Parameters<typeof fieldMeta>[0];
import { fieldRules, plainText } from '../../editor/field-rules.ts';
import { BODY_IMAGE } from './body-image.ts';
import { EDITOR_COMPONENT_IDS } from './editor-components.ts';

/** One field of the CMS configuration (Sveltia's `Field`, kept loose: the test checks the shape). */
export type CmsField = { name: string; label: string; widget: string } & Record<string, unknown>;

/** One collection of the CMS configuration. */
export type CmsCollection = { name: string; label: string } & Record<string, unknown>;

/** Where the editor saves: a repository on GitHub, or (in tests) the CMS's own test backend. */
export type CmsBackend =
  | { name: 'github'; repo: string; branch: string; base_url?: string; auth_methods?: Array<'oauth' | 'token'> }
  | { name: 'test-repo' };

/**
 * Our formats, registered in admin.ts: they rewrite only what an editor changed (minimal-yaml.ts). The
 * CMS ties a format to one extension, and a front matter format's name must end in `-frontmatter`.
 */
export const FORMATS = { mdx: 'basta-mdx-frontmatter', md: 'basta-md-frontmatter', yaml: 'basta-yaml' } as const;

/** The name of the CMS collection that holds the list files, and of the one that holds `site.yaml`. */
export const LISTS_COLLECTION = 'lists';
export const SITE_COLLECTION = 'site';

/** Where uploaded images go, relative to the project, and how an entry refers to them. */
export const MEDIA_FOLDER = 'content/images';
const ENTRY_MEDIA = { media_folder: '/content/images', public_folder: '../images' };

/** The name of an entry collection's item: its first field (`title` or `name` in every schema). */
export function nameField(schema: Schema): string {
  const first = Object.keys(objectFields(schema) ?? {})[0];
  if (!first) throw new Error('Samlingens schema har inga fält');
  return first;
}

/** A field's help and the limits its schema sets, as plain text (the CMS shows no code spans). */
function hint(info: FieldInfo | (ValueInfo & { help?: string })): string {
  // Choices and references are shown by the picker itself; only lengths and counts are said here.
  const limits: ValueInfo = { ...info };
  delete limits.options;
  delete limits.references;
  delete limits.item;
  const rules = fieldRules(limits);
  return plainText([info.help ?? '', ...rules].filter(Boolean).join(' '));
}

/** A picker for the entries of `collection`, storing ids and showing names. */
function relation(collection: CollectionName): Record<string, unknown> {
  const spec = COLLECTIONS[collection];
  if (spec.kind === 'list') {
    const shown = 'items.*.name';
    return {
      widget: 'relation',
      collection: LISTS_COLLECTION,
      file: collection,
      value_field: 'items.*.id',
      display_fields: [shown],
      search_fields: [shown],
    };
  }
  const shown = nameField(spec.schema);
  return { widget: 'relation', collection, value_field: '{{slug}}', display_fields: [shown], search_fields: [shown] };
}

/** Texts edited in a box of several lines: long examples, or room for more than a line. */
function isLongText(info: FieldInfo | ValueInfo): boolean {
  const example = 'example' in info && typeof info.example === 'string' ? info.example : '';
  return example.length > 50 || (info.maxLength ?? 0) > 100;
}

/**
 * The message a schema gives when its pattern fails, so the editor shows the validator's words.
 * zod keeps a `.regex()` check's error with the check.
 */
export function patternMessage(schema: Schema): string | undefined {
  const checks = (innerSchema(schema) as unknown as { _zod: { def: { checks?: unknown[] } } })._zod.def.checks ?? [];
  for (const check of checks) {
    const def = (check as { _zod: { def: { check?: string; format?: string; error?: (issue: unknown) => unknown } } })
      ._zod.def;
    if (def.format === 'regex' && typeof def.error === 'function') {
      const message = def.error({ code: 'invalid_format' });
      if (typeof message === 'string') return message;
    }
  }
  return undefined;
}

/** A text field: one line or several, with its pattern and input type. */
function textField(info: FieldInfo | ValueInfo): Record<string, unknown> {
  const field: Record<string, unknown> = {
    widget: !info.pattern && !info.format && isLongText(info) ? 'text' : 'string',
  };
  if (info.format === 'email') field.type = 'email';
  if (info.format === 'uri') field.type = 'url';
  if (info.pattern) field.pattern = [info.pattern, patternMessage(info.schema) ?? hint(info)];
  if (info.minLength !== undefined && info.minLength > 1) field.minlength = info.minLength;
  if (info.maxLength !== undefined) field.maxlength = info.maxLength;
  return field;
}

/** The widget and its options for a value, without name, label and hint. */
function widgetFor(info: ValueInfo, label: string): Record<string, unknown> {
  if (info.references) return relation(info.references);
  switch (info.type) {
    case 'string':
      return textField(info);
    case 'enum':
      return {
        widget: 'select',
        options: (info.options ?? []).map((value) => ({ label: strings.options[value] ?? value, value })),
      };
    case 'boolean':
      return { widget: 'boolean', default: false };
    case 'integer':
    case 'number':
      return {
        widget: 'number',
        value_type: info.type === 'integer' ? 'int' : 'float',
        ...(info.minimum !== undefined ? { min: info.minimum } : {}),
        ...(info.maximum !== undefined ? { max: info.maximum } : {}),
      };
    case 'object':
      if (innerSchema(info.schema) === innerSchema(ImageSchema)) return imageObject(info);
      return { widget: 'object', fields: editorFields(info.fields ?? {}) };
    case 'union':
      return { widget: 'object', fields: unionFields(info) };
    case 'array':
      return listField(info, label);
  }
}

/** A list: a multi-select for references, items with fields for objects, one box per item otherwise. */
function listField(info: ValueInfo, label: string): Record<string, unknown> {
  const item = info.item;
  if (!item) throw new Error(`${label}: listan saknar sina element i schemat`);
  const counts = {
    ...(info.minItems !== undefined ? { min: info.minItems } : {}),
    ...(info.maxItems !== undefined ? { max: info.maxItems } : {}),
  };
  if (item.references) return { ...relation(item.references), multiple: true, ...counts };
  if (item.type === 'union') return { widget: 'list', types: variantTypes(item), typeKey: VARIANT_KEY, ...counts };
  if (item.type === 'object') {
    const fields = editorFields(item.fields ?? {});
    return { widget: 'list', fields, ...counts, summary: `{{fields.${fields[0]?.name}}}`, collapsed: 'auto' };
  }
  return { widget: 'list', field: { name: 'item', label, ...widgetFor(item, label) }, ...counts };
}

/**
 * The key under which the CMS keeps the alternative of an item of a list of a union while editing
 * (its `typeKey`); never written to a file.
 */
export const VARIANT_KEY = '_slag';

/** An alternative's name: its first field, which the other alternatives do not have (`person`, `name`). */
function variantName(variant: ValueInfo, others: readonly ValueInfo[]): string {
  const own = Object.keys(variant.fields ?? {}).find((name) =>
    others.every((other) => other === variant || !(name in (other.fields ?? {}))),
  );
  if (!own) throw new Error('Ett alternativ i en union saknar ett eget fält');
  return own;
}

/** The alternatives of a union of objects, as the CMS's types of a list, each with its own fields. */
function variantTypes(info: ValueInfo): CmsField[] {
  const variants = info.variants ?? [];
  return variants.map((variant) => {
    const fields = editorFields(variant.fields ?? {});
    return {
      name: variantName(variant, variants),
      label: (variant as { label?: string }).label ?? '',
      widget: 'object',
      fields,
      summary: `{{fields.${fields[0]?.name}}}`,
    };
  });
}

/**
 * The lists of a union in the entries' top-level fields, by field name, each with the names of its
 * alternatives: how the formats tell which alternative an item of a file is.
 */
export function variantLists(): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const spec of Object.values(COLLECTIONS)) {
    for (const [name, child] of Object.entries(objectFields(spec.schema as Schema) ?? {})) {
      const item = fieldMeta(child, name).item;
      if (item?.type !== 'union') continue;
      const variants = item.variants ?? [];
      lists.set(
        name,
        variants.map((variant) => variantName(variant, variants)),
      );
    }
  }
  return lists;
}

/** The fields of every alternative of a union of objects, each once, all optional. */
function unionFields(info: ValueInfo): CmsField[] {
  const merged = new Map<string, CmsField>();
  for (const variant of info.variants ?? []) {
    for (const field of editorFields(variant.fields ?? {})) {
      if (!merged.has(field.name)) merged.set(field.name, { ...field, required: false });
    }
  }
  return [...merged.values()];
}

/** An image next to an entry: the file, uploaded into content/images/, and its alt text. */
function imageObject(info: ValueInfo): Record<string, unknown> {
  const fields = editorFields(info.fields ?? {});
  const [src, ...rest] = fields;
  if (!src) throw new Error('ImageSchema saknar fält');
  // Only the kinds of image the validator and the build accept (no SVG): the picker offers no other.
  const accept = IMAGE_EXTENSIONS.join(',');
  return {
    widget: 'object',
    fields: [{ ...src, widget: 'image', ...ENTRY_MEDIA, choose_url: false, accept }, ...rest],
  };
}

/**
 * One editor field per field of an object, in the schema's order.
 * @param fields from `fieldMeta()` of the object
 */
export function editorFields(fields: Record<string, FieldInfo>): CmsField[] {
  return Object.entries(fields).map(([name, info]) => {
    const field = {
      name,
      label: info.label,
      widget: '',
      ...widgetFor(info, info.label),
      hint: hint(info),
      required: info.required,
    } as CmsField;
    if (info.type === 'union' || info.item?.type === 'union') field.hint = `${field.hint} ${strings.speakerHint}`;
    return field;
  });
}

/** The editor fields of a schema of an object. */
export function schemaFields(schema: Schema): CmsField[] {
  const shape = objectFields(schema);
  if (!shape) throw new Error('Schemat är inget objekt');
  return editorFields(Object.fromEntries(Object.entries(shape).map(([name, child]) => [name, fieldMeta(child, name)])));
}

/** The body of an `.md`/`.mdx` entry: Markdown with our components, never raw HTML or code. */
export const BODY_FIELD: CmsField = {
  name: 'body',
  label: strings.body.label,
  hint: strings.body.hint,
  widget: 'markdown',
  required: false,
  // Rich text only: the Markdown mode would let an editor type what the build refuses.
  modes: ['rich_text'],
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
  // Our image component (body-image.ts) in place of the CMS's own, whose alt text is optional.
  editor_components: [...EDITOR_COMPONENT_IDS, BODY_IMAGE.id],
  linked_images: false,
  use_emoji_autocomplete: false,
};

/** How the list of each collection is headed and sorted. */
function entryCollection(name: CollectionName, spec: EntryCollection): CmsCollection {
  const label = strings.collections[name as keyof typeof strings.collections];
  const shown = nameField(spec.schema);
  const extension = (spec.extensions[0] ?? '.md').slice(1);
  const meeting = name === 'meetings';
  return {
    name,
    label: label.label,
    label_singular: label.singular,
    folder: `content/${spec.dir}`,
    extension,
    format: spec.body ? FORMATS[extension === 'md' ? 'md' : 'mdx'] : FORMATS.yaml,
    create: true,
    delete: false,
    identifier_field: shown,
    // Ids are file names: a meeting's starts with its date (`YYYY-MM-DD-slug`, or `YYYY-MM-slug`).
    slug: meeting ? '{{fields.date}}-{{slug}}' : '{{slug}}',
    summary: meeting ? '{{fields.date}} – {{fields.title}}' : `{{fields.${shown}}}`,
    sortable_fields: meeting ? ['date', 'title'] : [shown],
    // Swedish transliteration of slugs (ä → a): the single locale of the i18n setup below.
    i18n: true,
    ...ENTRY_MEDIA,
    fields: [...schemaFields(spec.schema), ...(spec.body ? [BODY_FIELD] : [])],
  };
}

/** The two list files, each a list at the top of its file. */
function listsCollection(): CmsCollection {
  const lists = (Object.entries(COLLECTIONS) as Array<[CollectionName, EntryCollection | ListCollection]>).filter(
    (entry): entry is [CollectionName, ListCollection] => entry[1].kind === 'list',
  );
  return {
    name: LISTS_COLLECTION,
    label: strings.lists.label,
    format: FORMATS.yaml,
    files: lists.map(([name, spec]) => {
      const label = strings.lists[name as 'municipalities' | 'focusAreas'];
      const item = (spec.schema as unknown as { element: Schema }).element;
      return {
        name,
        label,
        file: `content/${spec.file}`,
        fields: [
          {
            name: 'items',
            label,
            widget: 'list',
            root: true,
            fields: schemaFields(item),
            min: 1,
            summary: '{{fields.name}}',
            collapsed: true,
          },
        ],
      };
    }),
  };
}

function siteCollection(): CmsCollection {
  return {
    name: SITE_COLLECTION,
    label: strings.site.label,
    format: FORMATS.yaml,
    files: [
      {
        name: 'site',
        label: strings.site.file,
        file: `content/${SITE_FILE.file}`,
        fields: schemaFields(SITE_FILE.schema),
      },
    ],
  };
}

/**
 * The whole configuration, given where to save.
 * @param backend GitHub with its repository, or the test backend
 */
export function cmsConfig(backend: CmsBackend): Record<string, unknown> {
  const entries = (Object.entries(COLLECTIONS) as Array<[CollectionName, EntryCollection | ListCollection]>).filter(
    (entry): entry is [CollectionName, EntryCollection] => entry[1].kind === 'entries',
  );
  return {
    load_config_file: false,
    backend,
    // Every save on GitHub is a branch and a pull request; the PR checks run before a reviewer merges.
    publish_mode: backend.name === 'github' ? 'editorial_workflow' : 'simple',
    media_folder: MEDIA_FOLDER,
    public_folder: '/images',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: {
      structure: 'multiple_folders',
      locales: ['sv'],
      default_locale: 'sv',
      omit_default_locale_from_file_path: true,
    },
    output: { omit_empty_optional_fields: true },
    collections: [...entries.map(([name, spec]) => entryCollection(name, spec)), listsCollection(), siteCollection()],
  };
}
