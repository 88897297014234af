/**
 * An MDX body rendered to HTML when Astro loads the content, instead of compiled into a module
 * that Vite bundles on every build. Our MDX holds no code (no `import`/`export`, no expressions,
 * attributes only as text or yes/no: src/lib/mdx/attribute-value.ts), so a body is Markdown plus the
 * allowed components (src/lib/mdx/components.ts): its HTML is made once and kept in Astro's data
 * store under the file's digest, as Astro keeps a `.md` body's. Parsed by the same parser with the
 * same features as the validator and the `.md` bodies (Sätteri, src/lib/mdx/markdown.ts); headings
 * get ids and local images the marker Astro resolves when the page renders (`render()`), both as
 * Astro's Markdown processor gives them (@astrojs/markdown-satteri).
 */
import Slugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast, type MdxJsxAttributeUnion } from 'satteri';
import { attributeValue } from './attribute-value.ts';
import { componentHtml } from './component-html.ts';
import { COMPONENT_NAMES, type ComponentName } from './components.ts';
import { MARKDOWN_FEATURES } from './markdown.ts';
import { refuse, refuseCodeInElement, refuseCodeInImage } from './reject-unsafe.ts';

/** A heading as Astro lists it for a rendered entry. */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

/** What Astro keeps of a rendered entry (`entry.rendered`). */
export interface RenderedBody {
  html: string;
  metadata: {
    headings: RenderedHeading[];
    imagePaths: string[];
    localImagePaths: string[];
    remoteImagePaths: string[];
    frontmatter: Record<string, unknown>;
  };
}

interface Position {
  start: { line: number };
}
interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: MdxJsxAttributeUnion[];
  children: AnyNode[];
  position?: Position;
}
type AnyNode = RootContent | JsxNode | { type: string; position?: Position; children?: AnyNode[] };

/** Astro's image marker keeps these properties on the `<img>` itself. */
const KEPT_ON_IMAGE = new Set(['className', 'htmlFor']);

class Renderer {
  readonly slugger = new Slugger();
  readonly headings: RenderedHeading[] = [];
  readonly localImages = new Set<string>();
  readonly imageIndex = new Map<string, number>();

  readonly lineOffset: number;

  constructor(lineOffset: number) {
    this.lineOffset = lineOffset;
  }

  /** The node's position in the file (the body starts after the front matter). */
  private at(position: Position | undefined) {
    return position ? { position: { start: { line: position.start.line + this.lineOffset } } } : {};
  }

  children(nodes: AnyNode[]): ElementContent[] {
    const out: ElementContent[] = [];
    for (const node of nodes) {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        out.push(this.component(node as JsxNode));
      } else if (node.type === 'mdxjsEsm') {
        refuse('import/export')(this.at(node.position));
      } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        refuse('ett {uttryck}')(this.at(node.position));
      } else if (node.type === 'element') {
        out.push(this.element(node as Element));
      } else {
        out.push(node as ElementContent);
      }
    }
    return out;
  }

  private component(node: JsxNode): ElementContent {
    refuseCodeInElement({ ...node, ...this.at(node.position) });
    const name = node.name ?? '';
    if (!(COMPONENT_NAMES as readonly string[]).includes(name)) {
      refuse(`taggen <${name}>`)(this.at(node.position));
    }
    const props: Record<string, string | boolean> = {};
    for (const attribute of node.attributes) {
      const value = attributeValue(attribute);
      if (attribute.type === 'mdxJsxAttribute' && value.kind !== 'refused') props[attribute.name] = value.value;
    }
    const inner = toHtml({ type: 'root', children: this.children(node.children) }, { allowDangerousHtml: true });
    return { type: 'raw', value: componentHtml(name as ComponentName, props, inner) } as unknown as ElementContent;
  }

  private element(node: Element): Element {
    node.children = this.children(node.children as AnyNode[]);
    if (/^h[1-6]$/.test(node.tagName)) this.heading(node);
    if (node.tagName === 'img') this.image(node);
    return node;
  }

  /** As Astro's heading-id plugin: GitHub's slug of the heading's text, an id in the text kept. */
  private heading(node: Element): void {
    const text = textOf(node);
    const existing = node.properties.id;
    const slug = typeof existing === 'string' ? existing : this.slugger.slug(text);
    node.properties.id = slug;
    this.headings.push({ depth: Number(node.tagName[1]), slug, text });
  }

  /** As Astro's image plugins: a local image becomes the marker that `render()` resolves. */
  private image(node: Element): void {
    const raw = node.properties.src;
    if (typeof raw !== 'string' || raw === '') return;
    refuseCodeInImage({ url: raw, ...this.at(node.position as Position | undefined) });
    const src = decodeURI(raw);
    if (URL.canParse(src) || src.startsWith('/')) return;
    this.localImages.add(src);
    const rest = { ...node.properties };
    delete rest.src;
    const index = this.imageIndex.get(raw) ?? 0;
    this.imageIndex.set(raw, index + 1);
    const properties: Element['properties'] = { __ASTRO_IMAGE_: JSON.stringify({ ...rest, src, index }) };
    for (const key of Object.keys(rest)) if (KEPT_ON_IMAGE.has(key)) properties[key] = rest[key];
    node.properties = properties;
  }
}

function textOf(node: AnyNode): string {
  if (node.type === 'text' && 'value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node && Array.isArray(node.children) ? (node.children as AnyNode[]).map(textOf).join('') : '';
}

/** One rendering of a body; `lineOffset` undefined: parsed without positions (nothing to refuse expected). */
function render(body: string, frontmatter: Record<string, unknown>, lineOffset?: number): RenderedBody {
  const tree = mdxToHast(body, { features: MARKDOWN_FEATURES, position: lineOffset !== undefined }) as unknown as Root;
  const renderer = new Renderer(lineOffset ?? 0);
  const children = renderer.children(tree.children as AnyNode[]);
  const localImagePaths = [...renderer.localImages];
  return {
    html: toHtml({ type: 'root', children }, { allowDangerousHtml: true }),
    metadata: {
      headings: renderer.headings,
      imagePaths: localImagePaths,
      localImagePaths,
      remoteImagePaths: [],
      frontmatter,
    },
  };
}

/**
 * The HTML of an MDX body, and what Astro lists with it. Parsed without source positions (a tree
 * without them takes about half the memory); only a body that is refused is parsed again with them,
 * so that the refusal names its line.
 * @param body the body, without front matter
 * @param lineOffset the lines of the file before the body, so a refusal names the file's line; a
 *   function is asked only when there is a refusal (the loader reads the file for it)
 * @param frontmatter the entry's data, kept beside the HTML as Astro does
 * @throws on anything that could run code or is no allowed component (the validator's rules; the
 *   build stops, see src/lib/content/mdx-loader.ts)
 */
export function renderMdxBody(
  body: string,
  lineOffset: number | (() => number) = 0,
  frontmatter: Record<string, unknown> = {},
): RenderedBody {
  try {
    return render(body, frontmatter);
  } catch {
    return render(body, frontmatter, typeof lineOffset === 'number' ? lineOffset : lineOffset());
  }
}
