/**
 * The files of the content folder on disk: listed, and opened as the checks see them (the views
 * are made by `contentFileOf`, file-views.ts).
 */
import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { walkFiles } from '../content/walk.ts';
import { checkBody } from './body/index.ts';
import { decodeText } from './encoding.ts';
import { contentFileOf, type ContentFile } from './file-views.ts';
import { classify, isJunkFile, type FileKind } from './files.ts';

/**
 * The file at `relative` under the content folder; nothing is read until a view is asked for.
 * @param contentRoot the content folder, absolute
 * @param filePath the file's path relative to the project root, as problems name it
 * @param relative the file's path relative to the content folder
 */
export function openContentFile(contentRoot: string, filePath: string, relative: string): ContentFile {
  return contentFileOf(
    contentRoot,
    filePath,
    relative,
    () => decodeText(readFileSync(path.join(contentRoot, relative))),
    kindOf(contentRoot, relative),
    checkBody,
  );
}

/**
 * Every file below `dir` (symlinks too, never followed: see `walkFiles`), relative to it, with
 * forward slashes, sorted.
 * @returns an empty list when the folder does not exist
 */
export function listContentFiles(dir: string): string[] {
  return walkFiles(dir)
    .map((file) => file.relative)
    .filter((relative) => !isJunkFile(path.posix.basename(relative)));
}

/**
 * What the file is: by its path (`classify`), unless it is no regular file. A symlink is never
 * read or followed (it could point anywhere on the build machine, at a folder, at nothing or at
 * itself), and neither is a special file; each is a problem of its own.
 */
function kindOf(contentRoot: string, relative: string): FileKind {
  const stat = lstatSync(path.join(contentRoot, relative), { throwIfNoEntry: false });
  if (stat?.isSymbolicLink()) {
    return {
      kind: 'invalid',
      rule: 'symlink',
      message:
        'filen är en symbolisk länk (symlink) till en annan fil eller mapp, och sådana följs aldrig: ta bort länken och lägg den riktiga filen här',
    };
  }
  if (stat && !stat.isFile()) {
    return { kind: 'invalid', rule: 'file-type', message: 'det här är ingen vanlig fil: ta bort den' };
  }
  return classify(relative);
}
