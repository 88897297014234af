/**
 * Publishing a checked build: the new site replaces the old one by two renames, so the output
 * folder is always the whole old site or the whole new one, never a mix, even when the build is
 * killed between any two steps (`kill -9`, a cancelled CI job, a power cut).
 *
 * Astro builds into a staging folder beside the output folder (`.<name>.bygge`, same file system,
 * so a rename moves it whole); every check runs there. Publishing then
 *   1. writes a journal (`.<name>.publicering.json`): from here on the staging folder is the new site;
 *   2. moves the old site's `.git` (a deploy branch) into the staging folder;
 *   3. renames the output folder to `.<name>.tidigare`;
 *   4. renames the staging folder to the output folder;
 *   5. removes the journal, then the old site.
 * Between 3 and 4 the output folder is missing for an instant. The next build's `recoverPublish`
 * finishes what a killed one started (the new site had passed every check before step 1), or puts
 * the old site back when the new one is gone, and removes what is left over.
 *
 * `BASTA_KILL_AT=<step>` (a `PublishStep`) makes the build kill itself with SIGKILL at that step,
 * for the test that kills it at each one.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The steps at which `BASTA_KILL_AT` can stop the build, in order. */
export const PUBLISH_STEPS = [
  'after-index',
  'after-journal',
  'after-git',
  'after-rename-old',
  'after-rename-new',
  'after-journal-removed',
] as const;
export type PublishStep = (typeof PUBLISH_STEPS)[number];

/** The folders and the journal of one output folder. */
export interface PublishPaths {
  /** The site: what is served and deployed. */
  outDir: string;
  /** Where Astro builds and the checks run. */
  staging: string;
  /** Where the old site waits while the new one moves in. */
  previous: string;
  /** Says that the staging folder is a checked site being published. */
  journal: string;
}

/**
 * The paths for an output folder: siblings of it, hidden, named after it.
 * @example publishPaths('/p/dist').staging // '/p/.dist.bygge'
 */
export function publishPaths(outDir: string): PublishPaths {
  const sibling = (suffix: string) => path.join(path.dirname(outDir), `.${path.basename(outDir)}.${suffix}`);
  return {
    outDir,
    staging: sibling('bygge'),
    previous: sibling('tidigare'),
    journal: sibling('publicering.json'),
  };
}

/**
 * Kills this process at `step` when `BASTA_KILL_AT` names it: the worst moment, with no handler run.
 * @param env the environment (`BASTA_KILL_AT`)
 */
export function killAt(step: PublishStep, env: Record<string, string | undefined> = process.env): void {
  if (env.BASTA_KILL_AT === step) process.kill(process.pid, 'SIGKILL');
}

/**
 * Replaces the site in `outDir` with the checked one in `staging` (see the top of this module).
 * @param env the environment, for `BASTA_KILL_AT`
 */
export function publish(paths: PublishPaths, env: Record<string, string | undefined> = process.env): void {
  rmSync(paths.previous, { recursive: true, force: true });
  writeFileSync(paths.journal, `${JSON.stringify({ staging: paths.staging, outDir: paths.outDir })}\n`);
  killAt('after-journal', env);
  const git = path.join(paths.outDir, '.git');
  if (existsSync(git)) renameSync(git, path.join(paths.staging, '.git'));
  killAt('after-git', env);
  if (existsSync(paths.outDir)) renameSync(paths.outDir, paths.previous);
  killAt('after-rename-old', env);
  renameSync(paths.staging, paths.outDir);
  killAt('after-rename-new', env);
  rmSync(paths.journal, { force: true });
  killAt('after-journal-removed', env);
  rmSync(paths.previous, { recursive: true, force: true });
}

/**
 * Finishes or undoes a publish that a killed build left, and removes its leftovers: run before a
 * build starts. With a journal, the staging folder is a checked site: it becomes the site (with the
 * deploy branch's `.git`). Without one, anything in the staging folder is an unchecked build and
 * goes. An old site set aside comes back when no site is in place, and goes otherwise.
 * @returns what was done, in Swedish, for the build's log (empty when there was nothing to do)
 */
export function recoverPublish(paths: PublishPaths): string[] {
  const done: string[] = [];
  if (existsSync(paths.journal) && existsSync(paths.staging)) {
    const git = path.join(paths.outDir, '.git');
    if (existsSync(git)) renameSync(git, path.join(paths.staging, '.git'));
    if (existsSync(paths.outDir)) {
      rmSync(paths.previous, { recursive: true, force: true });
      renameSync(paths.outDir, paths.previous);
    }
    renameSync(paths.staging, paths.outDir);
    done.push('en avbruten publicering slutfördes: den kontrollerade webbplatsen ersatte den gamla');
  }
  rmSync(paths.journal, { force: true });
  if (existsSync(paths.previous) && !existsSync(paths.outDir)) {
    renameSync(paths.previous, paths.outDir);
    done.push('den tidigare webbplatsen lades tillbaka');
  }
  if (existsSync(paths.staging)) done.push('ett avbrutet bygge städades bort');
  if (existsSync(paths.previous)) done.push('den tidigare webbplatsen, som redan var ersatt, städades bort');
  rmSync(paths.staging, { recursive: true, force: true });
  rmSync(paths.previous, { recursive: true, force: true });
  // A staging folder inside the site, from builds before this module.
  rmSync(path.join(paths.outDir, '.bygge'), { recursive: true, force: true });
  return done;
}
