// Runs the browser tests: News Annotator in the real VS Code workbench, driven as a person would.
// code-server (installed by scripts/setup-host.sh) serves the workbench with the extension under
// development on a fresh workspace (the seed articles without their fact files); headless Chromium
// opens it at 1400×900 in VS Code's default light theme (Light 2026); the tests (`*.test.js` beside
// this file, mocha bdd) click, type and hover in the page and check what it shows. They write the
// screenshots: into test-results/screenshots/, or with NEWS_ANNOTATOR_SCREENSHOTS=readme into
// media/screenshots/, the pictures the README shows (`npm run screenshots`).
//
//   node out/test/browser/run.js     (after `npm run build && npm run compile-tests && npm run setup-host`)
//
// Environment: NEWS_ANNOTATOR_TEST_GREP runs only the tests whose title matches;
// NEWS_ANNOTATOR_TEST_KEEP=1 keeps the temporary workspace, profile and logs, and prints where.
// A failed test leaves a picture of the window in test-results/browser/.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { CodeServerHost, readHostPaths, requireBuilt, ROOT, RunError } from '../integration/codeServerHost';
import { setWorkbench, Workbench } from './workbench';

const EXTENSION_BUNDLE = path.join(ROOT, 'dist', 'extension.js');
const VIEWPORT = { width: 1400, height: 900 };
/** VS Code's default light theme, named so that the screenshots do not depend on the browser's colour scheme. */
// The user trims trailing whitespace and final newlines on save, as many do: nothing the extension
// writes, and no article, may change when saved so.
const SETTINGS = { 'workbench.colorTheme': 'Light 2026', 'files.trimTrailingWhitespace': true, 'files.trimFinalNewlines': true };
const WORKBENCH_TIMEOUT_MS = 60_000;
const TEST_TIMEOUT_MS = 45_000;
const FAILURES = path.join(ROOT, 'test-results', 'browser');

/** Set once the run is being interrupted, when the server's exit is expected. */
let interrupted = false;
/** Stops the tests after the one running; set while they run. */
let abortTests: (() => void) | undefined;

function say(message: string): void {
  process.stdout.write(`[browser] ${message}\n`);
}

function testFiles(): string[] {
  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort()
    .map((name) => path.join(__dirname, name));
  if (files.length === 0) {
    throw new RunError(`no *.test.js files in ${path.relative(ROOT, __dirname)}: run \`npm run compile-tests\` first`);
  }
  return files;
}

/** Runs the tests with mocha in this process; resolves with the number of failures. */
function runTests(files: string[], workbench: Workbench, serverExited: Promise<string>): Promise<number> {
  const mocha = new Mocha({ ui: 'bdd', timeout: TEST_TIMEOUT_MS, reporter: 'spec', color: Boolean(process.stdout.isTTY) });
  const grep = process.env.NEWS_ANNOTATOR_TEST_GREP;
  if (grep) {
    mocha.grep(grep);
  }
  fs.rmSync(FAILURES, { recursive: true, force: true });
  mocha.suite.afterEach(async function () {
    const test = this.currentTest;
    if (test?.state === 'failed') {
      const file = path.join(FAILURES, `${test.fullTitle().replace(/[^\w-]+/g, '-').slice(0, 120)}.png`);
      fs.mkdirSync(FAILURES, { recursive: true });
      await workbench.page.screenshot({ path: file }).then(
        () => say(`the window when "${test.title}" failed: ${path.relative(ROOT, file)}`),
        () => undefined,
      );
    }
  });
  for (const file of files) {
    mocha.addFile(file);
  }
  return new Promise((resolve) => {
    const runner = mocha.run((failures) => {
      abortTests = undefined;
      const stats = runner.stats;
      const passed = stats?.passes ?? 0;
      const failed = Math.max(stats?.failures ?? 0, failures);
      const skipped = stats?.pending ?? 0;
      if (!interrupted) {
        process.stdout.write(`browser: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`);
      }
      resolve(failed);
    });
    abortTests = () => runner.abort();
    // Without the server every remaining test would only time out.
    void serverExited.then((message) => {
      if (abortTests && !interrupted) {
        say(`${message} while the tests ran; stopping them`);
        runner.abort();
      }
    });
  });
}

async function main(): Promise<number> {
  const started = Date.now();
  requireBuilt([[EXTENSION_BUNDLE, 'npm run build']]);
  const files = testFiles();
  const hostPaths = readHostPaths();

  const host = new CodeServerHost('news-annotator-browser-', SETTINGS);
  let code = 1;
  let completed = false;
  const interrupt = (signal: NodeJS.Signals): void => {
    interrupted = true;
    abortTests?.();
    say(`interrupted (${signal}); stopping code-server`);
    void host.stop().finally(() => {
      host.remove(false);
      process.exit(130);
    });
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    const port = await host.startServer(hostPaths);
    say(`code-server answered on 127.0.0.1:${port} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const page = await host.openPage(hostPaths, { viewport: VIEWPORT });
    await page.goto(host.workbenchUrl(), { waitUntil: 'domcontentloaded' });
    const workbench = new Workbench(page, host.workspace);
    const ready = workbench.ready(WORKBENCH_TIMEOUT_MS).then(() => undefined);
    const outcome = await Promise.race([ready, host.exited]);
    if (typeof outcome === 'string') {
      throw new RunError(outcome);
    }
    say(`workbench ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    setWorkbench(workbench);
    const failures = await runTests(files, workbench, host.exited);
    setWorkbench(undefined);
    code = failures === 0 ? 0 : 1;
    completed = true;
  } catch (error) {
    if (!interrupted) {
      process.stdout.write('browser: the tests could not run\n');
      say(error instanceof RunError ? error.message : error instanceof Error ? error.stack ?? error.message : String(error));
    }
    code = 1;
  } finally {
    if (code !== 0 && !interrupted) {
      host.reportErrors(say, '', !completed);
    }
    await host.stop();
    const kept = host.remove(Boolean(process.env.NEWS_ANNOTATOR_TEST_KEEP));
    if (kept) {
      say(`kept ${kept}`);
    }
    process.removeListener('SIGINT', interrupt);
    process.removeListener('SIGTERM', interrupt);
  }
  if (interrupted) {
    return 130;
  }
  say(`${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    say(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
