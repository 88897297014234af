/**
 * An image in the text, as an editor component: the file is uploaded into `content/images/` (the
 * entries' media folder, set on every collection by config.ts) and its alt text, which the validator
 * requires (rule `image-alt`), is a required field. It takes the place of the CMS's own image button,
 * whose alt text is optional. It writes `![alt](../images/file.jpg)` on a line of its own: the Markdown
 * the validator and the build read. The picker offers only the image types the validator accepts.
 */
import { escapeText } from 'entities';
import { fill } from '../../../i18n/fill.ts';
import { cms as strings } from '../../../i18n/sv/cms.ts';
import { IMAGE_EXTENSIONS } from '../../content/image-extensions.ts';
import type { EditorComponent } from './editor-components.ts';

/** Characters of an alt text that Markdown or MDX would read as syntax, escaped with a backslash. */
const ALT_SYNTAX = /[\\[\]{}<]/g;

/**
 * An alt text as it is written between `![` and `]`.
 * @example altText('Karta [2023] {ny}') // 'Karta \\[2023\\] \\{ny\\}'
 */
export function altText(value: unknown): string {
  return String(value ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(ALT_SYNTAX, (character) => `\\${character}`);
}

export const BODY_IMAGE: EditorComponent = {
  id: 'bild',
  label: strings.bodyImage.label,
  icon: 'image',
  fields: [
    {
      name: 'src',
      label: strings.bodyImage.src,
      widget: 'image',
      required: true,
      choose_url: false,
      accept: IMAGE_EXTENSIONS.join(','),
    },
    { name: 'alt', label: strings.bodyImage.alt, widget: 'string', required: true, hint: strings.bodyImage.altHint },
  ],
  // An empty file path is read too, so that the check before saving can name it (entry-check.ts).
  pattern: /^!\[((?:\\.|[^\]\\\n])*)\]\(([^)\s]*)\)$/m,
  fromBlock: (match) => ({ alt: (match[1] ?? '').replace(/\\(.)/g, '$1'), src: match[2] ?? '' }),
  toBlock: ({ alt, src }) => `![${altText(alt)}](${String(src ?? '').trim()})`,
  // The preview frame cannot resolve the file's path: it names the image by its alt text instead.
  toPreview: ({ alt }) =>
    `<p class="bild"><em>${escapeText(fill(strings.bodyImage.preview, { alt: String(alt ?? '') }))}</em></p>`,
};
