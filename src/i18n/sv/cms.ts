/**
 * Strings of the web editor at `/admin/` (Sveltia CMS): what our configuration, editor components,
 * previews and checks say. The CMS's own interface comes in Swedish from its locale file.
 */
import { meetings } from './meetings.ts';
import { plans } from './plans.ts';
import { teams } from './teams.ts';

export const cms = {
  /** The page's title, in the browser's tab. */
  title: 'Redigera webbplatsen – Bästa platsen',
  /** The preview's title (screen readers announce the frame by it); {title} is the entry's. */
  previewTitle: 'Förhandsgranskning: {title}',
  /** The entry collections, by our collection names. */
  collections: {
    meetings: { label: 'Träffar', singular: 'Träff' },
    teams: { label: 'Goda exempel', singular: 'Gott exempel' },
    plans: { label: 'Handlingsplaner', singular: 'Handlingsplan' },
    people: { label: 'Kontaktpersoner', singular: 'Kontaktperson' },
    series: { label: 'Omgångar', singular: 'Omgång' },
  },
  /** The list files and the site file, each a collection of one or two files. */
  lists: { label: 'Kommuner och fokusområden', municipalities: 'Kommuner', focusAreas: 'Fokusområden' },
  site: { label: 'Webbplatsen', file: 'Webbplatsens uppgifter' },
  /** The text after the front matter. */
  body: {
    label: 'Text',
    hint: 'Rubriker, listor, länkar och bilder, och rutorna Faktaruta, Citat och Video under Infoga.',
  },
  /** A speaker is one of two kinds; the form shows the fields of both. */
  speakerHint:
    'Lägg till en talare och välj sort: en person som har en egen fil, eller en talare utifrån som du skriver namn, roll och organisation för.',
  /** Swedish names of the allowed values of every choice in the schemas. */
  options: {
    ...meetings.kinds,
    ...teams.statuses,
    ...plans.rowStatuses,
    full: 'Helt förenlig',
    delvis: 'Delvis förenlig',
    inte: 'Inte förenlig',
  } as Record<string, string>,
  /** The editor components: labels of the components and their fields. */
  components: {
    Faktaruta: { label: 'Faktaruta', title: 'Rubrik i rutan', body: 'Text i rutan' },
    Citat: { label: 'Citat', source: 'Vem som sa det', body: 'Citatet' },
    Video: {
      label: 'Video',
      url: 'Filmens adress (vimeo.com, youtube.com eller youtu.be)',
      title: 'Vad filmen handlar om',
      captions: 'Filmen har undertexter',
      preview: 'Film: {title}',
    },
  },
  /** An image in the text (body-image.ts). */
  bodyImage: {
    label: 'Bild',
    src: 'Bildfil',
    alt: 'Alt-text',
    altHint: 'Vad bilden visar, i en mening, för den som inte ser bilden. Måste finnas.',
    preview: 'Bild: {alt}',
  },
  /** The check before a save, with the validator's messages. */
  check: {
    intro: 'Filen kan inte sparas än. Rätta det här först:',
    problem: '{field}: {message}',
    body: 'Texten',
    imageFile: 'en bild saknar sin bildfil: välj en fil under Bildfil eller ta bort bilden',
    imageAlt: 'en bild saknar alt-text: skriv vad bilden visar, i en mening, för den som inte ser den',
    file: 'Filnamnet',
    line: 'rad {line}',
    quoteInAttribute: 'får inte innehålla raka citattecken ("): skriv ” i stället',
  },
  /** Shown instead of the editor when the site has no repository on GitHub. */
  notConfigured: {
    title: 'Webbredigeraren är inte inställd',
    text: 'Webbredigeraren sparar i projektets repository på GitHub, men webbplatsen har inget angivet. En administratör fyller i repository i content/site.yaml (se README.md, avsnittet The web editor).',
  },
  /** Headings of the preview, as on the public page. */
  preview: {
    speakers: meetings.speakers,
    teams: meetings.teams,
    videos: meetings.videos,
    links: meetings.links,
  },
} as const;
