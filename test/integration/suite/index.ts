// Entry point of the integration suite inside a real VS Code. Both runners load it as
// `extensionTestsPath`: the workbench requires this file in the extension host and awaits `run()`.
// It runs every compiled `*.test.js` below this folder with mocha (bdd: describe/it).
//
// Under code-server the extension host's stdout is not the terminal of the person running the tests,
// so when NEWS_ANNOTATOR_TEST_LOG names a file, the reporter's output is appended there as well and
// the runner prints it. The last line is always `integration: N passed, N failed[, N skipped]`.
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import Mocha from 'mocha';

const TEST_TIMEOUT_MS = 20_000;

export function run(): Promise<void> {
  return runTestsIn(__dirname);
}

/** Runs every compiled `*.test.js` below `folder` (another suite, such as Restricted Mode's, reuses this). */
export function runTestsIn(folder: string): Promise<void> {
  const logFile = process.env.NEWS_ANNOTATOR_TEST_LOG;
  const log = (...args: unknown[]): void => {
    const text = format(...args);
    console.log(text);
    if (logFile) {
      fs.appendFileSync(logFile, text + '\n');
    }
  };

  // The spec reporter writes every line through Base.consoleLog; route it through `log` while the
  // suite runs.
  const base = Mocha.reporters.Base;
  const originalConsoleLog = base.consoleLog;
  const restore = (): void => {
    base.consoleLog = originalConsoleLog;
  };

  return new Promise<void>((resolve, reject) => {
    const fail = (error: unknown): void => {
      restore();
      log('%s', error instanceof Error ? error.stack ?? error.message : String(error));
      log('integration: the suite could not run');
      reject(error);
    };

    try {
      const files = findTestFiles(folder);
      if (files.length === 0) {
        throw new Error(`no *.test.js files in ${folder}; run \`npm run compile-tests\` first`);
      }

      const mocha = new Mocha({
        ui: 'bdd',
        timeout: TEST_TIMEOUT_MS,
        reporter: 'spec',
        color: process.env.NEWS_ANNOTATOR_TEST_COLOR === '1',
      });
      const grep = process.env.NEWS_ANNOTATOR_TEST_GREP;
      if (grep) {
        mocha.grep(grep);
      }
      for (const file of files) {
        mocha.addFile(file);
      }

      base.consoleLog = log;
      const runner = mocha.run((failures) => {
        restore();
        const stats = runner.stats;
        const passed = stats?.passes ?? 0;
        const failed = Math.max(stats?.failures ?? 0, failures);
        const skipped = stats?.pending ?? 0;
        log(`integration: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
        if (failures > 0) {
          reject(new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`));
        } else {
          resolve();
        }
      });
    } catch (error) {
      fail(error);
    }
  });
}

function findTestFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .sort()
    .map((name) => path.join(dir, name));
}
