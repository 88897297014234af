/**
 * "Skriv ut / spara som PDF" on a report (src/components/newsletter/PrintButton.astro). The button
 * needs JavaScript (`window.print`), so it starts hidden and this script shows it in place of the
 * hint that says how to print with the browser.
 */

/** Reveals the print button of every print control on the page (`.print-control`) and hides its hint. */
export function startPrintButtons(doc: Document): void {
  for (const control of doc.querySelectorAll<HTMLElement>('.print-control')) {
    const button = control.querySelector<HTMLButtonElement>('.print-button');
    if (!button) continue;
    button.hidden = false;
    control.querySelector<HTMLElement>('.print-hint')?.setAttribute('hidden', '');
    button.addEventListener('click', () => doc.defaultView?.print());
  }
}
