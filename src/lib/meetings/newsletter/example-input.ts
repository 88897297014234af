/**
 * A complete e-mail edition's input with every part filled, for the unit tests of the renderers.
 * Synthetic: the names and addresses are invented for tests and appear nowhere on the site.
 */
import type { NewsletterInput } from './model.ts';
import { routes } from '../../routing/routes.ts';

export const EXAMPLE_INPUT: NewsletterInput = {
  siteName: 'Testnätverket',
  owner: 'Testregionen',
  siteUrl: 'https://example.se/',
  pageUrl: 'https://example.se/traffar/2024-01-01-test/',
  report: {
    id: '2024-01-01-test',
    href: routes.meeting('2024-01-01-test'),
    title: 'En träff att testa',
    summary: 'En sammanfattning av träffen som är minst trettio tecken lång.',
    hasReport: true,
    facts: [
      { label: 'Datum', value: '1 januari 2024', datetime: '2024-01-01' },
      { label: 'Plats', value: 'Testsalen' },
    ],
    speakers: [{ name: 'Anna Testsson', role: 'talare', organisation: 'Testkommunen', topic: 'Om test' }],
    teams: [
      { id: 'testteam', name: 'Testteamet', href: routes.team('testteam') },
      { id: 'utkast', name: 'Utkastteamet' },
    ],
    videos: [{ title: 'Intervju', url: 'https://vimeo.com/2/abc', captions: false }],
    links: [{ title: 'Mer läsning', url: 'https://extern.example/las' }],
    contacts: [
      {
        id: 'bo-kontakt',
        data: {
          name: 'Bo Kontakt',
          title: 'samordnare',
          organisation: 'Testregionen',
          email: 'bo.kontakt@example.se',
          phone: '070-123 45 67',
        },
      },
    ],
    background: { name: 'Testomgången', period: 'Sedan januari 2024' },
    schedule: {
      intro: 'Alla träffar i omgången Testomgången, i datumordning.',
      meetings: [
        {
          id: '2024-01-01-test',
          href: routes.meeting('2024-01-01-test'),
          title: 'En träff att testa',
          session: 'Träff 1',
          date: '2024-01-01',
          dateText: '1 januari 2024',
          where: 'Testsalen',
          current: true,
        },
        {
          id: '2024-02-01-nasta',
          href: routes.meeting('2024-02-01-nasta'),
          title: 'Nästa träff',
          session: 'Träff 2',
          date: '2024-02-01',
          dateText: '1 februari 2024',
          where: 'Plats är inte angiven',
          current: false,
        },
      ],
    },
  },
  bodyHtml: [
    '<h2 id="start">Början</h2>',
    `<p>Läs <a href="${routes.team('testteam')}">om teamet</a>, <a href="#start">början</a> och <a href="https://extern.example/rapport">rapporten</a>.</p>`,
    '<p><img src="/_astro/bild.webp" alt="En bild"></p>',
    '<figure class="video" data-embed="https://player.vimeo.com/video/1?dnt=1" data-title="Filmen i texten"><figcaption><strong>Filmen i texten</strong><span class="video-captions">Har undertexter</span></figcaption><div class="video-consent"><p>Filmen visas från Vimeo.</p><button type="button" class="video-play" hidden>Visa filmen</button></div><p><a href="https://vimeo.com/1">Öppna filmen hos Vimeo<span class="visually-hidden">: Filmen i texten</span></a></p></figure>',
    '<script type="module" src="/_astro/Video.js"></script>',
    `<form action="${routes.search}"><input name="q"></form>`,
  ].join('\n'),
  backgroundHtml: `<h3>Bakgrund</h3><p>Varför nätverket finns, med <a href="${routes.about}">mer om nätverket</a>.</p>`,
};
