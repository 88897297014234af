import { describe, expect, it } from 'vitest';
import type { Person } from '../../schemas/person.ts';
import { mailHref, resolvePeople, roleLine, telHref } from './contacts.ts';

const people = new Map<string, { id: string; data: Person }>([
  ['anna', { id: 'anna', data: { name: 'Anna', organisation: 'Region', email: 'anna@rjl.se' } }],
  ['bo', { id: 'bo', data: { name: 'Bo', organisation: 'Kommun', email: 'bo@rjl.se', phone: '070-1' } }],
]);

describe('resolvePeople', () => {
  it('returns the people in the order of the ids, each with its id', () => {
    expect(resolvePeople(['bo', 'anna'], people).map((p) => `${p.id}:${p.data.name}`)).toEqual(['bo:Bo', 'anna:Anna']);
  });

  it('leaves out an id that names nobody, and accepts a missing list', () => {
    expect(resolvePeople(['okand', 'anna'], people).map((p) => p.id)).toEqual(['anna']);
    expect(resolvePeople(undefined, people)).toEqual([]);
  });
});

describe('roleLine', () => {
  it.each([
    ['samordnare', 'Regionen', 'samordnare, Regionen'],
    [undefined, 'Regionen', 'Regionen'],
    ['samordnare', undefined, 'samordnare'],
    [undefined, undefined, ''],
  ])('writes %s and %s as %j', (role, organisation, expected) => {
    expect(roleLine(role, organisation)).toBe(expected);
  });
});

describe('mailHref', () => {
  it('opens the visitor’s mail app at the address', () => {
    expect(mailHref('ida@example.se')).toBe('mailto:ida@example.se');
  });
});

describe('telHref', () => {
  it.each([
    ['076-7837817', 'tel:0767837817'],
    ['070-123 45 67', 'tel:0701234567'],
    ['+46 36 32 40 00', 'tel:+4636324000'],
    [' 036-32 40 00 ', 'tel:036324000'],
    ['036+32', 'tel:03632'],
  ])('links %s as %s', (phone, expected) => {
    expect(telHref(phone)).toBe(expected);
  });
});
