import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { supervise } from './supervise.ts';

const base = path.resolve(import.meta.dirname, '../../../../tests/fixtures/validator/base');

function project(): { root: string; file: string; valid: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'basta-supervise-'));
  cpSync(base, path.join(root, 'content'), { recursive: true });
  const file = path.join(root, 'content/meetings/2024-01-10-start.mdx');
  return { root, file, valid: readFileSync(file, 'utf8') };
}

describe('supervise', () => {
  it('prints the content errors and starts Astro only once the content is fixed', async () => {
    const { root, file, valid } = project();
    writeFileSync(file, valid.replace('title:', 'tittle:'));
    const out: string[] = [];
    const events: string[] = [];
    const code = await supervise(
      { root, contentDir: 'content' },
      {
        startAstro: async () => {
          events.push('astro');
          return 0;
        },
        nextChange: async (dir) => {
          events.push(`wait ${path.relative(root, dir)}`);
          writeFileSync(file, valid);
        },
        out: (line) => out.push(line),
      },
    );
    expect(code).toBe(0);
    expect(events).toEqual(['wait content', 'astro']);
    expect(out).toContainEqual(
      expect.stringMatching(/^content\/meetings\/2024-01-10-start\.mdx:2:1 {2}error {2}tittle: /),
    );
    expect(out.at(-1)).toBe(
      'Rätta felen och spara filen. Servern startar så snart innehållet är rätt (Ctrl+C avslutar).',
    );
  });

  it('restarts Astro after it stopped because of a content error', async () => {
    const { root, file, valid } = project();
    const events: string[] = [];
    let runs = 0;
    const code = await supervise(
      { root, contentDir: 'content' },
      {
        startAstro: async () => {
          events.push('astro');
          runs += 1;
          if (runs === 1) {
            writeFileSync(file, valid.replace('summary:', 'sumary:'));
            return 1;
          }
          return 0;
        },
        nextChange: async () => {
          events.push('wait');
          writeFileSync(file, valid);
        },
        out: () => {},
      },
    );
    expect(code).toBe(0);
    expect(events).toEqual(['astro', 'wait', 'astro']);
  });

  it('passes on an exit code of Astro that has nothing to do with the content', async () => {
    const { root } = project();
    const code = await supervise(
      { root, contentDir: 'content' },
      { startAstro: async () => 3, nextChange: async () => {}, out: () => {} },
    );
    expect(code).toBe(3);
  });
});
