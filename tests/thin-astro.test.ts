/**
 * `.astro` front matter stays thin: it calls `src/lib` and destructures, and holds no logic of its
 * own (logic in front matter cannot be unit-tested). The rule, checked on the TypeScript syntax tree
 * of every front matter under src/pages/, src/layouts/ and src/components/:
 *
 * A front matter may hold only
 * 1. `import` declarations;
 * 2. `interface` and `type` declarations;
 * 3. `const` declarations of a name or a destructuring pattern (its defaults literals or `[]`), whose value is
 *    a *plain value*:
 *    - an identifier or a literal (string, number, `true`/`false`/`null`, a template without `${}`);
 *    - a property access on a plain value (`Astro.props`, `sv.teams`, `(await archive()).pages`), or
 *      an element access with a literal index;
 *    - a call (or `new`) whose callee is a plain value and whose arguments are plain values, or array
 *      or object literals of plain values (`fill(text, { name })`, `new Date()`) — no spread;
 *    - `await`, parentheses, `!`, `as` or `satisfies` around a plain value;
 * 4. `export (async) function getStaticPaths()` whose body is one `return` of a plain value.
 *
 * Anything else — `let`, `if`, statements, arrow functions, `? :`, `&&`, `??`, `+`, templates with
 * `${}`, spreads, array or object literals of their own — is logic, and belongs in a function in
 * `src/lib/<domain>/` with a test beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHECKED = ['src/pages', 'src/layouts', 'src/components'];

/** The front matter of an `.astro` file: the text between the first two `---` lines. */
function frontMatter(source: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(source);
  return match?.[1] ?? '';
}

const { SyntaxKind: K } = ts;

function isLiteral(node: ts.Node): boolean {
  return (
    ts.isStringLiteral(node) ||
    ts.isNumericLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    node.kind === K.TrueKeyword ||
    node.kind === K.FalseKeyword ||
    node.kind === K.NullKeyword ||
    (ts.isPrefixUnaryExpression(node) && node.operator === K.MinusToken && ts.isNumericLiteral(node.operand))
  );
}

function isPlain(node: ts.Expression): boolean {
  if (ts.isIdentifier(node) || isLiteral(node)) return true;
  if (ts.isPropertyAccessExpression(node)) return isPlain(node.expression);
  if (ts.isElementAccessExpression(node)) return isPlain(node.expression) && isLiteral(node.argumentExpression);
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    return isPlain(node.expression) && (node.arguments ?? []).every(isArgument);
  }
  if (
    ts.isAwaitExpression(node) ||
    ts.isParenthesizedExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node)
  ) {
    return isPlain(node.expression);
  }
  return false;
}

/** A call's argument: a plain value, or an array or object literal of plain values. */
function isArgument(node: ts.Expression): boolean {
  if (ts.isArrayLiteralExpression(node)) return node.elements.every((element) => isPlain(element));
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every(
      (property) =>
        ts.isShorthandPropertyAssignment(property) ||
        (ts.isPropertyAssignment(property) &&
          !ts.isComputedPropertyName(property.name) &&
          isPlain(property.initializer)),
    );
  }
  return isPlain(node);
}

/** A declared name: an identifier, or a destructuring pattern whose defaults are literals. */
function isPlainBinding(name: ts.BindingName): boolean {
  if (ts.isIdentifier(name)) return true;
  return name.elements.every((element) => {
    if (ts.isOmittedExpression(element)) return true;
    if (element.dotDotDotToken) return false;
    if (element.propertyName && ts.isComputedPropertyName(element.propertyName)) return false;
    const fallback = element.initializer;
    const literal =
      !fallback || isLiteral(fallback) || (ts.isArrayLiteralExpression(fallback) && fallback.elements.length === 0);
    return literal && isPlainBinding(element.name);
  });
}

function isAllowed(statement: ts.Statement): boolean {
  if (ts.isImportDeclaration(statement)) return true;
  if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) return true;
  if (ts.isVariableStatement(statement)) {
    const { declarationList } = statement;
    return (
      (declarationList.flags & ts.NodeFlags.Const) !== 0 &&
      !statement.modifiers?.length &&
      declarationList.declarations.every(
        (declaration) =>
          declaration.initializer !== undefined && isPlainBinding(declaration.name) && isPlain(declaration.initializer),
      )
    );
  }
  if (ts.isFunctionDeclaration(statement) && statement.name?.text === 'getStaticPaths') {
    const exported = statement.modifiers?.some((modifier) => modifier.kind === K.ExportKeyword) ?? false;
    const [only, ...rest] = statement.body?.statements ?? [];
    return (
      exported &&
      statement.parameters.length === 0 &&
      rest.length === 0 &&
      only !== undefined &&
      ts.isReturnStatement(only) &&
      only.expression !== undefined &&
      isPlain(only.expression)
    );
  }
  return false;
}

/**
 * The statements of a front matter that break the rule, as `line: text` (lines counted from the
 * file's first line, the opening `---`).
 */
function thickStatements(code: string): string[] {
  const file = ts.createSourceFile('front-matter.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  return file.statements
    .filter((statement) => !isAllowed(statement))
    .map((statement) => {
      const line = file.getLineAndCharacterOfPosition(statement.getStart(file)).line + 2;
      return `${line}: ${statement.getText(file).split('\n')[0]}`;
    });
}

function astroFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .map((file) => path.posix.join(dir, file.split(path.sep).join('/')))
    .sort();
}

const FILES = CHECKED.flatMap(astroFiles);

describe('the rule', () => {
  it.each([
    "import Base from '../layouts/Base.astro';",
    'interface Props { a: string }',
    'type T = string;',
    "const { entry, headingLevel = 'h3', files = [] } = Astro.props;",
    'const [page] = await archive();',
    'const t = sv.pages.contact;',
    "const lead = fill(hubs.lead, { name, kind: 'kommun' });",
    'const x = named((await byId(`teams`)).values());',
    'const first = pages[0];',
    'const today = todayInStockholm(new Date());',
    'export async function getStaticPaths() { return laterPages(await archive()); }',
  ])('lets %s through', (code) => {
    expect(thickStatements(code)).toEqual([]);
  });

  it.each([
    ['let a = 1;', 'a `let`'],
    ['const a = b ? c : d;', 'a condition'],
    ['const a = b ?? c;', 'a fallback'],
    ['const a = `${b}-`;', 'string building'],
    ['const a = b.map((c) => c.d);', 'an arrow function'],
    ['const a = [b, c];', 'an array literal of its own'],
    ['const a = { b };', 'an object literal of its own'],
    ['const a = f([...b]);', 'a spread'],
    ['const a = new Map(b.map((c) => [c, 1]));', 'logic inside new'],
    ['const a = b[c - 1];', 'a computed index'],
    ["if (!a) throw new Error('x');", 'a statement'],
    ['const { a = b + 1 } = Astro.props;', 'a computed default'],
    ['function f() { return 1; }', 'a function of its own'],
    [
      'export async function getStaticPaths() { const a = await f(); return a.map((b) => b); }',
      'getStaticPaths with logic',
    ],
  ])('stops %s (%s)', (code) => {
    expect(thickStatements(code)).toHaveLength(1);
  });
});

describe('.astro front matter', () => {
  it('finds the files it checks', () => {
    expect(FILES.length).toBeGreaterThan(40);
  });

  it.each(FILES)('%s holds only calls and destructuring', (file) => {
    expect(thickStatements(frontMatter(readFileSync(path.join(ROOT, file), 'utf8')))).toEqual([]);
  });
});
