// A real VS Code for the test runners, without downloading one: code-server (installed by
// scripts/setup-host.sh) serves the VS Code workbench and runs its Node extension host, and Debian's
// Chromium, driven by playwright-core, opens the workbench with the extension under development.
// The integration runner (runInCodeServer.ts) adds its test suite to the page's payload; the
// browser tests (test/browser/) drive the page as a person would.
//
// One CodeServerHost is one run: a temporary folder holding the workspace (the seed articles
// without their fact files), a clean profile, the server and the browser. `stop()` ends the browser
// and the server; `remove()` deletes the folder.
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium, Browser, Page } from 'playwright-core';
import { makeTestWorkspace } from './testWorkspace';

/** The repository root, found from this file's place in `out/test/integration/`. */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const EXTENSION_ID = 'news-annotator.news-annotator';

const SERVER_START_TIMEOUT_MS = 60_000;
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** User settings that keep the workbench quiet: no welcome page, no chat, no secondary side bar. */
export const CLEAN_SETTINGS = {
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'git.openRepositoryInParentFolders': 'never',
  // The Git extension works only where a test asks it to (Compare Annotations with a revision):
  // no repository found on its own, no refresh or decorations running git behind the tests.
  'git.autoRepositoryDetection': false,
  'git.autorefresh': false,
  'git.decorations.enabled': false,
};
/** Browser console errors that are expected offline and say nothing about the extension. */
export const NOISE = [/github/i, /open-vsx\.org/i, /mobile\.events\.data\.microsoft\.com/i, /vsda/i, /marketplace/i];

export interface HostPaths {
  node: string;
  codeServer: string;
  chromium: string;
}

/** A failure of the run itself (not of a test), reported by its message alone. */
export class RunError extends Error {}

export function readHostPaths(): HostPaths {
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

/** Throws when one of the built files a run needs is missing, naming the script that makes it. */
export function requireBuilt(files: ReadonlyArray<readonly [file: string, fix: string]>): void {
  for (const [file, fix] of files) {
    if (!fs.existsSync(file)) {
      throw new RunError(`${path.relative(ROOT, file)} is missing: run \`${fix}\` first`);
    }
  }
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

export interface PageOptions {
  /** The page's size in CSS pixels (default: playwright's 1280×720). */
  viewport?: { width: number; height: number };
  /** Console errors that a runner expects and that should not be reported. */
  ignore?: readonly RegExp[];
}

export class CodeServerHost {
  /** The run's temporary folder: workspace, profile, logs. */
  readonly temp: string;
  /** The folder the workbench opens: a fresh copy of the seed articles, without fact files. */
  readonly workspace: string;
  readonly userDataDir: string;
  private readonly extensionsDir: string;
  private readonly configFile: string;
  private server: ChildProcess | undefined;
  private browser: Browser | undefined;
  private output = '';
  private port = 0;
  /** Errors the workbench logged to the browser console, noise left out, each once. */
  readonly browserErrors: string[] = [];
  /** Settles with a message when code-server exits; never rejects. */
  exited: Promise<string> = new Promise<string>(() => undefined);

  /**
   * `settings` are added to the clean user settings, for what one runner needs (a theme, say).
   * `restricted` opens the workspace untrusted (Restricted Mode) instead of turning trust off.
   */
  constructor(
    tempPrefix: string,
    settings: Record<string, unknown> = {},
    private readonly restricted = false,
  ) {
    if (restricted) {
      settings = { ...settings, 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.emptyWindow': false };
    }
    this.temp = fs.mkdtempSync(path.join(os.tmpdir(), tempPrefix));
    this.workspace = makeTestWorkspace(ROOT, this.temp);
    this.userDataDir = path.join(this.temp, 'user-data');
    this.extensionsDir = path.join(this.temp, 'extensions');
    this.configFile = path.join(this.temp, 'code-server.yaml');
    fs.mkdirSync(path.join(this.userDataDir, 'User'), { recursive: true });
    fs.writeFileSync(path.join(this.userDataDir, 'User', 'settings.json'), JSON.stringify({ ...CLEAN_SETTINGS, ...settings }, null, 2));
    fs.mkdirSync(this.extensionsDir);
    // A config file of our own, so code-server neither reads nor writes one in the home folder.
    fs.writeFileSync(this.configFile, 'auth: none\ncert: false\n');
  }

  /**
   * Starts code-server on a free loopback port and waits until it answers. `env` is added to the
   * environment of the server, and so of the extension host.
   */
  async startServer(host: HostPaths, env: Record<string, string> = {}): Promise<number> {
    const port = await freePort();
    this.port = port;
    const server = spawn(
      host.node,
      [
        host.codeServer,
        '--config', this.configFile,
        '--bind-addr', `127.0.0.1:${port}`,
        '--auth', 'none',
        '--disable-telemetry',
        '--disable-update-check',
        ...(this.restricted ? [] : ['--disable-workspace-trust']),
        '--user-data-dir', this.userDataDir,
        '--extensions-dir', this.extensionsDir,
        '--vscode-option', 'enable-smoke-test-driver',
        this.workspace,
      ],
      {
        cwd: this.temp,
        detached: true, // its own process group, so the extension host goes down with it
        stdio: ['ignore', 'pipe', 'pipe'],
        env: serverEnvironment({
          ...env,
          XDG_DATA_HOME: path.join(this.temp, 'data'), // code-server's own logs stay out of the home folder
        }),
      },
    );
    this.server = server;
    const collect = (chunk: Buffer): void => {
      if (this.output.length < 1_000_000) {
        this.output += chunk.toString();
      }
    };
    server.stdout?.on('data', collect);
    server.stderr?.on('data', collect);
    this.exited = new Promise<string>((resolve) => {
      server.once('exit', (exitCode, signal) => resolve(`code-server exited (${exitCode ?? signal})`));
    });
    await waitForServer(port, server);
    return port;
  }

  /** Launches headless Chromium and opens a page whose console errors are collected. */
  async openPage(host: HostPaths, options: PageOptions = {}): Promise<Page> {
    // The runners stop the browser and the server themselves on Ctrl+C; playwright's own handlers
    // would end the process first and leave code-server running.
    this.browser = await chromium.launch({
      executablePath: host.chromium,
      headless: true,
      args: CHROMIUM_ARGS,
      handleSIGINT: false,
      handleSIGTERM: false,
    });
    const page = await this.browser.newPage(options.viewport ? { viewport: options.viewport } : {});
    const ignore = [...(options.ignore ?? []), ...NOISE];
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
      if (ignore.some((pattern) => pattern.test(text))) {
        return;
      }
      const lines = text.split('\n');
      const shown = lines.slice(0, 6).join('\n    ') + (lines.length > 6 ? '\n    …' : '');
      if (!this.browserErrors.includes(shown)) {
        this.browserErrors.push(shown);
      }
    });
    page.on('pageerror', (error) => this.browserErrors.push(`page error: ${error.message}`));
    return page;
  }

  /**
   * The workbench's address with the extension under development loaded, and the test suite module
   * `extensionTestsPath` run in its extension host when given.
   */
  workbenchUrl(extensionTestsPath?: string): string {
    const remote = `vscode-remote://127.0.0.1:${this.port}`;
    const payload = [['extensionDevelopmentPath', remote + ROOT]];
    if (extensionTestsPath) {
      payload.push(['extensionTestsPath', remote + extensionTestsPath]);
    }
    return (
      `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(this.workspace)}` +
      `&payload=${encodeURIComponent(JSON.stringify(payload))}`
    );
  }

  /** What code-server printed. */
  serverOutput(): string {
    return this.output;
  }

  /**
   * Error entries (with their stack lines) from the extension host's log and from the extension's
   * own log channels, which the server writes under the user-data-dir.
   */
  extensionHostErrors(): string[] {
    const logs = path.join(this.userDataDir, 'logs');
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

  /**
   * Prints the extension host's errors and the workbench's console errors, leaving out those whose
   * first line is already in `shown` (what the runner printed) or in the extension host's log; and
   * the server's own output when `serverOutput` is true (the run itself broke down).
   */
  reportErrors(say: (message: string) => void, shown: string, serverOutput: boolean): void {
    const hostErrors = this.extensionHostErrors();
    const echoed = (error: string): boolean => {
      const first = error.split('\n')[0].trim();
      return shown.includes(first) || hostErrors.some((line) => line.includes(first));
    };
    const browserErrors = this.browserErrors.filter((error) => !echoed(error));
    if (hostErrors.length > 0 || browserErrors.length > 0) {
      say('errors from the extension host and the workbench:');
      for (const line of [...hostErrors, ...browserErrors]) {
        process.stdout.write(`  ${line}\n`);
      }
    }
    if (serverOutput && this.output.trim() !== '') {
      say('code-server output:');
      process.stdout.write(this.output.replace(/^/gm, '  ') + '\n');
    }
  }

  /** Closes the browser and stops the server with the extension host; safe to call twice. */
  async stop(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    await browser?.close().catch(() => undefined);
    await stopServer(this.server);
  }

  /** Deletes the temporary folder, or keeps it and returns its path when `keep` is true. */
  remove(keep: boolean): string | undefined {
    if (keep) {
      return this.temp;
    }
    fs.rmSync(this.temp, { recursive: true, force: true });
    return undefined;
  }
}
