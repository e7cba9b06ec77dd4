// The repository root (where package.json is), from source (tsx) or compiled (dist/) code alike.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the newsbrief folder (no package.json above this file)');
    dir = parent;
  }
  return dir;
}
