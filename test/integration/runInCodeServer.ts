// Runs the integration suite in a real VS Code without downloading one: code-server (installed by
// scripts/setup-host.sh) serves the VS Code workbench and runs its Node extension host; headless
// Chromium opens the workbench with the extension under development and the test suite; the
// workbench reports the suite's exit code through `codeAutomationExit`.
//
//   node out/test/integration/runInCodeServer.js     (after `npm run build && npm run compile-tests`)
//
// Environment: NEWS_ANNOTATOR_TEST_GREP runs only the tests whose title matches;
// NEWS_ANNOTATOR_TEST_TIMEOUT limits the whole run, in seconds (default 180);
// NEWS_ANNOTATOR_TEST_KEEP=1 keeps the temporary workspace, profile and logs, and prints where;
// NEWS_ANNOTATOR_RESTRICTED=1 opens the workspace untrusted and runs the Restricted Mode suite;
// NEWS_ANNOTATOR_SUITE runs another suite module; NEWS_ANNOTATOR_COLLECT_FACT_FILES=DIR copies the
// fact files the run wrote into DIR when it passed (`npm run annotate-seeds` uses both).
import * as fs from 'fs';
import * as path from 'path';
import { CodeServerHost, readHostPaths, requireBuilt, ROOT, RunError } from './codeServerHost';

/** The suite to run: the integration tests, or another `run()` module such as the seed annotator. */
/** NEWS_ANNOTATOR_RESTRICTED=1: the workspace opens untrusted and the Restricted Mode suite runs. */
const RESTRICTED = process.env.NEWS_ANNOTATOR_RESTRICTED === '1';
const SUITE_INDEX = process.env.NEWS_ANNOTATOR_SUITE
  ? path.resolve(process.env.NEWS_ANNOTATOR_SUITE)
  : path.join(__dirname, RESTRICTED ? 'restricted' : 'suite', 'index.js');
const EXTENSION_BUNDLE = path.join(ROOT, 'dist', 'extension.js');

// The suite takes about two minutes on a quiet 2-core machine; on a busy one it took more than
// three, and a suite that hangs still fails at this limit.
const RUN_TIMEOUT_MS = (Number(process.env.NEWS_ANNOTATOR_TEST_TIMEOUT) > 0 ? Number(process.env.NEWS_ANNOTATOR_TEST_TIMEOUT) : 300) * 1000;

/** Set once the run is being interrupted, when the server's exit is expected. */
let interrupted = false;

function say(message: string): void {
  process.stdout.write(`[integration] ${message}\n`);
}

/** Prints what the suite appends to its log file while it runs. */
class LogTail {
  private offset = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly file: string) {
    this.timer = setInterval(() => this.flush(), 250);
  }

  flush(): void {
    let size: number;
    try {
      size = fs.statSync(this.file).size;
    } catch {
      return;
    }
    if (size <= this.offset) {
      return;
    }
    const buffer = Buffer.alloc(size - this.offset);
    const fd = fs.openSync(this.file, 'r');
    try {
      fs.readSync(fd, buffer, 0, buffer.length, this.offset);
    } finally {
      fs.closeSync(fd);
    }
    this.offset = size;
    process.stdout.write(buffer);
  }

  stop(): void {
    clearInterval(this.timer);
    this.flush();
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  requireBuilt([
    [EXTENSION_BUNDLE, 'npm run build'],
    [SUITE_INDEX, 'npm run compile-tests'],
  ]);
  const hostPaths = readHostPaths();

  // Auto save off, as desktop VS Code has it. In a browser it saves each edit a second later: a
  // test's unsaved edits, on a busy machine, before the test has looked at them.
  const host = new CodeServerHost('news-annotator-it-', { 'files.autoSave': 'off' }, RESTRICTED);
  const logFile = path.join(host.temp, 'suite.log');
  fs.writeFileSync(logFile, '');

  const tail = new LogTail(logFile);
  let code = 1;
  let completed = false;
  const interrupt = (signal: NodeJS.Signals): void => {
    interrupted = true;
    tail.stop();
    say(`interrupted (${signal}); stopping code-server`);
    void host.stop().finally(() => {
      host.remove(false);
      process.exit(130);
    });
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    const port = await host.startServer(hostPaths, {
      NEWS_ANNOTATOR_TEST_LOG: logFile,
      NEWS_ANNOTATOR_TEST_COLOR: process.stdout.isTTY ? '1' : '0',
    });
    say(`code-server answered on 127.0.0.1:${port} after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // The suite's own rejection repeats what its log already said.
    const page = await host.openPage(hostPaths, { ignore: [/integration tests? failed/] });
    // The workbench calls this when the suite's run() settles: 0 when it resolved, 1 otherwise. It
    // must exist before the workbench loads.
    let reportExit: (result: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => {
      reportExit = resolve;
    });
    await page.exposeFunction('codeAutomationExit', (result: number) => reportExit(result));
    await page.goto(host.workbenchUrl(SUITE_INDEX), { waitUntil: 'domcontentloaded' });

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve(`the workbench did not report a result within ${RUN_TIMEOUT_MS / 1000} s`), RUN_TIMEOUT_MS);
    });
    const outcome = await Promise.race([exitCode, timeout, host.exited]);
    clearTimeout(timer);
    tail.stop();
    if (typeof outcome === 'string') {
      throw new RunError(outcome);
    }
    code = outcome;
    completed = true;
  } catch (error) {
    tail.stop();
    if (!interrupted) {
      say(error instanceof RunError ? error.message : error instanceof Error ? error.stack ?? error.message : String(error));
    }
    code = 1;
  } finally {
    if (code !== 0 && !interrupted) {
      // The workbench echoes errors the suite or the extension host already reported; show them once.
      // The server's own output only matters when the run itself broke down.
      host.reportErrors(say, fs.readFileSync(logFile, 'utf8'), !completed);
    }
    await host.stop();
    // The seed annotator's product: the fact files it wrote, copied out of the temporary workspace.
    const collect = process.env.NEWS_ANNOTATOR_COLLECT_FACT_FILES;
    if (collect && code === 0) {
      for (const name of fs.readdirSync(host.workspace).filter((n) => n.endsWith('.facts.yaml'))) {
        fs.copyFileSync(path.join(host.workspace, name), path.join(collect, name));
        say(`wrote ${path.join(collect, name)}`);
      }
    }
    const kept = host.remove(Boolean(process.env.NEWS_ANNOTATOR_TEST_KEEP));
    if (kept) {
      say(`kept ${kept}`);
    }
    process.removeListener('SIGINT', interrupt);
    process.removeListener('SIGTERM', interrupt);
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
