import { describe, expect, it } from 'vitest';
import { indexedText, withoutElements } from './page-text.ts';

describe('indexedText', () => {
  it('reads only the element marked data-pagefind-body, leaving out what Pagefind ignores', () => {
    const html =
      '<header>Meny</header><main data-pagefind-body><h1>Hembesök</h1><p>i <b>Nässjö</b><span data-pagefind-ignore>dolt <i>x</i></span> &amp; Vetlanda</p><script>x()</script></main><footer>Fot</footer>';
    const text = indexedText(html);
    expect(text.replace(/\s+/g, ' ').trim()).toBe('Hembesök i Nässjö & Vetlanda');
  });

  it('starts a line at each block, so a heading and the paragraph after it are two lines', () => {
    expect(indexedText('<main data-pagefind-body><h2>Idéerna</h2><p>Kulturskolan</p></main>')).toMatch(
      /Idéerna\n+Kulturskolan/,
    );
  });

  it('gives nothing for a page without a data-pagefind-body', () => {
    expect(indexedText('<main><p>x</p></main>')).toBe('');
  });
});

describe('withoutElements', () => {
  it('removes a marked element with nested elements of the same name', () => {
    expect(withoutElements('<p>a<span x>b<span>c</span></span>d</p>', 'x')).toBe('<p>ad</p>');
  });
});
