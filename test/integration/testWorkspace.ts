import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * A fresh workspace for one run: the seed articles without their fact files, so every test starts
 * from unannotated articles (tests that need the shipped fact files copy them in themselves).
 * The folder keeps the name `seeds` so the language's `**\/seeds/*.txt` pattern applies.
 */
export function makeTestWorkspace(root: string, temp: string): string {
  const workspace = path.join(temp, 'seeds');
  fs.mkdirSync(workspace, { recursive: true });
  for (const name of fs.readdirSync(path.join(root, 'seeds'))) {
    if (name.endsWith('.txt')) fs.copyFileSync(path.join(root, 'seeds', name), path.join(workspace, name));
  }
  return workspace;
}
