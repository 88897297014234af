/**
 * The outline of a page, as screen readers list it: the page's own `<h1>` (its `title`), then the
 * body's headings. So a body has no `#` heading (a second `<h1>`), starts at `##`, and never skips a
 * level on the way down (`##` then `####`). Where a page shows a body under a heading of its own (a
 * series' text beside a report), every level moves down by the same step (`demoteHeadings`), so a
 * body that keeps these rules keeps them there too.
 */
import type { TextProblem } from '../problem.ts';
import type { MdNode } from './parse.ts';
import { bodyProblem } from './problem.ts';

/** The level of the heading before the next one: the page's `<h1>` before the body's first. */
export interface Outline {
  level: number;
}

/** A fresh outline, at the page's own `<h1>`. */
export const pageOutline = (): Outline => ({ level: 1 });

const hashes = (level: number) => '#'.repeat(level);

/**
 * The problem of a heading that breaks the outline; moves the outline on to the heading.
 * @param node a `heading` node
 * @param outline the level so far (updated)
 * @example headingProblem({ type: 'heading', depth: 1 }, pageOutline())?.rule // 'heading-level'
 */
export function headingProblem(node: MdNode, outline: Outline): TextProblem | undefined {
  const level = node.depth ?? 2;
  const previous = outline.level;
  outline.level = level;
  const at = node.position?.start;
  if (level === 1) {
    outline.level = 2;
    return bodyProblem(
      at,
      'heading-level',
      'Rubriken är skriven med ett # och blir en andra huvudrubrik på sidan; sidans huvudrubrik är redan title. Skriv rubriken med ## i stället.',
    );
  }
  if (level > previous + 1) {
    const expected = previous + 1;
    return bodyProblem(
      at,
      'heading-level',
      previous === 1
        ? `Textens första rubrik ska skrivas med ## (den kommer direkt under sidans huvudrubrik), inte ${hashes(level)}. Skriv ${hashes(expected)} i stället, så hoppar rubrikerna inte över en nivå.`
        : `Rubriken hoppar från ${hashes(previous)} till ${hashes(level)} och hoppar över en nivå, så skärmläsare visar en trasig innehållsförteckning. Skriv ${hashes(expected)} i stället (eller lägg till en ${hashes(expected)}-rubrik före).`,
    );
  }
  return undefined;
}
