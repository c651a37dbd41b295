// `news-annotator` (dist/cli.js): runs the command line's bundle, cliMain.js beside this file, with
// the code V8 compiled for it when it was built (cliMain.js.cache: what recognizing a seed
// compiled), rather than compiling the bundle again in every process: it was a sixth of the CPU
// time of a process recognizing a small file. V8 refuses a cache made by another Node or under
// other flags, and the bundle is then compiled as usual.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';

export const BUNDLE = 'cliMain.js';
export const CODE_CACHE = `${BUNDLE}.cache`;

/** What the bundle exports (main.ts). */
interface CommandLine {
  runCommandLine(): Promise<void>;
}

/** The bundle in `folder` compiled, with `cache` when V8 takes it, and run: its script and its exports. */
export function loadCommandLine(folder: string, cache: Buffer | undefined): { script: Script; commandLine: CommandLine } {
  const file = join(folder, BUNDLE);
  // The wrapper Node puts around a CommonJS module, on the bundle's first line: its lines stay where they are.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(source, { filename: file, cachedData: cache });
  const bundle = { exports: {} as CommandLine };
  (script.runInThisContext() as (...args: unknown[]) => void)(bundle.exports, require, bundle, file, folder);
  return { script, commandLine: bundle.exports };
}

/**
 * The code cache in `folder`, unless it is older than the bundle: V8 checks that a cache fits its
 * version, its flags and the length of the source, not the source itself, so a bundle changed
 * since (by hand, or by a build that failed before it made the cache) is compiled afresh.
 */
export function readCodeCache(folder: string): Buffer | undefined {
  try {
    const cache = join(folder, CODE_CACHE);
    if (statSync(cache).mtimeMs < statSync(join(folder, BUNDLE)).mtimeMs) return undefined;
    return readFileSync(cache);
  } catch {
    return undefined;
  }
}

if (require.main === module) void loadCommandLine(__dirname, readCodeCache(__dirname)).commandLine.runCommandLine();
