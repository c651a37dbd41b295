// Runs in a fresh extension host: activates the extension (nothing else has) and records how long
// that took, from the call until activate() resolved; then how long the features (the second
// bundle, which an article, a fact file, a command or the view loads on first need) take to load.
import { performance } from 'node:perf_hooks';
import { delay, extension, record, say } from './common';

/**
 * Waits until the extension host is idle: timers fire on time for half a second in a row. Right
 * after a window opens, VS Code's built-in extensions start on the same thread, and a call made
 * then waits for them; the figure is this extension's activation, not theirs.
 */
async function hostIdle(timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let calm = 0;
  while (calm < 10 && performance.now() < deadline) {
    const before = performance.now();
    await delay(50);
    calm = performance.now() - before < 55 ? calm + 1 : 0;
  }
}

export async function run(): Promise<void> {
  const ext = extension();
  await hostIdle();
  if (ext.isActive) {
    say('activation: the extension was active before the suite could activate it; no figure from this window');
    return;
  }
  const start = performance.now();
  await ext.activate();
  const ms = performance.now() - start;
  record('activation', ms);
  const loadStart = performance.now();
  ext.exports.services();
  const loadMs = performance.now() - loadStart;
  record('featuresLoad', loadMs);
  say(`activation: ${ms.toFixed(1)} ms; then the features loaded in ${loadMs.toFixed(1)} ms`);
}
