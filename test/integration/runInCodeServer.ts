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
// NEWS_ANNOTATOR_SUITE runs another suite module; NEWS_ANNOTATOR_COLLECT_SIDECARS=DIR copies the
// fact files the run wrote into DIR when it passed (`npm run annotate-seeds` uses both).
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { makeTestWorkspace } from './testWorkspace';
import { chromium, Browser } from 'playwright-core';

/** The repository root, found from this file's place in `out/test/integration/`. */
const ROOT = path.resolve(__dirname, '..', '..', '..');
/** The suite to run: the integration tests, or another `run()` module such as the seed annotator. */
const SUITE_INDEX = process.env.NEWS_ANNOTATOR_SUITE ? path.resolve(process.env.NEWS_ANNOTATOR_SUITE) : path.join(__dirname, 'suite', 'index.js');
const EXTENSION_BUNDLE = path.join(ROOT, 'dist', 'extension.js');
const EXTENSION_ID = 'news-annotator.news-annotator';

const SERVER_START_TIMEOUT_MS = 60_000;
const RUN_TIMEOUT_MS = (Number(process.env.NEWS_ANNOTATOR_TEST_TIMEOUT) > 0 ? Number(process.env.NEWS_ANNOTATOR_TEST_TIMEOUT) : 180) * 1000;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** User settings that keep the workbench quiet: no welcome page, no chat, no secondary side bar. */
const CLEAN_SETTINGS = {
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'git.openRepositoryInParentFolders': 'never',
};
/** Browser console errors that are expected offline and say nothing about the extension. */
const NOISE = [/github/i, /open-vsx\.org/i, /mobile\.events\.data\.microsoft\.com/i, /vsda/i, /marketplace/i];

interface HostPaths {
  node: string;
  codeServer: string;
  chromium: string;
}

class RunError extends Error {}

function say(message: string): void {
  process.stdout.write(`[integration] ${message}\n`);
}

function readHostPaths(): HostPaths {
  const file = path.join(ROOT, '.cache', 'host', 'paths.json');
  if (!fs.existsSync(file)) {
    throw new RunError(`${file} is missing: run \`npm run setup-host\` first`);
  }
  const paths = JSON.parse(fs.readFileSync(file, 'utf8')) as HostPaths;
  for (const key of ['node', 'codeServer', 'chromium'] as const) {
    if (!paths[key] || !fs.existsSync(paths[key])) {
      throw new RunError(`${key} from ${file} (${paths[key]}) does not exist: run \`npm run setup-host\` again`);
    }
  }
  return paths;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

/** The environment code-server runs in: ours, minus what would redirect it to another port or editor. */
function serverEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key === 'PORT' || key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') {
      continue;
    }
    env[key] = value;
  }
  return { ...env, ...extra };
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2_000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => {
      request.destroy();
      resolve(false);
    });
  });
}

async function waitForServer(port: number, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new RunError(`code-server exited before it answered (${server.exitCode ?? server.signalCode})`);
    }
    if (await answers(port)) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new RunError(`code-server did not answer on 127.0.0.1:${port} within ${SERVER_START_TIMEOUT_MS / 1000} s`);
}

function stopServer(server: ChildProcess | undefined): Promise<void> {
  if (!server?.pid || server.exitCode !== null || server.signalCode !== null) {
    return Promise.resolve();
  }
  const pid = server.pid;
  return new Promise((resolve) => {
    const kill = (signal: NodeJS.Signals): void => {
      try {
        process.kill(-pid, signal); // the server and the extension host it started
      } catch {
        try {
          process.kill(pid, signal);
        } catch {
          // already gone
        }
      }
    };
    const force = setTimeout(() => kill('SIGKILL'), 5_000);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    kill('SIGTERM');
  });
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

function payloadUrl(port: number, folder: string): string {
  const remote = `vscode-remote://127.0.0.1:${port}`;
  const payload = [
    ['extensionDevelopmentPath', remote + ROOT],
    ['extensionTestsPath', remote + SUITE_INDEX],
  ];
  return (
    `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}` +
    `&payload=${encodeURIComponent(JSON.stringify(payload))}`
  );
}

/**
 * Error entries (with their stack lines) from the extension host's log and from the extension's own
 * log channels, which the server writes under the user-data-dir.
 */
function extensionHostErrors(userDataDir: string): string[] {
  const logs = path.join(userDataDir, 'logs');
  if (!fs.existsSync(logs)) {
    return [];
  }
  const entries: string[] = [];
  for (const name of fs.readdirSync(logs, { recursive: true, encoding: 'utf8' }).sort()) {
    const relevant = /(^|\/)(remote)?exthost\.log$/.test(name) || name.includes(`/${EXTENSION_ID}/`);
    if (!relevant || !name.endsWith('.log')) {
      continue;
    }
    let stackLines = -1; // lines of the current error's stack shown so far; -1 outside an error
    for (const line of fs.readFileSync(path.join(logs, name), 'utf8').split('\n')) {
      if (/^\d{4}-\d\d-\d\d /.test(line)) {
        const keep = line.includes('[error]') && !NOISE.some((noise) => noise.test(line));
        stackLines = keep ? 0 : -1;
        if (keep) {
          entries.push(`${path.basename(name)}: ${line}`);
        }
      } else if (stackLines >= 0 && line.trim() !== '') {
        stackLines += 1;
        if (stackLines <= 6) {
          entries.push(`    ${line.trim()}`);
        } else if (stackLines === 7) {
          entries.push('    …');
        }
      }
    }
  }
  return entries;
}

async function main(): Promise<number> {
  const started = Date.now();
  for (const [file, fix] of [
    [EXTENSION_BUNDLE, 'npm run build'],
    [SUITE_INDEX, 'npm run compile-tests'],
  ]) {
    if (!fs.existsSync(file)) {
      throw new RunError(`${path.relative(ROOT, file)} is missing: run \`${fix}\` first`);
    }
  }
  const host = readHostPaths();

  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-it-'));
  const workspace = makeTestWorkspace(ROOT, temp);
  const userDataDir = path.join(temp, 'user-data');
  const extensionsDir = path.join(temp, 'extensions');
  const configFile = path.join(temp, 'code-server.yaml');
  const logFile = path.join(temp, 'suite.log');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(CLEAN_SETTINGS, null, 2));
  fs.mkdirSync(extensionsDir);
  // A config file of our own, so code-server neither reads nor writes one in the home folder.
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  fs.writeFileSync(logFile, '');

  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let serverOutput = '';
  const browserErrors: string[] = [];
  const tail = new LogTail(logFile);
  let code = 1;
  let completed = false;
  const interrupt = (signal: NodeJS.Signals): void => {
    tail.stop();
    say(`interrupted (${signal}); stopping code-server`);
    void browser?.close().catch(() => undefined);
    void stopServer(server).finally(() => {
      fs.rmSync(temp, { recursive: true, force: true });
      process.exit(130);
    });
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    const port = await freePort();
    server = spawn(
      host.node,
      [
        host.codeServer,
        '--config', configFile,
        '--bind-addr', `127.0.0.1:${port}`,
        '--auth', 'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--user-data-dir', userDataDir,
        '--extensions-dir', extensionsDir,
        '--vscode-option', 'enable-smoke-test-driver',
        workspace,
      ],
      {
        cwd: temp,
        detached: true, // its own process group, so the extension host goes down with it
        stdio: ['ignore', 'pipe', 'pipe'],
        env: serverEnvironment({
          NEWS_ANNOTATOR_TEST_LOG: logFile,
          NEWS_ANNOTATOR_TEST_COLOR: process.stdout.isTTY ? '1' : '0',
          XDG_DATA_HOME: path.join(temp, 'data'), // code-server's own logs stay out of the home folder
        }),
      },
    );
    const collect = (chunk: Buffer): void => {
      if (serverOutput.length < 1_000_000) {
        serverOutput += chunk.toString();
      }
    };
    server.stdout?.on('data', collect);
    server.stderr?.on('data', collect);
    const serverExited = new Promise<string>((resolve) => {
      server?.once('exit', (exitCode, signal) => resolve(`code-server exited (${exitCode ?? signal})`));
    });

    await waitForServer(port, server);
    say(`code-server answered on 127.0.0.1:${port} after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    browser = await chromium.launch({ executablePath: host.chromium, headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() !== 'error') {
        return;
      }
      // "Failed to load resource" names its resource only in the location.
      const url = message.location().url;
      let text = message.text().replace(/^%c\s*ERR\s+color:\s*\S+\s*/, '');
      if (/^Failed to load resource/.test(text) && url) {
        text = `${text}: ${url}`;
      }
      // The suite's own rejection repeats what its log already said.
      if (/integration tests? failed/.test(text) || NOISE.some((noise) => noise.test(text))) {
        return;
      }
      const lines = text.split('\n');
      const shown = lines.slice(0, 6).join('\n    ') + (lines.length > 6 ? '\n    …' : '');
      if (!browserErrors.includes(shown)) {
        browserErrors.push(shown);
      }
    });
    page.on('pageerror', (error) => browserErrors.push(`page error: ${error.message}`));
    // The workbench calls this when the suite's run() settles: 0 when it resolved, 1 otherwise. It
    // must exist before the workbench loads.
    let reportExit: (result: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => {
      reportExit = resolve;
    });
    await page.exposeFunction('codeAutomationExit', (result: number) => reportExit(result));
    await page.goto(payloadUrl(port, workspace), { waitUntil: 'domcontentloaded' });

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve(`the workbench did not report a result within ${RUN_TIMEOUT_MS / 1000} s`), RUN_TIMEOUT_MS);
    });
    const outcome = await Promise.race([exitCode, timeout, serverExited]);
    clearTimeout(timer);
    tail.stop();
    if (typeof outcome === 'string') {
      throw new RunError(outcome);
    }
    code = outcome;
    completed = true;
  } catch (error) {
    tail.stop();
    say(error instanceof RunError ? error.message : error instanceof Error ? error.stack ?? error.message : String(error));
    code = 1;
  } finally {
    if (code !== 0) {
      const hostErrors = extensionHostErrors(userDataDir);
      // The workbench echoes errors the suite or the extension host already reported; show them once.
      const suiteLog = fs.readFileSync(logFile, 'utf8');
      const echoed = (error: string): boolean => {
        const first = error.split('\n')[0].trim();
        return suiteLog.includes(first) || hostErrors.some((line) => line.includes(first));
      };
      browserErrors.splice(0, browserErrors.length, ...browserErrors.filter((error) => !echoed(error)));
      if (hostErrors.length > 0 || browserErrors.length > 0) {
        say('errors from the extension host and the workbench:');
        for (const line of [...hostErrors, ...browserErrors]) {
          process.stdout.write(`  ${line}\n`);
        }
      }
      // The server's own output only matters when the run itself broke down.
      if (!completed && serverOutput.trim() !== '') {
        say('code-server output:');
        process.stdout.write(serverOutput.replace(/^/gm, '  ') + '\n');
      }
    }
    await browser?.close().catch(() => undefined);
    await stopServer(server);
    // The seed annotator's product: the fact files it wrote, copied out of the temporary workspace.
    const collect = process.env.NEWS_ANNOTATOR_COLLECT_SIDECARS;
    if (collect && code === 0) {
      for (const name of fs.readdirSync(workspace).filter((n) => n.endsWith('.facts.yaml'))) {
        fs.copyFileSync(path.join(workspace, name), path.join(collect, name));
        say(`wrote ${path.join(collect, name)}`);
      }
    }
    if (process.env.NEWS_ANNOTATOR_TEST_KEEP) {
      say(`kept ${temp}`);
    } else {
      fs.rmSync(temp, { recursive: true, force: true });
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
