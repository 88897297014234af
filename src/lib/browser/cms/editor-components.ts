/**
 * The allowed MDX components (src/lib/mdx/components.ts) as editor components of the web editor:
 * an editor inserts a Faktaruta, a Citat or a Video from the text editor's Insert menu and fills in
 * a small form, and the component writes exactly the syntax the validator accepts:
 *
 * - attributes in the order of `MDX_COMPONENTS`, texts in double quotes, booleans as `{true}` or
 *   `{false}` (the one rule of src/lib/mdx/attribute-value.ts), an empty optional attribute left out;
 * - a component with text: the opening tag, the text and the closing tag each on their own lines;
 * - a straight double quote inside a text attribute becomes ” (MDX has no way to escape it), and a
 *   line break a space.
 *
 * Reading goes the other way: a component as an editor wrote it by hand, with its attributes in any
 * order, is read into the form; a component the pattern does not match stays text, which the check
 * before saving reports with the validator's message.
 */
import { escapeText } from 'entities';
import { cms as strings } from '../../../i18n/sv/cms.ts';
import { COMPONENT_NAMES, MDX_COMPONENTS, type ComponentName, type ComponentProp } from '../../mdx/components.ts';
import { componentHtml } from '../../mdx/component-html.ts';
import { VIDEO_HOSTS } from '../../mdx/video.ts';
import { fill } from '../../../i18n/fill.ts';

/** An editor component as Sveltia's `CMS.registerEditorComponent()` takes it. */
export interface EditorComponent {
  id: string;
  label: string;
  icon: string;
  fields: Array<Record<string, unknown> & { name: string }>;
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, unknown>;
  toBlock: (props: Record<string, unknown>) => string;
  toPreview: (props: Record<string, unknown>) => string;
}

/** The field that holds a component's text, when it wraps text. */
const BODY = 'body';

const ICONS: Record<ComponentName, string> = { Faktaruta: 'info', Citat: 'format_quote', Video: 'movie' };

/** The components' ids in the editor, in the order of `MDX_COMPONENTS`. */
export const EDITOR_COMPONENT_IDS = COMPONENT_NAMES.map((name) => name.toLowerCase());

/** The hosts a video may come from, as the start of a pattern for its address. */
const VIDEO_URL_PATTERN = `^https://(${VIDEO_HOSTS.map((host) => host.replace(/\./g, '\\.')).join('|')})/`;

/** One attribute as `name="text"` or `name={true}`. */
const ATTRIBUTE = /([A-Za-z]+)=(?:"([^"]*)"|\{(true|false)\})/g;

/**
 * A text as an MDX attribute value: straight double quotes become ”, line breaks spaces.
 * @example attributeText('Han sa "hej"') // 'Han sa ”hej”'
 */
export function attributeText(value: unknown): string {
  return String(value ?? '')
    .replace(/"/g, '”')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** The attributes of a component in its spec's order; empty optional ones are left out. */
function attributes(name: ComponentName, props: Record<string, unknown>): string {
  const spec: Record<string, ComponentProp> = MDX_COMPONENTS[name].props;
  return Object.entries(spec)
    .map(([prop, info]) => {
      if (info.type === 'boolean') return ` ${prop}={${props[prop] === true ? 'true' : 'false'}}`;
      const text = attributeText(props[prop]);
      return text || info.required ? ` ${prop}="${text}"` : '';
    })
    .join('');
}

/** Reads `name="…"` and `name={true}` attributes, in any order. */
function readAttributes(text: string): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const match of text.matchAll(ATTRIBUTE)) {
    props[match[1] as string] = match[3] === undefined ? match[2] : match[3] === 'true';
  }
  return props;
}

/** The form field of one prop. */
function propField(
  component: ComponentName,
  prop: string,
  info: ComponentProp,
): Record<string, unknown> & { name: string } {
  const labels = strings.components[component] as Record<string, string>;
  const label = labels[prop] ?? prop;
  if (info.type === 'boolean') return { name: prop, label, widget: 'boolean', default: false, hint: info.description };
  return {
    name: prop,
    label,
    widget: 'string',
    required: info.required,
    hint: info.description,
    ...(info.type === 'url' && component === 'Video'
      ? {
          type: 'url',
          pattern: [VIDEO_URL_PATTERN, 'filmer kan bara komma från vimeo.com, youtube.com eller youtu.be'],
        }
      : {}),
  };
}

/** The preview of a component, with the public page's markup and class names (src/lib/mdx/component-html.ts). */
const PREVIEWS: Record<ComponentName, (props: Record<string, unknown>) => string> = {
  // The CMS renders the Markdown between the blank lines.
  Faktaruta: ({ title, body }) => componentHtml('Faktaruta', { title }, `\n\n${String(body ?? '')}\n\n`),
  Citat: ({ source, body }) => componentHtml('Citat', { source }, `\n\n${String(body ?? '')}\n\n`),
  // Not the page's facade: the preview shows the address instead of the consent button.
  Video: ({ title, url, captions }) =>
    `<figure class="video"><figcaption><strong>${escapeText(fill(strings.components.Video.preview, { title: String(title ?? '') }))}</strong> <span class="video-captions">${captions ? 'Har undertexter' : 'Saknar undertexter'}</span></figcaption><p>${escapeText(String(url ?? ''))}</p></figure>`,
};

/**
 * The editor component of one allowed MDX component.
 * @example editorComponent('Video').toBlock({ url: 'https://vimeo.com/1', title: 'Intervju', captions: false })
 * // '<Video url="https://vimeo.com/1" title="Intervju" captions={false} />'
 */
export function editorComponent(name: ComponentName): EditorComponent {
  const spec = MDX_COMPONENTS[name];
  const props = Object.entries(spec.props as Record<string, ComponentProp>);
  const fields = props.map(([prop, info]) => propField(name, prop, info));
  const labels = strings.components[name] as Record<string, string>;
  if (spec.children) fields.push({ name: BODY, label: labels[BODY] ?? BODY, widget: 'markdown', modes: ['rich_text'] });
  const pattern = spec.children
    ? new RegExp(
        `^<${name}((?:\\s+[A-Za-z]+=(?:"[^"]*"|\\{(?:true|false)\\}))*)\\s*>\\n([\\s\\S]*?)\\n<\\/${name}>$`,
        'm',
      )
    : new RegExp(`^<${name}((?:\\s+[A-Za-z]+=(?:"[^"]*"|\\{(?:true|false)\\}))*)\\s*\\/>$`, 'm');
  return {
    id: name.toLowerCase(),
    label: labels.label ?? name,
    icon: ICONS[name],
    fields,
    pattern,
    fromBlock: (match) => ({
      ...readAttributes(match[1] ?? ''),
      ...(spec.children ? { [BODY]: match[2] ?? '' } : {}),
    }),
    toBlock: (values) =>
      spec.children
        ? `<${name}${attributes(name, values)}>\n${String(values[BODY] ?? '').trim()}\n</${name}>`
        : `<${name}${attributes(name, values)} />`,
    toPreview: (values) => PREVIEWS[name](values),
  };
}

/** Every allowed component, for `CMS.registerEditorComponent()`. */
export const EDITOR_COMPONENTS: readonly EditorComponent[] = COMPONENT_NAMES.map(editorComponent);
