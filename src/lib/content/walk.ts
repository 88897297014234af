/**
 * Every file under a folder, found without following a single symlink. Node's own recursive
 * `readdir` descends into symlinked folders (a link to `/` would list the whole machine, a loop
 * would never end), so the content folder is walked here, one folder at a time, and a symlink is
 * reported as what it is. The validator lists the content folder with this, and `npm run build`
 * refuses to start Astro while any symlink is there (Astro's loaders and image pipeline follow them).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** A file found under the folder: a regular file, a symlink (to anything, or nothing), or something else. */
export interface FoundFile {
  /** Path relative to the folder, with forward slashes. */
  relative: string;
  type: 'file' | 'symlink' | 'other';
}

/**
 * Every file, symlink and special file below `dir`, sorted by path; symlinks are never followed.
 * @returns an empty list when the folder does not exist
 */
export function walkFiles(dir: string): FoundFile[] {
  const found: FoundFile[] = [];
  const visit = (folder: string, prefix: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && prefix === '') return;
      throw error;
    }
    for (const entry of entries) {
      const relative = prefix + entry.name;
      if (entry.isDirectory()) visit(path.join(folder, entry.name), `${relative}/`);
      else found.push({ relative, type: entry.isFile() ? 'file' : entry.isSymbolicLink() ? 'symlink' : 'other' });
    }
  };
  visit(dir, '');
  return found.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

/**
 * The symlinks below `dir` (to a file, a folder, nothing, or themselves), relative to it.
 * @example symlinksUnder('content') // ['teams/bild.png']
 */
export function symlinksUnder(dir: string): string[] {
  return walkFiles(dir)
    .filter((file) => file.type === 'symlink')
    .map((file) => file.relative);
}
