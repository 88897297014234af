import { describe, expect, it } from 'vitest';
import { fileOf, NO_ALLOWLIST } from '../../../../tests/fixtures/validator/content-file.ts';
import { scriptText } from './script-text.ts';

describe('the script-text check', () => {
  it('reports a scheme that runs code in a field’s text, wherever it stands in it, on the field’s line', () => {
    const text =
      '---\ntitle: M\nsummary: Om adresser som javascript:alert(1) och annat.\nspeakers:\n  - name: Kim\n    topic: "vbscript:x"\n---\n';
    expect(scriptText.check(fileOf('meetings/2024-01-01-m.mdx', text), NO_ALLOWLIST)).toEqual([
      expect.objectContaining({
        line: 3,
        field: 'summary',
        rule: 'javascript-url',
        message: expect.stringMatching(/"javascript:"/),
      }),
      expect.objectContaining({ line: 6, field: 'speakers.0.topic', message: expect.stringMatching(/"vbscript:"/) }),
    ]);
  });

  it('checks the glossary’s words too', () => {
    const text = 'groups:\n  - terms: [BVC, "javascript:alert(1)"]\n';
    expect(scriptText.check(fileOf('sokord.yaml', text), NO_ALLOWLIST)).toEqual([
      expect.objectContaining({ line: 2, field: 'groups.0.terms.1', rule: 'javascript-url' }),
    ]);
  });

  it('leaves a value that is an address to the schema, which refuses it for not beginning with https://', () => {
    const text = '---\ntitle: M\nlinks:\n  - title: L\n    url: "javascript:alert(1)"\n---\n';
    expect(scriptText.check(fileOf('meetings/2024-01-01-m.mdx', text), NO_ALLOWLIST)).toEqual([]);
  });

  it('passes ordinary text with colons, and a word before a colon and a space', () => {
    const text =
      '---\ntitle: "JavaScript: grunderna"\nsummary: "Data: så mår barnen. Källa: data:SCB/barn,unga. Tid: 13.00"\n---\n';
    expect(scriptText.check(fileOf('meetings/2024-01-01-m.mdx', text), NO_ALLOWLIST)).toEqual([]);
  });
});
