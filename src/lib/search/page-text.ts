/**
 * The text Pagefind indexes of a built page: what `data-pagefind-body` holds, without what
 * `data-pagefind-ignore` leaves out, scripts and styles, with a line break at every block's edge (so
 * a heading, a list item or a table cell starts a line, as the compound splitter expects).
 */
import { decodeEntities } from '../build/pages.ts';

const BLOCKS =
  /<\/?(?:p|h[1-6]|li|ul|ol|dl|dt|dd|div|section|article|aside|header|footer|nav|figure|figcaption|blockquote|table|thead|tbody|tr|td|th|caption|details|summary|br|hr)\b[^>]*>/gi;

/**
 * `html` without the elements whose opening tag matches `attribute` (with everything inside them).
 * @example withoutElements('<p>a<span x>b<span>c</span></span>d</p>', 'x') // '<p>ad</p>'
 */
export function withoutElements(html: string, attribute: string): string {
  const opening = new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*\\s${attribute}(?=[\\s=>/])[^>]*>`, 'gi');
  let out = '';
  let from = 0;
  for (let match = opening.exec(html); match; match = opening.exec(html)) {
    if (match.index < from) continue;
    out += html.slice(from, match.index);
    const name = match[1]!.toLowerCase();
    const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
    tags.lastIndex = match.index + match[0].length;
    let depth = match[0].endsWith('/>') ? 0 : 1;
    let end = tags.lastIndex;
    while (depth > 0) {
      const tag = tags.exec(html);
      if (!tag) {
        end = html.length;
        break;
      }
      if (!tag[0].endsWith('/>')) depth += tag[1] ? -1 : 1;
      end = tags.lastIndex;
    }
    from = end;
    opening.lastIndex = end;
  }
  return out + html.slice(from);
}

/** The inner HTML of the element that carries `data-pagefind-body`, or '' when there is none. */
function bodyHtml(html: string): string {
  const open = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-body(?=[\s=>])[^>]*>/i.exec(html);
  if (!open) return '';
  const close = html.lastIndexOf(`</${open[1]!.toLowerCase()}>`);
  return html.slice(open.index + open[0].length, close < 0 ? html.length : close);
}

/**
 * The indexed text of a built page.
 * @example indexedText('<main data-pagefind-body><h1>Hembesök</h1><p>i Nässjö</p></main>') // '\nHembesök\n\ni Nässjö\n'
 */
export function indexedText(html: string): string {
  const body = withoutElements(bodyHtml(html), 'data-pagefind-ignore')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '')
    .replace(BLOCKS, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(body);
}
