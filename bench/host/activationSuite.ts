// Runs in a fresh extension host: activates the extension (nothing else has) and records how long
// that took, from the call until activate() resolved; then how long the features (the second
// bundle, which an article, a fact file, a command or the view loads on first need) take to load.
import { performance } from 'node:perf_hooks';
import { extension, record, say } from './common';

export async function run(): Promise<void> {
  const ext = extension();
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
