import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PersonEntry } from '../../lib/people/contacts.ts';
import PersonList from './PersonList.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const people: PersonEntry[] = [
  {
    id: 'ida',
    data: {
      name: 'Ida Erixon',
      title: 'folkhälsoutvecklare',
      organisation: 'Regionen',
      email: 'ida@example.se',
      phone: '076-783 78 17',
      coach: true,
    },
  },
  { id: 'lena', data: { name: 'Lena Hedin', organisation: 'Regionen', email: 'lena@example.se' } },
];

/** The text of each link, as a screen reader's list of links reads it (hidden text included). */
const linkTexts = (html: string) =>
  [...html.matchAll(/<a [^>]*>([\s\S]*?)<\/a>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );

describe('PersonList', () => {
  it('shows each person’s name as a heading, title and organisation, and e-mail and phone links', async () => {
    const html = await container.renderToString(PersonList, { props: { people } });
    expect(html).toMatch(/<h3[^>]*>Ida Erixon<\/h3>/);
    expect(html).toContain('folkhälsoutvecklare, Regionen');
    expect(html).toContain('href="mailto:ida@example.se"');
    expect(html).toContain('href="tel:0767837817"');
  });

  it('names in each link whom it reaches, in text only screen readers read', async () => {
    const html = await container.renderToString(PersonList, { props: { people } });
    expect(linkTexts(html)).toEqual([
      'ida@example.se till Ida Erixon',
      '076-783 78 17 till Ida Erixon',
      'lena@example.se till Lena Hedin',
    ]);
    expect(html).toMatch(/076-783 78 17<span class="visually-hidden"[^>]*> till Ida Erixon<\/span>/);
  });

  it('leaves out the phone of a person without one, and the missing title', async () => {
    const html = await container.renderToString(PersonList, { props: { people: [people[1]!] } });
    expect(html).not.toContain('tel:');
    expect(html).toMatch(/<p[^>]*>Regionen<\/p>/);
  });

  it('uses the heading level it is given', async () => {
    const html = await container.renderToString(PersonList, { props: { people, headingLevel: 'h4' } });
    expect(html).toMatch(/<h4[^>]*>Lena Hedin<\/h4>/);
  });

  it('keeps the order it is given', async () => {
    const html = await container.renderToString(PersonList, { props: { people: [people[1]!, people[0]!] } });
    expect(html.indexOf('Lena Hedin')).toBeLessThan(html.indexOf('Ida Erixon'));
  });
});
