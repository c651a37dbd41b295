// `npm run bench`: runs every part of the benchmark, each in a process of its own, and writes what
// they measured, with the machine and the date, to BENCHMARKS.md. Benchmarks are not tests: a
// missed target is reported, not failed on; a part that breaks fails the run.
//
//   node out/bench/main.js [recognizer] [workspace] [cli] [knowledgeBase] [host]     (default: all)
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { machine } from './lib/machine';
import { BENCH_SEED } from './lib/random';
import { log, readPart, RESULTS, ROOT, type Figure, type PartResult } from './lib/results';

const PARTS: Record<string, { script: string; node: string[] }> = {
  recognizer: { script: 'recognizer/run.js', node: [] },
  workspace: { script: 'workspace/run.js', node: ['--expose-gc'] },
  cli: { script: 'cli/run.js', node: ['--expose-gc'] },
  knowledgeBase: { script: 'knowledgeBase/run.js', node: ['--expose-gc'] },
  host: { script: 'host/run.js', node: [] },
};

const ITEMS: Record<number, string> = {
  1: 'Recognizer throughput',
  2: 'Editor latency (real VS Code host)',
  3: 'Workspace scale',
  4: 'Export',
  5: 'Annotation write (real VS Code host)',
  6: 'Workspace knowledge base',
};

function format(value: number, unit: string): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })}${unit === '×' ? '×' : ` ${unit}`}`;
}

function row(f: Figure): string {
  const spread = f.runs > 1 ? `${format(f.min, f.unit)} – ${format(f.max, f.unit)}` : '(one run)';
  const target = f.target ? `${f.target.text}: **${f.target.pass ? 'pass' : 'FAIL'}**` : '';
  const name = f.note ? `${f.name} (${f.note})` : f.name;
  return `| ${name} | ${format(f.value, f.unit)} | ${f.statistic === 'p95' ? 'p95' : 'median'} of ${f.runs} | ${spread} | ${target} |`;
}

function report(parts: PartResult[], wall: number): string {
  const m = machine();
  const figures = parts.flatMap((p) => p.figures);
  const targets = figures.filter((f) => f.target);
  const passed = targets.filter((f) => f.target!.pass).length;
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (see `bench/`); do not edit by hand. Every headline figure is a ratio against something measured in the same run, or a time with its own target; each is the median (or, for latencies, the 95th percentile) of several runs, with the fastest and slowest run beside it. Figures at the full workspace size that take most of a minute per pass are single runs, and say so.',
    '',
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory; ${m.os}; Node ${m.node} (the VS Code host runs its own Node, see \`scripts/setup-host.sh\`)`,
    `- Load average when the run started: ${m.load} (a shared machine: timings move with it, ratios much less)`,
    `- Corpora generated from seed ${BENCH_SEED} under \`.cache/bench/\`; the run took ${Math.round(wall)} s`,
    `- Targets met: ${passed} of ${targets.length}`,
    '',
  ];
  for (const item of [1, 2, 3, 4, 5, 6]) {
    const mine = figures.filter((f) => f.item === item);
    if (mine.length === 0) continue;
    lines.push(`## ${item}. ${ITEMS[item]}`, '', '| Figure | Value | Of | Spread (min – max) | Target |', '| --- | ---: | --- | --- | --- |', ...mine.map(row), '');
  }
  lines.push('## How it was measured', '');
  for (const part of parts) for (const note of part.notes) lines.push(`- ${note}`);
  lines.push('');
  return lines.join('\n');
}

function main(): void {
  const started = performance.now();
  const asked = process.argv.slice(2);
  const names = asked.length > 0 ? asked : Object.keys(PARTS);
  for (const name of names) if (!PARTS[name]) throw new Error(`unknown part ${name}; parts: ${Object.keys(PARTS).join(', ')}`);
  let failed = false;
  for (const name of names) {
    rmSync(join(RESULTS, `${name}.json`), { force: true });
    log('main', `part ${name}`);
    const { node, script } = PARTS[name];
    const run = spawnSync(process.execPath, [...node, join(__dirname, script)], { cwd: ROOT, stdio: 'inherit' });
    if (run.status !== 0) {
      log('main', `part ${name} failed (${run.status ?? run.signal})`);
      failed = true;
    }
  }
  // A part run alone keeps the other parts' last results in the report.
  const parts = Object.keys(PARTS)
    .map((name) => readPart(name))
    .filter((p): p is PartResult => p !== undefined);
  const wall = (performance.now() - started) / 1000;
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), report(parts, names.length === Object.keys(PARTS).length ? wall : parts.reduce((s, p) => s + p.seconds, 0)));
  log('main', `wrote BENCHMARKS.md in ${Math.round(wall)} s`);
  if (failed) process.exitCode = 1;
}

main();
