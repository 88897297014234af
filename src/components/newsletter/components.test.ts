import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import PrintButton from './PrintButton.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('PrintButton', () => {
  it('renders a hidden button for the script to show, and a hint for readers without JavaScript', async () => {
    const html = await container.renderToString(PrintButton);
    expect(html).toMatch(
      /<button type="button" class="print-button"[^>]* hidden[^>]*>Skriv ut \/ spara som PDF<\/button>/,
    );
    expect(html).toMatch(/class="print-hint"[^>]*>[^<]*Ctrl\+P/);
  });

  it('keeps the control out of the search index and uses no inline event handler', async () => {
    const html = await container.renderToString(PrintButton);
    expect(html).toMatch(/class="print-control"[^>]*data-pagefind-ignore/);
    expect(html).not.toMatch(/\son[a-z]+=/);
  });
});
