import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../../schemas/index.ts';
import { objectFields } from '../../../schemas/meta.ts';
import { kindFields, kindSchema, SCAFFOLD_KIND_NAMES, SCAFFOLD_KINDS } from './kinds.ts';

describe.each(SCAFFOLD_KIND_NAMES)('the kind %s', (kind) => {
  it('belongs to a collection of files', () => {
    expect(COLLECTIONS[SCAFFOLD_KINDS[kind].collection].kind).toBe('entries');
  });

  it('has the fields of its schema, in the schema’s order, each described by its metadata', () => {
    const fields = kindFields(kind);
    expect(Object.keys(fields)).toEqual(Object.keys(objectFields(kindSchema(kind))!));
    for (const info of Object.values(fields)) expect(info.label.length).toBeGreaterThan(0);
  });

  it('names its file after a required text field', () => {
    expect(kindFields(kind)[SCAFFOLD_KINDS[kind].slugFrom]).toMatchObject({ type: 'string', required: true });
  });
});
