/**
 * The files of the content folder on disk: listed, and opened as the checks see them (the views
 * are made by `contentFileOf`, file-views.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentFileOf, type ContentFile } from './file-views.ts';

/**
 * The file at `relative` under the content folder; nothing is read until a view is asked for.
 * @param contentRoot the content folder, absolute
 * @param filePath the file's path relative to the project root, as problems name it
 * @param relative the file's path relative to the content folder
 */
export function openContentFile(contentRoot: string, filePath: string, relative: string): ContentFile {
  return contentFileOf(contentRoot, filePath, relative, () => readFileSync(path.join(contentRoot, relative), 'utf8'));
}

/**
 * Every file below `dir`, relative to it, with forward slashes, sorted.
 * @returns an empty list when the folder does not exist
 */
export function listContentFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile() || dirent.isSymbolicLink())
    .map((dirent) => path.relative(dir, path.join(dirent.parentPath, dirent.name)).split(path.sep).join('/'))
    .sort();
}
