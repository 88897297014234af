/**
 * One name, one thing: no two exported types, interfaces, functions, classes or constants under
 * src/, and no two components (`.astro` files outside src/pages/), share a name — a component
 * counts as an export of its file name. Two things with one name make readers (and imports that
 * need `as`) guess which is meant. Exported only: what a module keeps to itself is its own.
 * Re-exports (`export { x } from`) name what is defined elsewhere and are not counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Names every route file must use, by Astro's rules. */
const BOILERPLATE = new Set(['GET', 'getStaticPaths', 'Props']);

/** The names a TypeScript module exports, by their own declarations. */
function exportedNames(code: string): string[] {
  const file = ts.createSourceFile('module.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return file.statements.flatMap((statement) => {
    const exported =
      ts.canHaveModifiers(statement) &&
      (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) return [];
    if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      return [statement.name.text];
    }
    if (ts.isVariableStatement(statement)) {
      return statement.declarationList.declarations.flatMap((declaration) =>
        ts.isIdentifier(declaration.name) ? [declaration.name.text] : [],
      );
    }
    return [];
  });
}

/** Every exported name and component under src/, with where each is defined. */
function namesInSrc(): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const add = (name: string, where: string) => names.set(name, [...(names.get(name) ?? []), where]);
  const files = readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .map((file) => path.posix.join('src', file.split(path.sep).join('/')))
    .sort();
  for (const file of files) {
    if (file.endsWith('.astro') && !file.startsWith('src/pages/')) add(path.basename(file, '.astro'), file);
    if (file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts')) {
      for (const name of exportedNames(readFileSync(path.join(ROOT, file), 'utf8'))) add(name, file);
    }
  }
  return names;
}

const NAMES = namesInSrc();
/** Names defined more than once, as `name: file, file`, boilerplate aside. */
const duplicates = [...NAMES]
  .filter(([name, where]) => where.length > 1 && !BOILERPLATE.has(name))
  .map(([name, where]) => `${name}: ${where.join(', ')}`);

describe('exportedNames', () => {
  it('finds exported functions, classes, interfaces, types, enums and constants, not re-exports or private ones', () => {
    const code = [
      'export function a() {}',
      'export class B {}',
      'export interface C {}',
      'export type D = string;',
      'export enum E { X }',
      'export const f = 1, g = 2;',
      "export { h } from './h.ts';",
      'function i() {}',
      'const j = 1;',
      'export const { k } = { k: 1 };',
    ].join('\n');
    expect(exportedNames(code)).toEqual(['a', 'B', 'C', 'D', 'E', 'f', 'g']);
  });
});

describe('names under src/', () => {
  it('finds the modules and components', () => {
    expect(NAMES.get('reportView')).toEqual(['src/lib/meetings/report.ts']);
    expect(NAMES.get('PersonList')).toEqual(['src/components/people/PersonList.astro']);
  });

  it('mean one thing each: no exported name or component name is defined twice', () => {
    expect(duplicates).toEqual([]);
  });
});
