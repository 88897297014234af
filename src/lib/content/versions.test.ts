import { describe, expect, it } from 'vitest';
import { changedFields, entryTitle, readVersion, versionPublished } from './versions.ts';

describe('readVersion', () => {
  it('reads the front matter and the text of a Markdown file', () => {
    expect(readVersion('---\ntitle: Träff\ndraft: true\n---\n\nTexten.\n', true)).toEqual({
      data: { title: 'Träff', draft: true },
      body: 'Texten.',
    });
  });

  it('reads a whole YAML file, and gives no data where the YAML cannot be read', () => {
    expect(readVersion('name: Ida\n', false)).toEqual({ data: { name: 'Ida' }, body: '' });
    expect(readVersion('name: [Ida\n', false).data).toBeUndefined();
  });
});

describe('changedFields', () => {
  it('names added, removed and changed top-level fields, but not equal ones', () => {
    expect(
      changedFields(
        { title: 'A', date: '2024', speakers: [{ name: 'X' }], place: 'P' },
        { title: 'B', date: '2024', speakers: [{ name: 'X' }], time: '13:00–14:00' },
      ),
    ).toEqual(['title', 'time', 'place']);
  });
});

describe('versionPublished', () => {
  it('counts a version published when it exists and is not a draft', () => {
    expect(versionPublished({ data: { title: 'A' }, body: '' })).toBe(true);
    expect(versionPublished({ data: { title: 'A', draft: true }, body: '' })).toBe(false);
    expect(versionPublished(undefined)).toBe(false);
  });

  it('counts a version whose data cannot be read as published, never as a draft', () => {
    expect(versionPublished({ data: undefined, body: 'Text.' })).toBe(true);
  });
});

describe('entryTitle', () => {
  it('takes a meeting’s title but a person’s name (their title is their job)', () => {
    expect(entryTitle({ data: { title: ' Träff ' }, body: '' }, 'meetings')).toBe('Träff');
    expect(entryTitle({ data: { name: 'Ida', title: 'Samordnare' }, body: '' }, 'people')).toBe('Ida');
    expect(entryTitle({ data: { title: '' }, body: '' }, 'meetings')).toBeUndefined();
  });
});
