// The command line (`node dist/cli.js`, built first) runs its bundle with the code V8 compiled for
// it at build time (src/cli/launcher.ts): a process started as users start it takes that code, and
// what it prints is what the bundle prints compiled afresh.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO = join(__dirname, '../../..');
const DIST = join(REPO, 'dist');
const SEED = join(REPO, 'seeds/003_4e930db99411c7ec.txt');
/** Starting Node a few times: a guard against hangs, not a benchmark. */
const HANG_GUARD_MS = 60_000;

/** A Node process with Node's default flags, as `news-annotator` runs: its stdout. */
function node(args: string[]): string {
  const run = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

/** `script` run by Node with the folder of the bundles and `args`. */
const nodeScript = (script: string, ...args: string[]) => node(['-e', script, DIST, ...args]);

describe('the command line started from its code cache', function () {
  this.timeout(HANG_GUARD_MS);

  it('a process started with Node’s default flags takes the cache the build made', () => {
    const taken = nodeScript(`const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const dist = process.argv[1];
const { loadCommandLine, CODE_CACHE } = require(join(dist, 'cli.js'));
const { script } = loadCommandLine(dist, readFileSync(join(dist, CODE_CACHE)));
process.stdout.write(script.cachedDataRejected ? 'rejected' : 'taken');`);
    assert.equal(taken, 'taken');
  });

  it('a bundle changed after its cache was made runs as changed, even when its length is the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-annotator-code-cache-'));
    try {
      for (const name of ['cli.js', 'cliMain.js', 'cliMain.js.cache']) copyFileSync(join(DIST, name), join(dir, name));
      const bundle = readFileSync(join(dir, 'cliMain.js'), 'utf8');
      const changed = bundle.replaceAll(': no such file`', ': no such fyle`');
      assert.ok(changed !== bundle && changed.length === bundle.length);
      writeFileSync(join(dir, 'cliMain.js'), changed);
      const anHourAgo = new Date(Date.now() - 3_600_000);
      utimesSync(join(dir, 'cliMain.js.cache'), anHourAgo, anHourAgo);
      const run = spawnSync(process.execPath, [join(dir, 'cli.js'), 'recognize', join(dir, 'missing.txt')], { encoding: 'utf8' });
      assert.match(run.stderr, /missing\.txt: no such fyle/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints what the bundle compiled without the cache prints', () => {
    const withoutCache = (format: string) =>
      nodeScript(
        `const { join } = require('node:path');
const [dist, file, format] = process.argv.slice(1);
const { loadCommandLine } = require(join(dist, 'cli.js'));
process.argv = [process.argv[0], join(dist, 'cli.js'), 'recognize', file, format];
loadCommandLine(dist, undefined).commandLine.runCommandLine();`,
        SEED,
        format,
      );
    for (const format of ['--json', '--jsonl']) {
      const printed = node([join(DIST, 'cli.js'), 'recognize', SEED, format]);
      assert.ok(printed.length > 1000, printed);
      assert.equal(printed, withoutCache(format));
    }
  });
});
