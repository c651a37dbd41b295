// `npm start`: opens News Annotator on the repository's seeds/ folder in a real VS Code that runs in
// the browser (code-server, installed by scripts/setup-host.sh). The extension is linked into the
// server's extensions folder, so it loads for anyone who opens the printed address, in any
// browser, and a window reload picks up a fresh `npm run build`. Ctrl+C stops the server.
//
// Environment: PORT picks the first port to try (default 8080; the next free one is used when it is
// taken).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as http from 'node:http';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seeds = path.join(root, 'seeds');
const state = path.join(root, '.cache', 'start');
const userDataDir = path.join(state, 'user-data');
const extensionsDir = path.join(state, 'extensions');
const configFile = path.join(state, 'code-server.yaml');

/** User settings that keep the workbench quiet; written once, then the user's to change. */
const cleanSettings = {
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

function fail(message) {
  console.error(`[start] ${message}`);
  process.exit(1);
}

function readHostPaths() {
  const file = path.join(root, '.cache', 'host', 'paths.json');
  if (!fs.existsSync(file)) {
    fail(`${file} is missing: run \`npm run setup-host\` first`);
  }
  const paths = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const key of ['node', 'codeServer']) {
    if (!paths[key] || !fs.existsSync(paths[key])) {
      fail(`${key} from ${file} (${paths[key]}) does not exist: run \`npm run setup-host\` again`);
    }
  }
  return paths;
}

/**
 * Links the repository into the extensions folder as an installed extension. The server builds its
 * list of installed extensions from the folder when `extensions.json` is absent, so removing that
 * list makes every start pick up the link (and a changed version) afresh.
 */
function linkExtension() {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  fs.mkdirSync(extensionsDir, { recursive: true });
  for (const entry of fs.readdirSync(extensionsDir)) {
    if (entry.startsWith(`${id}-`) || entry === 'extensions.json' || entry === '.obsolete') {
      fs.rmSync(path.join(extensionsDir, entry), { recursive: true, force: true });
    }
  }
  fs.symlinkSync(root, path.join(extensionsDir, `${id}-${manifest.version}`), 'dir');
}

function writeSettings() {
  const settings = path.join(userDataDir, 'User', 'settings.json');
  if (!fs.existsSync(settings)) {
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(settings, JSON.stringify(cleanSettings, null, 2) + '\n');
  }
}

function isFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function choosePort() {
  const first = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(first) || first <= 0 || first > 65535) {
    fail(`PORT=${process.env.PORT} is not a port number`);
  }
  for (let port = first; port < Math.min(first + 50, 65536); port += 1) {
    if (await isFree(port)) {
      return port;
    }
  }
  fail(`no free port in ${first}-${first + 49}`);
}

function answers(port) {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (response) => {
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

/** The environment for code-server: ours, minus what would send it to another port or editor. */
function serverEnvironment() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key !== 'PORT' && !key.startsWith('VSCODE_') && key !== 'ELECTRON_RUN_AS_NODE') {
      env[key] = value;
    }
  }
  // code-server keeps its own logs under XDG_DATA_HOME; keep them with the rest of this state.
  env.XDG_DATA_HOME = path.join(state, 'data');
  return env;
}

async function main() {
  if (!fs.existsSync(path.join(root, 'dist', 'extension.js'))) {
    fail('dist/extension.js is missing: run `npm run build` first');
  }
  const host = readHostPaths();
  fs.mkdirSync(state, { recursive: true });
  // A config file of our own, so code-server neither reads nor writes one in the home folder.
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  writeSettings();
  linkExtension();
  const port = await choosePort();

  const server = spawn(
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
      seeds,
    ],
    { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: serverEnvironment() },
  );
  let output = '';
  const collect = (chunk) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  server.stdout.on('data', collect);
  server.stderr.on('data', collect);

  let stopping = false;
  const stop = (signal) => {
    if (stopping) {
      return;
    }
    stopping = true;
    console.log(`\n[start] ${signal ? `${signal}: ` : ''}stopping code-server`);
    const kill = (sig) => {
      try {
        process.kill(-server.pid, sig); // the server and its extension hosts
      } catch {
        // already gone
      }
    };
    const force = setTimeout(() => kill('SIGKILL'), 5000);
    force.unref();
    kill('SIGTERM');
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGHUP', () => stop('SIGHUP'));

  server.on('exit', (code, signal) => {
    if (stopping) {
      console.log('[start] stopped');
      process.exit(0);
    }
    console.error(`[start] code-server exited unexpectedly (${code ?? signal}); its output:`);
    console.error(output.replace(/^/gm, '  '));
    process.exit(1);
  });

  const deadline = Date.now() + 60_000;
  while (!(await answers(port))) {
    if (stopping || server.exitCode !== null) {
      return;
    }
    if (Date.now() > deadline) {
      console.error('[start] code-server did not answer within 60 s; its output:');
      console.error(output.replace(/^/gm, '  '));
      stop();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  console.log(`News Annotator is running: http://127.0.0.1:${port}/?folder=${encodeURIComponent(seeds).replaceAll('%2F', '/')}`);
  console.log('Open that address in a browser; press Ctrl+C here to stop.');
}

await main();
