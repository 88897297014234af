/**
 * MDX syntax errors, explained: the parser's error (by its source and rule id, not its English
 * wording) becomes a plain Swedish message, placed where the editor's mistake is, which is often
 * before the place the parser stopped.
 */
import { MDX_COMPONENTS } from '../../mdx/components.ts';
import type { TextProblem } from '../problem.ts';
import { Lines } from './lines.ts';
import type { Point, Position } from './parse.ts';
import { forbiddenTag, unknownComponentMessage } from './tags.ts';

interface ParseError {
  reason?: string;
  message?: string;
  ruleId?: string | null;
  source?: string | null;
  place?: Point | Position | null;
  line?: number | null;
  column?: number | null;
}

const LESS_THAN_HINT = 'Menar du tecknet <, skriv \\< eller "mindre än".';
const BRACE_HINT = 'Menar du tecknet {, skriv \\{ (och \\} för }).';
const LAZY =
  'En tagg eller klammer inne i ett citat (>) eller en lista fortsätter på en rad som inte börjar likadant. Börja varje rad med > eller samma indrag, eller skriv allt på en rad.';

/**
 * The one problem of a body that cannot be read as MDX.
 * @param error what the parser threw
 * @param text the body that was parsed
 * @example syntaxProblem(error, 'Barn <6 år.\n').message // 'Tecknet < tolkas som början på en tagg. …'
 */
export function syntaxProblem(error: unknown, text: string): TextProblem {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ParseError;
  const reason = String(e.reason ?? e.message ?? error);
  const lines = new Lines(text);
  const point = e.place && 'start' in e.place ? e.place.start : (e.place ?? undefined);
  const offset =
    point?.offset ??
    (e.line ? lines.offset(e.line, e.column ?? 1) : point ? lines.offset(point.line, point.column) : 0);
  const explained = explain(e.source ?? '', e.ruleId ?? '', reason, offset, text, lines);
  const at = explained.at ?? lines.point(offset);
  return {
    line: at.line,
    column: at.column,
    severity: 'error',
    field: 'body',
    message: explained.message,
    rule: 'mdx-syntax',
  };
}

function explain(
  source: string,
  ruleId: string,
  reason: string,
  offset: number,
  text: string,
  lines: Lines,
): { message: string; at?: Point | undefined } {
  if (ruleId === 'unexpected-lazy') return { message: LAZY };

  if (source === 'micromark-extension-mdx-jsx') {
    const crash = /^Unexpected (?:end of file|character `(.+?)` \(U\+[0-9A-F]+\)) (.+?), expected/s.exec(reason);
    const character = crash?.[1];
    const where = crash?.[2] ?? '';
    const tagStart = text.lastIndexOf('<', offset);
    const atTag = tagStart === -1 ? undefined : lines.point(tagStart);
    if (where === 'before name') {
      if (character === '!') {
        return {
          message: 'HTML-kommentarer <!-- … --> fungerar inte i MDX. Ta bort kommentaren.',
          at: atTag,
        };
      }
      return { message: `Tecknet < tolkas som början på en tagg. ${LESS_THAN_HINT}`, at: atTag };
    }
    if (where === 'before local name' || character === '@' || character === ':') {
      return {
        message:
          'Adresser inom < > fungerar inte i MDX. Skriv länken som [text](https://…), eller [namn@exempel.se](mailto:namn@exempel.se) för e-post.',
        at: atTag,
      };
    }
    if (where === 'before attribute value') {
      return { message: 'Värdet på ett attribut ska stå inom citattecken, till exempel title="Rubrik".' };
    }
    if (where === 'in attribute value') {
      const quote = /closing quote `(.)`/.exec(reason)?.[1] ?? '"';
      const opening = text.lastIndexOf(quote, offset);
      return {
        message: `Citattecknet ${quote} i början av värdet stängs aldrig: lägg till ${quote} efter värdet.`,
        at: opening === -1 ? undefined : lines.point(opening),
      };
    }
    if (where === 'after self-closing slash') {
      return { message: 'Efter / i en tagg ska > komma direkt, till exempel <Video … />.' };
    }
    if (character === undefined) {
      return { message: `Taggen stängs aldrig med >. ${LESS_THAN_HINT}`, at: atTag };
    }
    return { message: `Taggen är felskriven: tecknet ${character} får inte stå här. ${LESS_THAN_HINT}` };
  }

  if (source === 'micromark-extension-mdx-expression') {
    if (ruleId === 'unexpected-eof') {
      const brace = unclosedBrace(text);
      return {
        message: `Tecknet { öppnar kod som aldrig stängs. ${BRACE_HINT}`,
        at: brace === -1 ? undefined : lines.point(brace),
      };
    }
    if (ruleId === 'acorn') {
      const brace = openingBrace(text, offset);
      return {
        message: `Det som står inom klamrar { } är inte giltig kod: klamrar betyder kod i MDX. ${BRACE_HINT}`,
        at: brace === -1 ? undefined : lines.point(brace),
      };
    }
    if (ruleId === 'unexpected-empty-expression') {
      const brace = text.lastIndexOf('{', offset);
      return {
        message: 'Tomma klamrar {} är inte tillåtna. Skriv ett värde, till exempel title="Rubrik".',
        at: brace === -1 ? undefined : lines.point(brace),
      };
    }
    return { message: 'Klamrar { } får inte stå så här i en tagg. Skriv attributen som namn="värde".' };
  }

  if (source === 'micromark-extension-mdxjs-esm') {
    const at = lines.point(offset);
    return {
      message:
        'En rad som börjar med import eller export tolkas som kod. Ta bort raden, eller börja meningen med ett annat ord.',
      at: { line: at.line, column: 1 },
    };
  }

  if (source === 'mdast-util-mdx-jsx') {
    const unclosed =
      /^Expected a closing tag for `<([^>`]*)>` \((\d+):(\d+)-\d+:\d+\)(?: before the end of `(\w+)`)?/.exec(reason);
    if (unclosed) {
      const name = unclosed[1]!.split(/\s/)[0] ?? '';
      const at = { line: Number(unclosed[2]), column: Number(unclosed[3]) };
      if (!name) return { message: 'Tomma taggar <> och </> är inte tillåtna. Ta bort dem.', at };
      if (!Object.hasOwn(MDX_COMPONENTS, name)) {
        return { message: forbiddenTag(name.toLowerCase())?.message ?? unknownComponentMessage(name), at };
      }
      let message = `Taggen <${name}> stängs aldrig: lägg till </${name}>.`;
      if (unclosed[4] === 'paragraph') {
        message += ` Står taggen inne i en mening måste </${name}> stå i samma stycke; skriv annars <${name}> på en egen rad.`;
      }
      return { message, at };
    }
    const mismatch =
      /^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>` \((\d+):/.exec(
        reason,
      );
    if (mismatch) {
      const open = mismatch[2]!.split(/\s/)[0] ?? '';
      return {
        message: `</${mismatch[1]}> passar inte ihop med <${open}> på rad ${mismatch[3]}: stäng först <${open}> med </${open}>.`,
      };
    }
    const crossing = /^Expected the closing tag `<\/([^>`]*)>`/.exec(reason);
    if (crossing) {
      return {
        message: `</${crossing[1]}> korsar annan formatering (till exempel *kursiv*, **fet** eller en länk). Flytta taggen så att den stängs innanför samma formatering som den öppnas i.`,
      };
    }
    const closingName = /^\/\s*([^\s>/]*)/.exec(text.slice(offset, offset + 100))?.[1] ?? '';
    if (ruleId === 'unexpected-closing-slash') {
      return {
        message: `</${closingName}> stänger en tagg som aldrig öppnats. Ta bort den, eller lägg till <${closingName}> där innehållet börjar.`,
        at: text[offset - 1] === '<' ? lines.point(offset - 1) : undefined,
      };
    }
    if (ruleId === 'unexpected-attribute') {
      return { message: 'En sluttagg som </Faktaruta> får inte ha attribut. Flytta dem till starttaggen.' };
    }
    if (ruleId === 'unexpected-self-closing-slash') {
      return { message: 'En sluttagg ska inte sluta med /: skriv till exempel </Faktaruta>.' };
    }
  }

  return { message: `Texten kan inte läsas som MDX (${reason}). Kontrollera tecknen < och { på raden.` };
}

/**
 * The `{` that starts an expression running to the end of the text. Such an expression contains no
 * `}` (each `}` ends or retries it), so it is the first real `{` after the last `}`.
 */
function unclosedBrace(text: string): number {
  for (let i = text.lastIndexOf('}') + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 92 /* \ */) {
      i++;
    } else if (code === 96 /* ` */) {
      let size = 1;
      while (text.charCodeAt(i + size) === 96) size++;
      const close = closingRun(text, i + size, size);
      i = close === -1 ? i + size - 1 : close + size - 1;
    } else if (code === 123 /* { */) {
      return i;
    }
  }
  return -1;
}

/** Where a run of exactly `size` backticks starts at or after `from`, or -1. */
function closingRun(text: string, from: number, size: number): number {
  for (let i = text.indexOf('`', from); i !== -1; i = text.indexOf('`', i)) {
    let run = 1;
    while (text.charCodeAt(i + run) === 96) run++;
    if (run === size) return i;
    i += run;
  }
  return -1;
}

/** The `{` that opens the expression in which `offset` lies, skipping balanced pairs. */
function openingBrace(text: string, offset: number): number {
  let depth = 0;
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 125) depth++;
    else if (code === 123) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
