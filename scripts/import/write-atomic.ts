// Writes a set of files so that readers see either all the old files or all the new ones: the new set is
// written to a sibling folder, then swapped in with renames. A crash midway leaves the previous files intact.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFilesAtomically(dir: string, files: Readonly<Record<string, string>>): void {
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(parent, `.${basename(dir)}.new-${stamp}`);
  const previous = join(parent, `.${basename(dir)}.old-${stamp}`);
  mkdirSync(staging);
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(staging, name), text);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const hadPrevious = existsSync(dir);
  if (hadPrevious) renameSync(dir, previous);
  try {
    renameSync(staging, dir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, dir);
    throw error;
  }
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
}
