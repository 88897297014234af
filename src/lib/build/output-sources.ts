/**
 * The content files behind a finding of the last wall (output-check.ts): the entry whose page holds
 * the output file (or whose address a search fragment, RSS item or calendar event names), otherwise
 * the content files that hold the offending text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { OutputCheckOptions } from './output-check.ts';
import type { OutputFinding } from './output-html.ts';
import type { ExpectedPage } from './pages.ts';

/** What the wall's options say of where the content is. */
type SourceOptions = Pick<OutputCheckOptions, 'pages' | 'root' | 'contentDir'>;

/** Names the content files behind an output file or a finding; reads the content only when there is one. */
export class SourceFinder {
  private readonly options: SourceOptions;
  private sorted: readonly ExpectedPage[] | undefined;
  private listed: readonly string[] | undefined;
  private readonly texts = new Map<string, string>();

  constructor(options: SourceOptions) {
    this.options = options;
  }

  /** The entry pages, longest address first, so /traffar/x/ wins over /traffar/. */
  private get pages(): readonly ExpectedPage[] {
    return (this.sorted ??= [...this.options.pages].sort((a, b) => b.url.length - a.url.length));
  }

  private get files(): readonly string[] {
    return (this.listed ??= [
      ...new Set([...this.options.pages.map((page) => page.file), ...contentTexts(this.options)]),
    ]);
  }

  /**
   * @param url the site address of the output (or of the part of it the finding is in)
   * @param finding its text (as written, else the evidence) is searched in the content when no entry owns the address
   */
  find(url: string, finding: OutputFinding): string[] {
    const page = this.pages.find((candidate) => url.startsWith(candidate.url));
    if (page) return [page.file];
    const needle = (finding.written ?? finding.evidence).trim().toLowerCase();
    if (needle.length < 4) return [];
    return this.files.filter((file) => this.text(file).includes(needle));
  }

  private text(file: string): string {
    let text = this.texts.get(file);
    if (text === undefined) {
      try {
        text = readFileSync(path.resolve(this.options.root, file), 'utf8').toLowerCase();
      } catch {
        text = '';
      }
      this.texts.set(file, text);
    }
    return text;
  }
}

/** The text files of the content folder, relative to the project root. */
function contentTexts(options: SourceOptions): string[] {
  if (options.contentDir === undefined) return [];
  const dir = path.resolve(options.root, options.contentDir);
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(?:mdx?|ya?ml)$/.test(entry.name))
      .map((entry) => path.relative(options.root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  } catch {
    return [];
  }
}
