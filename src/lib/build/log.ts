/**
 * Reading Astro's build log. Astro 7 exits 0 after some content problems (a throwing remark plugin,
 * a duplicate id), so the build fails on any warning or error it logs.
 */
import { stripVTControlCharacters } from 'node:util';

/**
 * The lines of a build log that Astro (or Vite) logged as a warning or an error.
 * @param log the build's combined stdout and stderr
 * @returns those lines, without colour codes
 * @example loggedProblems('12:00:01 [WARN] [glob-loader] Duplicate id "a"') // ['12:00:01 [WARN] [glob-loader] Duplicate id "a"']
 */
export function loggedProblems(log: string): string[] {
  return stripVTControlCharacters(log)
    .split(/\r?\n/)
    .filter((line) => /\[(WARN|ERROR)\]/.test(line) || /^\s*(error|warning)\b/i.test(line));
}
