/**
 * A second lock behind the validator: the MDX compiler (Sätteri, Astro 7's default) refuses
 * `import`/`export` and JavaScript expressions outright, so even a build that skipped validation
 * cannot run code from content. Astro may log a failing plugin and still exit 0; scripts/build.ts
 * fails on that log line.
 */
import { defineMdastPlugin } from 'satteri';

const refuse = (what: string) => (node: { position?: { start: { line: number } } | undefined }) => {
  const line = node.position?.start.line ?? 0;
  throw new Error(`rad ${line}: ${what} är inte tillåtet i innehåll (kör npm run validate)`);
};

/** Sätteri mdast plugin: throws on the first ESM statement or expression in an MDX file. */
export const rejectUnsafeMdx = defineMdastPlugin({
  name: 'basta-reject-unsafe-mdx',
  options: { position: true },
  mdxjsEsm: refuse('import/export'),
  mdxFlowExpression: refuse('ett {uttryck}'),
  mdxTextExpression: refuse('ett {uttryck}'),
});
