import { describe, expect, it } from 'vitest';
import { COLLECTIONS, SITE_FILE } from '../../../schemas/index.ts';
import { fieldMeta, objectFields, type ValueInfo } from '../../../schemas/meta.ts';
import {
  BODY_FIELD,
  cmsConfig,
  LISTS_COLLECTION,
  MEDIA_FOLDER,
  SITE_COLLECTION,
  VARIANT_KEY,
  variantLists,
  type CmsField,
} from './config.ts';

type Collection = {
  name: string;
  folder?: string;
  files?: Array<{ name: string; file: string; fields: CmsField[] }>;
  fields?: CmsField[];
} & Record<string, unknown>;
const config = cmsConfig({ name: 'test-repo' }) as { collections: Collection[] } & Record<string, unknown>;
const byName = new Map(config.collections.map((collection) => [collection.name, collection]));

/** Every field path a schema value holds: `speakers[].person`, alternatives of a union merged. */
function schemaPaths(info: ValueInfo, prefix: string): string[] {
  const value = info.type === 'array' && info.item ? info.item : info;
  const inner = value === info ? prefix : `${prefix}[]`;
  const fields = value.fields ? [value.fields] : (value.variants ?? []).map((variant) => variant.fields ?? {});
  return fields.flatMap((shape) =>
    Object.entries(shape).flatMap(([name, child]) => [`${inner}.${name}`, ...schemaPaths(child, `${inner}.${name}`)]),
  );
}

/** Every field path of the editor's fields, the same way. */
function editorPaths(fields: readonly CmsField[], prefix: string): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}.${field.name}`;
    const inner = field.widget === 'list' && !field.root ? `${path}[]` : path;
    // A list of a union has types, each with the fields of one alternative.
    const types = (field.types as CmsField[] | undefined) ?? [];
    const children = (field.fields as CmsField[] | undefined) ?? types.flatMap((type) => type.fields as CmsField[]);
    return [path, ...editorPaths(children, inner)];
  });
}

const unique = (paths: string[]) => [...new Set(paths)].sort();

const schemaOf = (schema: Parameters<typeof objectFields>[0]) =>
  unique(
    Object.entries(objectFields(schema) ?? {}).flatMap(([name, child]) => [
      `.${name}`,
      ...schemaPaths(fieldMeta(child, name), `.${name}`),
    ]),
  );

describe('the web editor configuration generated from the schemas', () => {
  const entries = Object.entries(COLLECTIONS).filter(([, spec]) => spec.kind === 'entries');

  it.each(entries)(
    'has exactly the fields of the %s schema, nested fields included, plus the body for files with text',
    (name, spec) => {
      if (spec.kind !== 'entries') throw new Error('not an entry collection');
      const collection = byName.get(name);
      const fields = (collection?.fields ?? []).filter((field) => field !== BODY_FIELD);
      expect(unique(editorPaths(fields, ''))).toEqual(schemaOf(spec.schema));
      expect(collection?.fields?.includes(BODY_FIELD)).toBe(spec.body);
    },
  );

  it('has the fields of site.yaml and of each list file item', () => {
    const site = byName.get(SITE_COLLECTION)?.files?.[0];
    expect(site?.file).toBe(`content/${SITE_FILE.file}`);
    expect(unique(editorPaths(site?.fields ?? [], ''))).toEqual(schemaOf(SITE_FILE.schema));
    for (const [name, spec] of Object.entries(COLLECTIONS)) {
      if (spec.kind !== 'list') continue;
      const file = byName.get(LISTS_COLLECTION)?.files?.find((candidate) => candidate.name === name);
      expect(file?.file).toBe(`content/${spec.file}`);
      const item = (spec.schema as unknown as { element: Parameters<typeof objectFields>[0] }).element;
      expect(unique(editorPaths(file?.fields[0]?.fields as CmsField[], ''))).toEqual(schemaOf(item));
    }
  });

  it('fails the comparison when an editor field is missing or one is added', () => {
    const meetings = byName.get('meetings')?.fields ?? [];
    const expected = schemaOf(COLLECTIONS.meetings.schema);
    expect(
      unique(
        editorPaths(
          meetings.slice(1).filter((f) => f !== BODY_FIELD),
          '',
        ),
      ),
    ).not.toEqual(expected);
    expect(
      unique(
        editorPaths(
          [...meetings.filter((f) => f !== BODY_FIELD), { name: 'extra', label: 'Extra', widget: 'string' }],
          '',
        ),
      ),
    ).not.toEqual(expected);
  });

  it('takes each label, the required flag and the pattern from the schema field metadata', () => {
    const meetings = byName.get('meetings')?.fields ?? [];
    const date = meetings.find((field) => field.name === 'date');
    const info = fieldMeta(objectFields(COLLECTIONS.meetings.schema)?.date as Parameters<typeof fieldMeta>[0], 'date');
    expect(date).toMatchObject({ label: info.label, required: info.required, widget: 'string' });
    expect((date?.pattern as string[])[0]).toBe(info.pattern);
    expect(date?.hint).toContain(info.help.replace(/`/g, '').slice(0, 20));
  });

  it('makes references pickers that store ids and show names, for entries and for the list files', () => {
    const meetings = byName.get('meetings')?.fields ?? [];
    expect(meetings.find((field) => field.name === 'series')).toMatchObject({
      widget: 'relation',
      collection: 'series',
      value_field: '{{slug}}',
      display_fields: ['name'],
    });
    expect(meetings.find((field) => field.name === 'municipalities')).toMatchObject({
      widget: 'relation',
      collection: LISTS_COLLECTION,
      file: 'municipalities',
      value_field: 'items.*.id',
      display_fields: ['items.*.name'],
      multiple: true,
    });
    const speakers = meetings.find((field) => field.name === 'speakers')?.types as CmsField[];
    const listed = speakers.find((type) => type.name === 'person')?.fields as CmsField[];
    expect(listed.find((field) => field.name === 'person')).toMatchObject({
      widget: 'relation',
      collection: 'people',
      display_fields: ['name'],
    });
  });

  it('offers the alternatives of a speaker as the types of its list, each with only its own fields and its label', () => {
    const speakers = byName.get('meetings')?.fields?.find((field) => field.name === 'speakers');
    expect(speakers).toMatchObject({ widget: 'list', typeKey: VARIANT_KEY });
    const types = (speakers?.types as CmsField[]).map((type) => ({
      name: type.name,
      label: type.label,
      fields: (type.fields as CmsField[]).map((field) => `${field.name}${field.required ? '*' : ''}`),
    }));
    expect(types).toEqual([
      { name: 'person', label: 'Talare med egen fil', fields: ['person*', 'topic'] },
      { name: 'name', label: 'Talare utifrån', fields: ['name*', 'role', 'organisation', 'topic'] },
    ]);
    expect(variantLists()).toEqual(new Map([['speakers', ['person', 'name']]]));
  });

  it('names a new meeting file by its date and a slug, and keeps images in content/images with a required alt text', () => {
    expect(byName.get('meetings')).toMatchObject({
      folder: 'content/meetings',
      extension: 'mdx',
      slug: '{{fields.date}}-{{slug}}',
    });
    expect(byName.get('teams')).toMatchObject({ folder: 'content/teams', slug: '{{slug}}' });
    expect(config.media_folder).toBe(MEDIA_FOLDER);
    const image = byName.get('teams')?.fields?.find((field) => field.name === 'image');
    const [src, alt] = image?.fields as CmsField[];
    expect(src).toMatchObject({ widget: 'image', required: true });
    expect(alt).toMatchObject({ name: 'alt', required: true });
  });

  it('lets the image picker offer only the kinds of image the validator accepts, never SVG', () => {
    const image = byName.get('teams')?.fields?.find((field) => field.name === 'image');
    const accept = String((image?.fields as CmsField[])[0]?.accept).split(',');
    expect(accept).toEqual(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif']);
    expect(accept.some((type) => /svg/i.test(type))).toBe(false);
  });

  it('saves through the editorial workflow (a branch and a pull request) on GitHub only', () => {
    expect(cmsConfig({ name: 'github', repo: 'a/b', branch: 'main' }).publish_mode).toBe('editorial_workflow');
    expect(config.publish_mode).toBe('simple');
  });

  it('offers a body editor with our components and no raw Markdown mode', () => {
    expect(BODY_FIELD.modes).toEqual(['rich_text']);
    expect(BODY_FIELD.editor_components).toEqual(['faktaruta', 'citat', 'video', 'bild']);
  });
});
