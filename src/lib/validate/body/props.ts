/**
 * What an editor reads when a component's attribute is wrong: a value of the wrong kind, a value
 * the attribute rule refuses, an attribute the component does not have, and how to write each prop.
 */
import type { ComponentProp, ComponentSpec } from '../../mdx/components.ts';
import type { AttributeRefusal } from '../../mdx/attribute-value.ts';
import { VideoUrlSchema, WebUrlSchema } from '../../../schemas/fragments.ts';
import { suggest } from '../suggest.ts';

/**
 * What to write instead of a value the rule of src/lib/mdx/attribute-value.ts refuses, with the
 * form the prop takes when the component has it.
 * @param name the attribute as written
 * @param reason why the value was refused
 * @param prop the component's prop of that name, if any
 * @example refusedMessage('title', 'text-in-braces', undefined) // 'Text skrivs inom citattecken utan klamrar: skriv title="…".'
 */
export function refusedMessage(name: string, reason: AttributeRefusal, prop: ComponentProp | undefined): string {
  const instead = prop ? `skriv ${propExample(name, prop)}` : 'skriv text inom citattecken, {true} eller {false}';
  switch (reason) {
    case 'bare':
      return `Attributet ${name} saknar värde: ${instead}.`;
    case 'text-in-braces':
      return `Text skrivs inom citattecken utan klamrar: skriv ${name}="…".`;
    case 'number':
      return `Attributet ${name} kan inte vara ett tal: ${instead}.`;
    case 'spread':
    case 'code':
      return `Attributet ${name} innehåller kod. Ett attribut är text inom citattecken, {true} eller {false}: ${instead}.`;
  }
}

/**
 * What is wrong with a prop's value for its type, if anything.
 * @param component the component's name, e.g. `Video`
 * @param name the prop's name
 * @param value the value as read by src/lib/mdx/attribute-value.ts
 * @example propTypeError('Video', 'captions', { type: 'boolean', required: true, description: '' }, 'false') // 'captions ska vara {true} eller {false}, …'
 */
export function propTypeError(
  component: string,
  name: string,
  prop: ComponentProp,
  value: string | boolean,
): string | undefined {
  switch (prop.type) {
    case 'boolean':
      if (typeof value === 'boolean') return undefined;
      return `${name} ska vara {true} eller {false}, utan citattecken: skriv ${name}={true} eller ${name}={false}.`;
    case 'string':
    case 'url': {
      if (typeof value !== 'string') return `${name} ska vara text inom citattecken: ${name}="…".`;
      if (value.trim() === '') {
        return prop.required ? `${name} i <${component}> får inte vara tomt. ${prop.description}` : undefined;
      }
      if (prop.type === 'url') {
        const problem = propUrlProblem(component, name, value);
        if (problem) return `Fel adress i ${name}: ${problem}.`;
      }
      return undefined;
    }
  }
}

/** The schemas' message for an address prop (a film's address for `Video`'s `url`, a web address otherwise). */
function propUrlProblem(component: string, name: string, value: string): string | undefined {
  const schema = component === 'Video' && name === 'url' ? VideoUrlSchema : WebUrlSchema;
  try {
    const result = schema.safeParse(value);
    return result.success ? undefined : result.error.issues[0]?.message;
  } catch {
    // VideoUrlSchema's host check throws on text that is no address at all.
    return 'ska vara en adress som börjar med https://';
  }
}

/**
 * How the prop is written.
 * @example propExample('title', { type: 'string', required: true, description: '' }) // 'title="…"'
 */
export function propExample(name: string, prop: ComponentProp): string {
  switch (prop.type) {
    case 'boolean':
      return `${name}={true} eller ${name}={false}`;
    case 'url':
      return `${name}="https://…"`;
    case 'string':
      return `${name}="…"`;
  }
}

/**
 * The message for an attribute the component does not have, with the nearest one or the list.
 * @param component the component's name
 * @param name the attribute as written
 * @param spec the component's entry in the allowlist
 */
export function unknownPropMessage(component: string, name: string, spec: ComponentSpec): string {
  const names = Object.keys(spec.props);
  if (names.length === 0) return `Taggen <${component}> har inga attribut: ta bort ${name}.`;
  const suggestion = suggest(name, names);
  return suggestion
    ? `Taggen <${component}> har inget attribut ${name}. Menade du ${suggestion}?`
    : `Taggen <${component}> har inget attribut ${name}. Det som går att använda är: ${names.join(', ')}.`;
}
