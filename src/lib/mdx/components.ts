/**
 * The components an editor may use in an `.mdx` file without importing them. This list is the one
 * source for the validator (which rejects every other tag), for the renderer (render-html.ts, with
 * each name's markup in component-html.ts) and for the editor's guide.
 */
export interface ComponentProp {
  /**
   * What the editor writes as the value: text in quotes (`string`, `url`) or `{true}`/`{false}`
   * (`boolean`), the only forms the rule of src/lib/mdx/attribute-value.ts allows.
   */
  type: 'string' | 'boolean' | 'url';
  /** Whether the prop must be given. */
  required: boolean;
  /** One line in Swedish for the editor's guide. */
  description: string;
}

export interface ComponentSpec {
  /** One line in Swedish for the editor's guide. */
  description: string;
  /** Whether the component wraps text (`<Faktaruta>…</Faktaruta>`) or stands alone (`<Video … />`). */
  children: boolean;
  props: Record<string, ComponentProp>;
  /** A complete example, shown in the editor's guide and used as a test fixture. */
  example: string;
}

export const MDX_COMPONENTS = {
  Faktaruta: {
    description: 'En ruta med fakta eller bakgrund bredvid texten, som rutorna i nyhetsbreven.',
    children: true,
    props: {
      title: { type: 'string', required: false, description: 'Rubrik i rutan.' },
    },
    example:
      '<Faktaruta title="Har du koll på">\nBarnperspektiv, barnrättsperspektiv och barnets perspektiv.\n</Faktaruta>',
  },
  Citat: {
    description: 'Ett citat, med vem som sa det.',
    children: true,
    props: {
      source: { type: 'string', required: false, description: 'Vem som sa eller skrev citatet.' },
    },
    example:
      '<Citat source="Thomas Hammarberg">\nOm man ska någonstans i framtiden måste man satsa på barnen.\n</Citat>',
  },
  Video: {
    description:
      'En film från Vimeo eller YouTube. Den laddas först när besökaren klickar, så inget hämtas från andra webbplatser innan dess.',
    children: false,
    props: {
      url: { type: 'url', required: true, description: 'Filmens adress på vimeo.com, youtube.com eller youtu.be.' },
      title: { type: 'string', required: true, description: 'Vad filmen handlar om.' },
      captions: {
        type: 'boolean',
        required: true,
        description: 'Om filmen har undertexter: {true} eller {false}.',
      },
    },
    example: '<Video url="https://vimeo.com/123456789" title="Intervju om arbetet" captions={false} />',
  },
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof MDX_COMPONENTS;

/** The allowed component names, for look-ups and "did you mean" suggestions. */
export const COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as ComponentName[];
