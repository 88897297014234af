import { describe, expect, it } from 'vitest';
import { fileOf, NO_ALLOWLIST } from '../../../../tests/fixtures/validator/content-file.ts';
import { scriptText } from './script-text.ts';

describe('the script-text check', () => {
  it('reports a scheme that runs code inside a field’s text, on the field’s line', () => {
    const text =
      '---\ntitle: M\nsummary: Om adresser som javascript:alert(1) och annat.\nspeakers:\n  - name: Kim\n    topic: "vbscript:x"\n---\n';
    expect(scriptText.check(fileOf('meetings/2024-01-01-m.mdx', text), NO_ALLOWLIST)).toEqual([
      expect.objectContaining({
        line: 3,
        field: 'summary',
        rule: 'javascript-url',
        message: expect.stringMatching(/"javascript:"/),
      }),
    ]);
  });

  it('leaves a value that is an address to the schema, which refuses it for not beginning with https://', () => {
    const text = '---\ntitle: M\nlinks:\n  - title: L\n    url: "javascript:alert(1)"\n---\n';
    expect(scriptText.check(fileOf('meetings/2024-01-01-m.mdx', text), NO_ALLOWLIST)).toEqual([]);
  });

  it('passes ordinary text with colons', () => {
    const text = '---\ntitle: "Data: så mår barnen"\nsummary: "Tid: 13.00"\n---\n';
    expect(scriptText.check(fileOf('meetings/2024-01-01-m.mdx', text), NO_ALLOWLIST)).toEqual([]);
  });
});
