import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { ref, TextSchema } from './fragments.ts';
import { MeetingSchema } from './meeting.ts';
import { describedPlaces, exampleOf, field, fieldMeta, innerSchema, readMeta } from './meta.ts';
import { PlanSchema } from './plan.ts';
import { TeamSchema } from './team.ts';

const described = { label: 'Etikett', help: 'Hjälp.', example: 'exempel' };

describe('field()', () => {
  it('adds label, help and example and keeps the reference that ref() recorded', () => {
    const schema = field(ref('people'), { ...described, example: 'ida-erixon' });
    expect(schema.meta()).toEqual({ references: 'people', label: 'Etikett', help: 'Hjälp.', example: 'ida-erixon' });
  });

  it('returns a schema that accepts and rejects exactly what the original does', () => {
    const schema = field(TextSchema.optional(), described);
    expect(schema.safeParse(undefined).success).toBe(true);
    expect(schema.safeParse(' ').success).toBe(false);
  });
});

describe('readMeta()', () => {
  it('reads metadata through optional, pipes and z.preprocess, the outer winning', () => {
    const inner = z.string().meta({ label: 'Inre', help: 'Inre hjälp.' });
    const wrapped = z.preprocess((value) => value, inner.optional()).meta({ label: 'Yttre' });
    expect(readMeta(wrapped)).toEqual({ label: 'Yttre', help: 'Inre hjälp.' });
  });

  it('does not look into an array, whose metadata belongs to its items', () => {
    expect(readMeta(z.array(field(z.string(), described)))).toEqual({});
  });
});

describe('innerSchema()', () => {
  it('unwraps optional and z.preprocess, and of a.pipe(b) takes b, the later checks', () => {
    const target = z.number();
    expect(innerSchema(z.preprocess((value) => value, target).optional())).toBe(target);
    const later = z.string().min(30);
    expect(innerSchema(z.string().pipe(later))).toBe(later);
  });
});

describe('fieldMeta()', () => {
  const meeting = MeetingSchema.shape;

  it('reads a text field’s limits from its checks, not from its help', () => {
    expect(fieldMeta(meeting.summary)).toMatchObject({
      label: 'Sammanfattning',
      required: true,
      type: 'string',
      minLength: 30,
      maxLength: 300,
    });
    expect(fieldMeta(meeting.summary).help).not.toMatch(/30|300/);
  });

  it('reads a reference, its pattern and whether it may be left out', () => {
    expect(fieldMeta(meeting.series)).toMatchObject({
      type: 'string',
      references: 'series',
      pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
      required: false,
    });
  });

  it('describes a list by its items and its count', () => {
    const info = fieldMeta(TeamSchema.shape.focusAreas);
    expect(info).toMatchObject({ type: 'array', minItems: 1, required: true });
    expect(info.item).toMatchObject({ type: 'string', references: 'focusAreas' });
  });

  it('reads the allowed values of a choice and the bounds of a whole number', () => {
    expect(fieldMeta(meeting.kind)).toMatchObject({
      type: 'enum',
      options: ['larandeseminarium', 'uppfoljning', 'natverkstraff'],
    });
    expect(fieldMeta(meeting.session)).toMatchObject({ type: 'integer', minimum: 1 });
    const positive = field(z.number().int().positive().lt(10), { ...described, example: 1 });
    expect(fieldMeta(positive)).toMatchObject({ minimum: 1, maximum: 9 });
  });

  it('describes the fields of a nested object, also inside a refined schema', () => {
    const period = fieldMeta(PlanSchema.shape.period);
    expect(period.type).toBe('object');
    expect(period.fields?.start).toMatchObject({ label: 'Första året', minimum: 1900, maximum: 2200, required: true });
  });

  it('describes each alternative of a union with its own label and fields', () => {
    const item = fieldMeta(meeting.speakers).item!;
    expect(item.type).toBe('union');
    expect(item.variants?.map((variant) => Object.keys(variant.fields ?? {}))).toEqual([
      ['person', 'topic'],
      ['name', 'role', 'organisation', 'topic'],
    ]);
    expect(item.variants?.[0]?.label).toBe('Talare med egen fil');
  });

  it('refuses a field without metadata, naming it and what it lacks', () => {
    expect(() => fieldMeta(z.string().meta({ label: 'Namn' }), 'name')).toThrow('name saknar help, example');
  });

  it('refuses a field whose nested field lacks metadata', () => {
    const schema = field(z.strictObject({ start: z.number() }), { ...described, example: { start: 1 } });
    expect(() => fieldMeta(schema, 'period')).toThrow('start saknar label, help, example');
  });
});

describe('describedPlaces()', () => {
  it('lists every field at any depth and every alternative of a union, in order', () => {
    const schema = z.strictObject({
      a: z.string(),
      b: z.array(z.strictObject({ c: z.string() })).optional(),
      d: z.array(z.union([z.strictObject({ e: z.string() }), z.strictObject({ f: z.string() })])),
    });
    expect([...describedPlaces(schema)].map((place) => place.path)).toEqual([
      'a',
      'b',
      'b[].c',
      'd',
      'd[]|0',
      'd[].e',
      'd[]|1',
      'd[].f',
    ]);
  });
});

describe('exampleOf()', () => {
  it('makes an object’s example from its fields’ examples, optional fields too', () => {
    const schema = z.strictObject({
      name: field(TextSchema, { ...described, example: 'Kim' }),
      role: field(TextSchema.optional(), { ...described, example: 'coach' }),
    });
    expect(exampleOf(schema)).toEqual({ name: 'Kim', role: 'coach' });
  });
});
