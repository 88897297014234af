import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../validate/problem.ts';
import {
  codeFrame,
  isContentChange,
  overlayPayload,
  watchContent,
  type DevServer,
  type OverlayPayload,
} from './validate-on-change.ts';
import { validateOnChange } from './integration.ts';

const fixtures = path.resolve(import.meta.dirname, '../../../../tests/fixtures/validator');

const problem: Problem = {
  file: 'content/meetings/2024-01-10-start.mdx',
  line: 3,
  column: 7,
  severity: 'error',
  field: 'date',
  message: 'finns inte i kalendern',
  rule: 'format',
};

describe('isContentChange', () => {
  it.each([
    ['/p/content/meetings/a.mdx', true],
    ['/p/content/images/bild.jpg', true],
    ['/p/content/README.md', true],
    ['/p/content', false],
    ['/p/content-old/a.mdx', false],
    ['/p/src/pages/index.astro', false],
    ['/p/content/../src/x.ts', false],
  ])('runs the checks again after a change of %s: %s', (file, expected) => {
    expect(isContentChange(file, '/p/content')).toBe(expected);
  });
});

describe('overlayPayload', () => {
  it('gives Vite the message, the file and the place of the problem', () => {
    expect(overlayPayload(problem, '/p')).toEqual({
      type: 'error',
      err: {
        message: 'Fel i innehållet: date: finns inte i kalendern (format)',
        stack: '',
        id: '/p/content/meetings/2024-01-10-start.mdx',
        plugin: 'basta:validate-on-change',
        loc: { file: '/p/content/meetings/2024-01-10-start.mdx', line: 3, column: 7 },
      },
    });
  });

  it('says how many more errors the terminal shows, and shows the lines around the problem', () => {
    const payload = overlayPayload(problem, '/p', 3, '---\ntitle: A\ndate: 2024-02-30\n---\n');
    expect(payload.err.message).toContain('…och 2 fel till. Alla står i terminalen där npm run dev körs.');
    expect(payload.err.frame).toBe(
      ['  1 | ---', '  2 | title: A', '> 3 | date: 2024-02-30', '    |       ^', '  4 | ---'].join('\n'),
    );
  });
});

describe('codeFrame', () => {
  it('stops at the first and the last line of the file', () => {
    expect(codeFrame('a\nb', 1, 1)).toBe(['> 1 | a', '    | ^', '  2 | b'].join('\n'));
  });
});

/** A dev server that records what is sent to the browser, with a watcher the test can trigger. */
function fakeServer() {
  const sent: Array<OverlayPayload | { type: 'full-reload' }> = [];
  const watched: string[] = [];
  let onChange: (event: string, file: string) => void = () => {};
  let onConnection: () => void = () => {};
  const server: DevServer = {
    watcher: {
      add: (file) => watched.push(file),
      on: (_event, listener) => (onChange = listener),
    },
    ws: {
      send: (payload) => sent.push(payload),
      on: (_event, listener) => (onConnection = listener),
    },
  };
  return { server, sent, watched, change: (file: string) => onChange('change', file), connect: () => onConnection() };
}

function fakeLogger() {
  const lines: string[] = [];
  return {
    lines,
    logger: {
      info: (line: string) => lines.push(`info ${line}`),
      warn: (line: string) => lines.push(`warn ${line}`),
      error: (line: string) => lines.push(`error ${line}`),
    },
  };
}

function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'basta-dev-'));
  cpSync(path.join(fixtures, 'base'), path.join(root, 'content'), { recursive: true });
  return root;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchContent', () => {
  it('prints a content error with file, line and field, sends it to the overlay, and clears it once fixed', async () => {
    const root = project();
    const file = path.join(root, 'content/meetings/2024-01-10-start.mdx');
    const valid = readFileSync(file, 'utf8');
    writeFileSync(file, valid.replace('title:', 'tittle:'));
    const { server, sent, watched, change, connect } = fakeServer();
    const { logger, lines } = fakeLogger();

    watchContent(server, logger, { root, contentDir: 'content', delay: 10 });
    expect(watched).toEqual([path.join(root, 'content')]);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^error content\/meetings\/2024-01-10-start\.mdx:2:1 {2}error {2}tittle: okänt fält – menade du "title"\?.* \(unknown-key\)$/,
      ),
    );
    expect(lines.at(-1)).toBe('error 2 fel i 1 fil (10 filer kontrollerade).');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'error', err: { id: file, loc: { file, line: 2, column: 1 } } });

    connect();
    expect(sent).toHaveLength(2);

    change(path.join(root, 'src/pages/index.astro'));
    writeFileSync(file, valid);
    change(file);
    change(file);
    await wait(100);
    expect(sent.slice(2)).toEqual([{ type: 'full-reload' }]);
    expect(lines.at(-1)).toBe('info Innehållet har inga fel längre.');
    connect();
    expect(sent).toHaveLength(3);
  });

  it('sends nothing to the browser while the content is valid', () => {
    const { server, sent } = fakeServer();
    const { logger, lines } = fakeLogger();
    watchContent(server, logger, { root: project(), contentDir: 'content' });
    expect(sent).toEqual([]);
    expect(lines).toEqual([]);
  });
});

describe('validateOnChange', () => {
  it('is an Astro integration with the dev server hook', () => {
    const integration = validateOnChange();
    expect(integration.name).toBe('basta:validate-on-change');
    expect(Object.keys(integration.hooks)).toEqual(['astro:config:done', 'astro:server:setup']);
  });

  it('loads the checks when the dev server starts and runs them on the project Astro names', async () => {
    const root = project();
    const file = path.join(root, 'content/meetings/2024-01-10-start.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title:', 'tittle:'));
    const { server, sent, watched } = fakeServer();
    const { logger } = fakeLogger();
    const { hooks } = validateOnChange({ contentDir: 'content' });
    // Astro passes more than the hooks read; they get only that.
    const call = (hook: unknown, options: unknown) => (hook as (options: unknown) => unknown)(options);
    await call(hooks['astro:config:done'], { config: { root: pathToFileURL(`${root}/`) } });
    await call(hooks['astro:server:setup'], { server: { ...server, config: { mode: 'development' } }, logger });
    expect(watched).toEqual([path.join(root, 'content')]);
    expect(sent).toMatchObject([{ type: 'error', err: { id: file, plugin: 'basta:validate-on-change' } }]);
  });

  it("watches nothing on a test runner's Vite server (mode test), which runs the same hook", async () => {
    const { server, watched } = fakeServer();
    const { logger, lines } = fakeLogger();
    const { hooks } = validateOnChange({ contentDir: 'content' });
    const call = (hook: unknown, options: unknown) => (hook as (options: unknown) => unknown)(options);
    await call(hooks['astro:config:done'], { config: { root: pathToFileURL(`${project()}/`) } });
    await call(hooks['astro:server:setup'], { server: { ...server, config: { mode: 'test' } }, logger });
    expect(watched).toEqual([]);
    expect(lines).toEqual([]);
  });
});
