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
  title: 'En träff att testa',
  summary: 'En sammanfattning av träffen som är minst trettio tecken lång.',
  facts: [
    { label: 'Datum', value: '1 januari 2024' },
    { label: 'Plats', value: 'Testsalen' },
  ],
  bodyHtml: [
    '<h2 id="start">Början</h2>',
    `<p>Läs <a href="${routes.team('testteam')}">om teamet</a>, <a href="#start">början</a> och <a href="https://extern.example/rapport">rapporten</a>.</p>`,
    '<p><img src="/_astro/bild.webp" alt="En bild"></p>',
    '<figure class="video" data-embed="https://player.vimeo.com/video/1?dnt=1" data-title="Filmen i texten"><figcaption><strong>Filmen i texten</strong><span class="video-captions">Har undertexter</span></figcaption><div class="video-consent"><p>Filmen visas från Vimeo.</p><button type="button" class="video-play" hidden>Visa filmen</button></div><p><a href="https://vimeo.com/1">Öppna filmen hos Vimeo<span class="visually-hidden">: Filmen i texten</span></a></p></figure>',
    '<script type="module" src="/_astro/Video.js"></script>',
    `<form action="${routes.search}"><input name="q"></form>`,
  ].join('\n'),
  background: {
    heading: 'Om omgången',
    name: 'Testomgången',
    period: 'Sedan januari 2024',
    html: `<h3>Bakgrund</h3><p>Varför nätverket finns, med <a href="${routes.about}">mer om nätverket</a>.</p>`,
  },
  speakers: [{ name: 'Anna Testsson', role: 'talare', organisation: 'Testkommunen', topic: 'Om test' }],
  teams: [{ name: 'Testteamet', url: 'https://example.se/exempel/testteam/' }, { name: 'Utkastteamet' }],
  videos: [{ title: 'Intervju', url: 'https://vimeo.com/2/abc', captions: false }],
  links: [{ title: 'Mer läsning', url: 'https://extern.example/las' }],
  contacts: [
    {
      name: 'Bo Kontakt',
      title: 'samordnare',
      organisation: 'Testregionen',
      email: 'bo.kontakt@example.se',
      phone: '070-123 45 67',
    },
  ],
  schedule: {
    heading: 'Omgångens träffar',
    intro: 'Alla träffar i omgången Testomgången, i datumordning.',
    meetings: [
      {
        when: 'Träff 1, 1 januari 2024',
        title: 'En träff att testa',
        url: 'https://example.se/traffar/2024-01-01-test/',
        where: 'Testsalen',
        current: true,
      },
      {
        when: 'Träff 2, 1 februari 2024',
        title: 'Nästa träff',
        url: 'https://example.se/traffar/2024-02-01-nasta/',
        where: 'Plats är inte angiven',
        current: false,
      },
    ],
  },
  labels: {
    speakers: 'Medverkande',
    teams: 'Team som presenterade',
    videos: 'Filmer',
    links: 'Länkar',
    contacts: 'Kontakt',
    email: 'E-post',
    phone: 'Telefon',
    thisMeeting: 'Den här träffen',
  },
};
