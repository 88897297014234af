/**
 * What the body rules say about a tag, whether written as MDX or as raw HTML: the tags that have
 * a rule of their own, attributes that run code, how to write the same thing with Markdown, and the
 * nearest allowed component.
 */
import { COMPONENT_NAMES } from '../../mdx/components.ts';
import type { RuleId } from '../rules.ts';
import { suggest } from '../suggest.ts';

/** An attribute that runs code when something happens: `onclick`, `onLoad`, … */
export const HANDLER = /^on[a-z]/i;

/**
 * @param name the attribute as written
 * @example handlerMessage('onclick') // 'Attributet onclick är inte tillåtet: …'
 */
export function handlerMessage(name: string): string {
  return `Attributet ${name} är inte tillåtet: det kör kod i besökarens webbläsare. Ta bort det.`;
}

/**
 * Tags that get their own rule because of what they do, not just because they are HTML.
 * @param tag the tag's name in lower case
 * @example forbiddenTag('script')?.rule // 'mdx-script'
 */
export function forbiddenTag(tag: string): { rule: RuleId; message: string } | undefined {
  switch (tag) {
    case 'script':
      return {
        rule: 'mdx-script',
        message: '<script> är inte tillåtet: det kör kod i besökarens webbläsare. Ta bort taggen och allt i den.',
      };
    case 'style':
      return {
        rule: 'mdx-style',
        message: '<style> är inte tillåtet: utseendet styrs av webbplatsens mallar. Ta bort taggen och allt i den.',
      };
    case 'iframe':
      return {
        rule: 'mdx-iframe',
        message:
          '<iframe> är inte tillåtet: inbäddade sidor kan spåra besökarna. Använd <Video url="…" title="…" captions={false} /> för filmer från Vimeo eller YouTube, eller en vanlig länk.',
      };
    default:
      return undefined;
  }
}

/**
 * The message for a tag that is no allowed component: the nearest component, or the Markdown to write.
 * @param name the tag as written
 * @example unknownComponentMessage('Faktruta') // 'Taggen <Faktruta> finns inte. Menade du <Faktaruta>?'
 */
export function unknownComponentMessage(name: string): string {
  const suggestion = suggest(name, COMPONENT_NAMES);
  if (suggestion) return `Taggen <${name}> finns inte. Menade du <${suggestion}>?`;
  const hint = markdownHint(name.toLowerCase());
  const allowed = COMPONENT_NAMES.map((component) => `<${component}>`).join(', ');
  return `Taggen <${name}> är inte tillåten. ${hint ?? `Skriv Markdown i stället, eller använd någon av ${allowed}.`}`;
}

/**
 * How to write with Markdown what an editor tried to write with an HTML tag.
 * @param tag the tag's name in lower case
 * @example markdownHint('b') // 'Skriv fetstil så här: **fet text**.'
 */
export function markdownHint(tag: string): string | undefined {
  switch (tag) {
    case 'a':
      return 'Skriv länkar så här: [text](https://…).';
    case 'img':
      return 'Skriv bilder så här: ![vad bilden visar](bild.jpg).';
    case 'br':
      return 'För en ny rad utan nytt stycke: avsluta raden med \\ (omvänt snedstreck).';
    case 'b':
    case 'strong':
      return 'Skriv fetstil så här: **fet text**.';
    case 'i':
    case 'em':
      return 'Skriv kursiv stil så här: *kursiv text*.';
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return 'Skriv rubriker så här: ## Rubrik.';
    case 'p':
      return 'Skriv stycken med en tom rad emellan.';
    case 'ul':
    case 'ol':
    case 'li':
      return 'Skriv listor med - eller 1. först på varje rad.';
    case 'blockquote':
      return 'Skriv citat med > först på raden.';
    case 'hr':
      return 'Skriv en skiljelinje som --- på en egen rad.';
    case 'table':
    case 'tr':
    case 'td':
    case 'th':
      return 'Skriv tabeller med | mellan kolumnerna, se guiden för redaktörer.';
    default:
      return undefined;
  }
}
