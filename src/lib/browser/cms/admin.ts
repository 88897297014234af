/**
 * The web editor at `/admin/`: Sveltia CMS, bundled from npm by the build (src/lib/build/admin/),
 * with our configuration (config.ts), formats (formats.ts), editor components, preview and the check
 * before saving. Runs only when the site has a repository on GitHub; otherwise the page says how to
 * set one.
 */
import './ui-locale.ts';
import CMS from '@sveltia/cms';
import { cmsConfig, FORMATS } from './config.ts';
import { BODY_IMAGE } from './body-image.ts';
import { EDITOR_COMPONENTS } from './editor-components.ts';
import { checkEntryFile, problemsMessage } from './entry-check.ts';
import { frontMatterFormat, yamlFormat, type CmsFormat } from './formats.ts';
import { PREVIEW_TEMPLATES } from './preview.ts';
import { backendOf, readSettings } from './settings.ts';

const settings = readSettings(document);
const backend = settings && backendOf(settings);

/** The formats by the name a collection's `format` gives. */
const formats: Record<string, CmsFormat> = {
  [FORMATS.mdx]: frontMatterFormat,
  [FORMATS.md]: frontMatterFormat,
  [FORMATS.yaml]: yamlFormat,
};

/**
 * The CMS sets `maximum-scale=1` on the page's viewport, which stops visitors from zooming (WCAG
 * 1.4.4); it is taken out again whenever the CMS sets it.
 */
function allowZoom(): void {
  for (const meta of document.querySelectorAll('meta[name="viewport"]')) {
    const content = meta.getAttribute('content') ?? '';
    const fixed = content.replace(/,\s*(maximum-scale|user-scalable)=[^,]*/g, '');
    if (fixed !== content) meta.setAttribute('content', fixed);
  }
}

if (settings && backend) {
  new MutationObserver(allowZoom).observe(document.head, { childList: true, subtree: true, attributes: true });
  document.getElementById('not-configured')?.remove();
  CMS.registerCustomFormat(FORMATS.mdx, 'mdx', frontMatterFormat);
  CMS.registerCustomFormat(FORMATS.md, 'md', frontMatterFormat);
  CMS.registerCustomFormat(FORMATS.yaml, 'yaml', yamlFormat);
  for (const component of [...EDITOR_COMPONENTS, BODY_IMAGE]) CMS.registerEditorComponent(component);
  for (const style of settings.styles) CMS.registerPreviewStyle(style);
  for (const [collection, template] of Object.entries(PREVIEW_TEMPLATES)) {
    CMS.registerPreviewTemplate(collection, template as Parameters<typeof CMS.registerPreviewTemplate>[1]);
  }
  const config = cmsConfig(backend);
  const formatOf = new Map(
    (config.collections as Array<{ name: string; format: string }>).map((collection) => [
      collection.name,
      formats[collection.format],
    ]),
  );
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      // The file exactly as the format will write it, through the validator's checks.
      const format = formatOf.get(entry.get('collection') as string);
      const path = entry.get('path') as string;
      if (!format || !path) return;
      const data = (entry.get('data') as { toJS(): Record<string, unknown> }).toJS();
      const problems = checkEntryFile(path, format.toFile(data));
      // The CMS shows the cause of a `saving_failed` error in its error dialog.
      if (problems.length > 0) throw new Error('saving_failed', { cause: new Error(problemsMessage(problems)) });
    },
  });
  void CMS.init({
    config: config as Parameters<typeof CMS.init>[0] extends { config?: infer C } | undefined ? C : never,
  });
} else {
  document.getElementById('not-configured')?.removeAttribute('hidden');
}
