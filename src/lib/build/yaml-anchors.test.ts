import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesWithYamlAnchors } from './yaml-anchors.ts';

describe('filesWithYamlAnchors', () => {
  it('names the YAML files and front matter that define an anchor, and no text that only looks like one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'basta-anchors-'));
    mkdirSync(path.join(dir, 'people'));
    mkdirSync(path.join(dir, 'teams'));
    writeFileSync(path.join(dir, 'people', 'skratt.yaml'), 'a: &a [1, 2]\nb: [*a, *a]\n');
    writeFileSync(path.join(dir, 'people', 'vanlig.yaml'), 'name: Barn & unga\norganisation: "A&B"\n');
    writeFileSync(path.join(dir, 'teams', 'ankare.mdx'), '---\nname: &namn Team\n---\n\nText.\n');
    writeFileSync(path.join(dir, 'teams', 'text.mdx'), '---\nname: Team\n---\n\nR&D, &amp; och *betoning*.\n');
    expect(filesWithYamlAnchors(dir)).toEqual(['people/skratt.yaml', 'teams/ankare.mdx']);
  });
});
