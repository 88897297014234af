// @ts-check
import { builtinModules } from 'node:module';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'tests/fixtures/**/content/'] },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Code shipped to the browser, and the modules it imports, must not import Node or Astro's
    // server-side modules: the bundle would break, or carry what a browser cannot run. Every module a
    // component's script imports is in this list (a test in tests/architecture.test.ts checks it).
    files: ['src/lib/browser/**/*.ts', 'src/lib/routing/routes.ts', 'src/i18n/fill.ts', 'src/i18n/sv/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({ name, message: 'Browser code cannot use Node modules.' })),
          patterns: [
            { group: ['node:*'], message: 'Browser code cannot use Node modules.' },
            { group: ['astro:*', 'astro', 'astro/*'], message: 'Browser code cannot use Astro’s server modules.' },
          ],
        },
      ],
    },
  },
  {
    // Whether an entry is published is decided in one place.
    files: ['src/**/*.ts', 'src/**/*.astro', 'scripts/**/*.ts'],
    // The scaffolder writes the field; the schemas define it; tests build entries with it.
    ignores: [
      'src/lib/content/published.ts',
      'src/lib/editor/scaffold*.ts',
      'src/lib/editor/scaffold/**',
      '**/*.test.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='draft']",
          message: 'Ask isPublished() (src/lib/content/published.ts) whether an entry is published.',
        },
      ],
    },
  },
  {
    // A module a reader can hold in mind: split one that grows past 400 lines by what its parts do.
    files: ['src/**/*.ts', 'src/**/*.astro', 'scripts/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
);
