import { describe, expect, it } from 'vitest';
import { textSchemes } from './text-scheme.ts';

describe('textSchemes', () => {
  it('finds each scheme that runs code, with the line it is on and its place in the text, whatever hides it', () => {
    const found = textSchemes(
      'Skriv aldrig javascript:alert(1)\noch inte heller VB\u200bScript:x\neller data:image/png;base64,AA',
    );
    expect(found).toEqual([
      { evidence: 'javascript:', scheme: 'javascript', lineOffset: 0, column: 13, start: 13, end: 24 },
      // The hidden character counts in the text's own offsets, not in the column.
      { evidence: 'VBScript:', scheme: 'vbscript', lineOffset: 1, column: 16, start: 49, end: 59 },
      { evidence: 'data:image/png;', scheme: 'data', lineOffset: 2, column: 6, start: 67, end: 82 },
    ]);
  });

  it('leaves a word followed by a colon alone, and "data" without a media type', () => {
    expect(
      textSchemes('Data: så mår barnen. Tid: 13.00. Kurs i JavaScript: grunderna. Källa: data:SCB/barn,unga.'),
    ).toEqual([]);
  });
});
