// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { startPrintButtons } from './print-button.ts';

/** The print control as PrintButton.astro renders it. */
const CONTROL = `
  <div class="print-control">
    <button type="button" class="print-button" hidden>Skriv ut / spara som PDF</button>
    <p class="print-hint">Skriv ut med webbläsarens meny.</p>
  </div>`;

describe('the print button', () => {
  it('replaces the hint for readers without JavaScript', () => {
    document.body.innerHTML = CONTROL;
    startPrintButtons(document);
    expect(document.querySelector<HTMLButtonElement>('.print-button')?.hidden).toBe(false);
    expect(document.querySelector<HTMLElement>('.print-hint')?.hidden).toBe(true);
  });

  it('opens the print dialog on a click', () => {
    document.body.innerHTML = CONTROL;
    // happy-dom has no print dialog: the test gives the window one to call.
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    startPrintButtons(document);
    document.querySelector<HTMLButtonElement>('.print-button')?.click();
    expect(print).toHaveBeenCalledOnce();
  });
});
