/**
 * The key under which Astro's incremental build keeps a rendered page (`cacheKey` in
 * `getStaticPaths`, `experimental.incrementalBuild` in astro.config.mjs): a page is rendered again
 * only when its key changes, otherwise Astro copies its output from the previous build (kept in
 * its cache folder, `node_modules/.astro/` or `BASTA_CACHE_DIR`). Astro itself adds the page's
 * code to the comparison (a hash of the route's module graph: templates, CSS, the renderers in
 * src/lib, the i18n strings), the configuration and the lockfile (package versions); the key
 * carries the data: everything the page shows that comes from the content.
 *
 * Never stale: the key is a hash of the data itself, serialized whole, not of a list of fields
 * someone has to keep in step with the templates. A value the serializer cannot see into (a
 * function, a class instance other than Date/URL/Map/Set) throws instead of being left out.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from './content-dir.ts';
import { IMAGE_EXTENSIONS } from './image-extensions.ts';

/**
 * A hash of everything a page is made of.
 * @param parts the page's data: entries (with their body), models, settings, the site's address
 * @example pageCacheKey({ title: 'A' }) !== pageCacheKey({ title: 'B' }) // true
 */
export function pageCacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(codeDigest()).update(serialize(parts)).digest('base64url');
}

/** JSON with Maps, Sets, Dates and URLs spelled out; throws on what it cannot serialize. */
function serialize(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, key: string, item: unknown) {
    // JSON.stringify has already called toJSON (Date, URL) on `item`; read the original.
    const original = (this as Record<string, unknown>)[key];
    if (original instanceof Date)
      return { date: Number.isNaN(original.getTime()) ? 'invalid' : original.toISOString() };
    if (original instanceof URL) return { url: original.href };
    if (item instanceof Map) return { map: [...item.entries()] };
    if (item instanceof Set) return { set: [...item.values()] };
    if (typeof item === 'function' || typeof item === 'symbol') {
      throw new TypeError(`pageCacheKey: ${key || 'a value'} is a ${typeof item}, which a key cannot see into`);
    }
    if (typeof item === 'bigint') return { bigint: item.toString() };
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      const prototype = Object.getPrototypeOf(item) as object | null;
      if (prototype !== Object.prototype && prototype !== null) {
        throw new TypeError(
          `pageCacheKey: ${key || 'a value'} is a ${item.constructor.name}, which a key cannot see into`,
        );
      }
    }
    // `undefined` is left out of objects, as JSON does; in arrays it becomes null, so positions hold.
    return item;
  });
}

/** The project's own code and configuration, whose every change renders every keyed page again. */
const CODE = ['src', 'astro.config.mjs', 'package.json', 'package-lock.json'];
const codeDigests = new Map<string, string>();

/**
 * A hash of the project's code (every file under `src/`, the Astro configuration, the package
 * files) and of the content's images (every image file under the content folder, wherever it lies:
 * a body may show one beside its own file, not only from `content/images/`): part of every page's
 * key, so a change to a template, a renderer, the Markdown pipeline (which Astro's own hash of a
 * page's modules does not see), a package or an image renders every page again. Content changes
 * are the frequent ones; they render only what they touch.
 * @param root the project (Astro builds with the project as working folder)
 */
export function codeDigest(root: string = process.cwd()): string {
  // The content's images too: a page or feed text shows an image by an address made from its bytes.
  const content = path.resolve(root, contentDir());
  let digest = codeDigests.get(`${root}\0${content}`);
  if (digest === undefined) {
    const hash = createHash('sha256');
    const images = filesUnder(content).filter((file) =>
      (IMAGE_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase()),
    );
    const files = [...CODE.map((name) => path.join(root, name)).flatMap(filesUnder), ...images].sort();
    for (const file of files) {
      hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
    digest = hash.digest('base64url');
    codeDigests.set(`${root}\0${content}`, digest);
  }
  return digest;
}

function filesUnder(target: string): string[] {
  if (!existsSync(target)) return [];
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}
