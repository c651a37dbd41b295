// Runs the integration suite in the desktop VS Code that @vscode/test-electron downloads (into
// .vscode-test/), for machines that can reach the VS Code download service. The suite is the same
// one runInCodeServer.js runs offline.
//
//   node out/test/integration/runInElectron.js     (after `npm run build && npm run compile-tests`)
//
// Environment: NEWS_ANNOTATOR_TEST_GREP runs only the tests whose title matches;
// NEWS_ANNOTATOR_VSCODE_VERSION picks the VS Code version (default: stable).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { makeTestWorkspace } from './testWorkspace';

/** The repository root, found from this file's place in `out/test/integration/`. */
const ROOT = path.resolve(__dirname, '..', '..', '..');
const SUITE_INDEX = path.join(__dirname, 'suite', 'index.js');

async function main(): Promise<number> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) {
    console.error('[integration] dist/extension.js is missing: run `npm run build` first');
    return 1;
  }
  // Tests may write into the workspace, so every run gets a fresh one.
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-it-'));
  const workspace = makeTestWorkspace(ROOT, temp);
  try {
    const exitCode = await runTests({
      version: process.env.NEWS_ANNOTATOR_VSCODE_VERSION,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: SUITE_INDEX,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
      extensionTestsEnv: {
        NEWS_ANNOTATOR_TEST_GREP: process.env.NEWS_ANNOTATOR_TEST_GREP,
        NEWS_ANNOTATOR_TEST_COLOR: process.stdout.isTTY ? '1' : '0',
      },
    });
    return exitCode;
  } catch (error) {
    // runTests rejects when VS Code exits with a non-zero code, i.e. when a test failed; the suite
    // has already printed why.
    console.error(`[integration] ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
