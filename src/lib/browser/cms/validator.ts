/**
 * The validator's checks that run in the browser, before the web editor saves a file: the one
 * place where the editor imports from src/lib/validate/. Each is pure (no file system), and each is
 * the validator's own code, so the editor stops a file with the words `npm run validate` would print.
 *
 * - the front matter split and YAML parse (`splitFrontMatter`, `parseYaml`);
 * - the schema check with the validator's Swedish messages (`issuesToProblems`);
 * - the body check: MDX syntax, allowed components and props, no code, raw HTML or unsafe links,
 *   images with alt text (`checkBody`);
 * - personnummer (`unallowedPersonnummer`), with an empty allowlist: the editor cannot read
 *   `content/personnummer-allowlist.yaml`, so a reviewed exception is added by an administrator;
 * - the file-name rules (`fileNameProblems` in entry-check.ts, written after content.ts's rules).
 *
 * Only the pull request's checks run what needs the whole repository: references to other files
 * (the pickers offer only existing entries), two files with one id, image files and their bytes,
 * the allowlist of personnummer, and the build itself.
 */
export { checkBody } from '../../validate/body.ts';
export { splitFrontMatter } from '../../validate/front-matter.ts';
export { unallowedPersonnummer, maskPersonnummer } from '../../validate/personnummer.ts';
export type { TextProblem } from '../../validate/problem.ts';
export { parseYaml } from '../../validate/yaml-source.ts';
export { issuesToProblems } from '../../validate/zod-issues.ts';
