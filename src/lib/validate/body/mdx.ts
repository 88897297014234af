/**
 * The MDX rules: no `import`/`export`, no `{…}` expressions, and only the allowed components
 * (src/lib/mdx/components.ts) with their props; what an attribute may hold is the rule of
 * src/lib/mdx/attribute-value.ts.
 */
import { MDX_COMPONENTS } from '../../mdx/components.ts';
import type { ComponentProp, ComponentSpec } from '../../mdx/components.ts';
import { attributeValue } from '../../mdx/attribute-value.ts';
import type { TextProblem } from '../problem.ts';
import type { MdNode } from './parse.ts';
import { bodyProblem } from './problem.ts';
import { propExample, propTypeError, refusedMessage, unknownPropMessage } from './props.ts';
import { forbiddenTag, HANDLER, handlerMessage, unknownComponentMessage } from './tags.ts';
import { schemeProblem } from './urls.ts';

/**
 * One problem for each `import` or `export` statement of an `mdxjsEsm` node, at the statement.
 * @param node an `mdxjsEsm` node
 */
export function esmProblems(node: MdNode): TextProblem[] {
  const body = node.data?.estree?.body;
  if (!body || body.length === 0) {
    return [bodyProblem(node.position?.start, 'mdx-esm', esmMessage(node.value?.startsWith('import') ?? false))];
  }
  return body.map((statement) => {
    const loc = statement.loc?.start;
    const at = loc ? { line: loc.line, column: loc.column + 1 } : node.position?.start;
    return bodyProblem(at, 'mdx-esm', esmMessage(statement.type === 'ImportDeclaration'));
  });
}

function esmMessage(isImport: boolean): string {
  return isImport
    ? 'Rader med import är inte tillåtna. Faktaruta, Citat och Video fungerar utan import: ta bort raden.'
    : 'Rader med export är kod och inte tillåtna i texten. Ta bort raden.';
}

/**
 * The problem of a `{…}` expression in the text; one that holds only a comment has its own message.
 * @param node an `mdxFlowExpression` or `mdxTextExpression` node
 */
export function expressionProblem(node: MdNode): TextProblem {
  const estree = node.data?.estree;
  const onlyComment = estree != null && estree.body.length === 0 && (estree.comments?.length ?? 0) > 0;
  return bodyProblem(
    node.position?.start,
    'mdx-expression',
    onlyComment
      ? 'Kommentarer {/* … */} är inte tillåtna i texten. Ta bort kommentaren.'
      : 'Klamrar { } betyder kod i MDX och är inte tillåtna i texten. Menar du tecknen, skriv \\{ och \\}.',
  );
}

/**
 * The problems of one tag: its name, each attribute, the props it lacks, and content where it takes none.
 * @param node an `mdxJsxFlowElement` or `mdxJsxTextElement` node
 */
export function elementProblems(node: MdNode): TextProblem[] {
  const problems: TextProblem[] = [];
  const at = node.position?.start;
  const name = node.name;
  const spec: ComponentSpec | undefined =
    name && Object.hasOwn(MDX_COMPONENTS, name) ? (MDX_COMPONENTS as Record<string, ComponentSpec>)[name] : undefined;

  if (!name) {
    problems.push(bodyProblem(at, 'mdx-component', 'Tomma taggar <> och </> är inte tillåtna. Ta bort dem.'));
  } else if (!spec) {
    const forbidden = forbiddenTag(name.toLowerCase());
    if (forbidden) problems.push(bodyProblem(at, forbidden.rule, forbidden.message));
    else problems.push(bodyProblem(at, 'mdx-component', unknownComponentMessage(name)));
  }

  const attributes = node.attributes ?? [];
  for (const attribute of attributes) {
    const attributeAt = attribute.position?.start ?? at;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(
        bodyProblem(
          attributeAt,
          'mdx-expression',
          `{…} i taggen <${name ?? ''}> är inte tillåtet. Skriv varje attribut för sig, till exempel title="…".`,
        ),
      );
      continue;
    }
    const attributeName = attribute.name;
    if (HANDLER.test(attributeName)) {
      problems.push(bodyProblem(attributeAt, 'mdx-event-handler', handlerMessage(attributeName)));
      continue;
    }
    const prop: ComponentProp | undefined =
      spec && Object.hasOwn(spec.props, attributeName) ? spec.props[attributeName] : undefined;
    const value = attributeValue(attribute);
    if (value.kind === 'refused') {
      problems.push(
        bodyProblem(
          attributeAt,
          value.reason === 'code' ? 'mdx-expression' : 'mdx-prop-type',
          refusedMessage(attributeName, value.reason, prop),
        ),
      );
      continue;
    }
    if (value.kind === 'text') {
      const unsafe = schemeProblem(value.value, `Attributet ${attributeName}`, prop?.type === 'url', attributeAt);
      if (unsafe) {
        problems.push(unsafe);
        continue;
      }
    }
    if (!spec || !name) continue;
    if (!prop) {
      problems.push(bodyProblem(attributeAt, 'mdx-unknown-prop', unknownPropMessage(name, attributeName, spec)));
      continue;
    }
    const typeError = propTypeError(name, attributeName, prop, value.value);
    if (typeError) problems.push(bodyProblem(attributeAt, 'mdx-prop-type', typeError));
  }

  if (!spec || !name) return problems;
  for (const propName in spec.props) {
    const prop = spec.props[propName]!;
    if (!prop.required) continue;
    let given = false;
    for (const attribute of attributes) {
      if (attribute.type === 'mdxJsxAttribute' && attribute.name === propName) given = true;
    }
    if (!given) {
      problems.push(
        bodyProblem(
          at,
          'mdx-missing-prop',
          `Taggen <${name}> saknar ${propName}: lägg till ${propExample(propName, prop)}. ${prop.description}`,
        ),
      );
    }
  }
  if (!spec.children && hasContent(node)) {
    problems.push(
      bodyProblem(
        at,
        'mdx-component',
        `Taggen <${name}> ska inte ha något innehåll: skriv den som <${name} … /> och ta bort texten och </${name}>.`,
      ),
    );
  }
  return problems;
}

function hasContent(node: MdNode): boolean {
  for (const child of node.children ?? []) {
    if (child.type !== 'text' || (child.value ?? '').trim() !== '') return true;
  }
  return false;
}
