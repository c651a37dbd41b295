// Item 1: recognizer throughput on a large text, with the bundled knowledge base and a generated
// one of 10,000 entities, against three measured in the same run: one RegExp alternation of all the
// aliases over the folded text, the npm package @monyone/aho-corasick over the folded text, and the
// floor, a loop that only reads every UTF-16 code unit.
//
//   node out/bench/recognizer/run.js
import '../../src/editor/services/zodConfig';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { bundledKnowledgeBase, type KnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Recognizer } from '../../src/core/recognizer/recognizer';
import { foldText } from '../../src/core/text/fold';
import { generatedKnowledgeBase } from '../corpus/knowledgeBase';
import { largeText, utf8Bytes } from '../corpus/text';
import { BENCH_SEED } from '../lib/random';
import { atLeast, atMost, figure, log, type Figure, writePart } from '../lib/results';
import { interleave, ratios, summarize, timed } from '../lib/stats';
import { firstDifference, foldedAliases, ReferenceMatcher } from './reference';

const PART = 'recognizer';
const ROUNDS = Number(process.env.NEWS_ANNOTATOR_BENCH_ROUNDS) || 5;
const MIN_BYTES = 10_000_000;
/** The RegExp peer runs on a slice of the text sized to take about this long per run. */
const REGEXP_BUDGET_MS = 800;

interface NpmAhoCorasick {
  matchInText(text: string): { begin: number; end: number; keyword: string }[];
}
// The package's double-array variant, its fastest; its subpath export needs Node's own resolution.
const { AhoCorasick: NpmPeer } = createRequire(__filename)('@monyone/aho-corasick/fast') as { AhoCorasick: new (keywords: string[]) => NpmAhoCorasick };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Reads every UTF-16 code unit and nothing more. */
function floor(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  return sum;
}

const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);

/** Full recognition with the bundled knowledge base must keep the speed it had before dates, inflected forms and name rules were added to it. */
const BUNDLED_RECOGNIZE_AT_LEAST = 32.8;

function measure(label: string, aliasLabel: string, knowledgeBase: KnowledgeBase, text: string, bytes: number, figures: Figure[], notes: string[], withTargets: boolean, recognizeAtLeast?: number): void {
  const item = 1;
  const builds = [0, 1, 2].map(() => timed(() => new Recognizer(knowledgeBase)).ms);
  const recognizer = new Recognizer(knowledgeBase);
  log(PART, `${label}: ${recognizer.aliasCount} aliases, word matcher built in ${summarize(builds).median.toFixed(0)} ms`);

  // The fast matcher must agree with the reference, mention for mention, before it is timed.
  const ours = recognizer.entities(text);
  const referenceMatcher = new ReferenceMatcher(knowledgeBase);
  const reference = referenceMatcher.entities(text);
  const difference = firstDifference(ours, reference);
  if (difference) throw new Error(`${label}: the recognizer and the reference matcher disagree: ${difference}`);
  log(PART, `${label}: ${ours.length} mentions, identical to the reference matcher`);

  const folds = [...foldedAliases(knowledgeBase)];
  const npm = timed(() => new NpmPeer(folds));
  log(PART, `${label}: npm peer built in ${npm.ms.toFixed(0)} ms`);
  // Longest first, so that the alternation prefers the longest alias at a position, as the
  // recognizer does; the same whole-word rule; the text folded the same way.
  const source = [...folds].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const regexpBuild = timed(() => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu'));
  const regexp = regexpBuild.value;
  const runRegExp = (slice: string) => {
    const folded = foldText(slice).text;
    regexp.lastIndex = 0;
    let count = 0;
    while (regexp.exec(folded)) count++;
    return count;
  };
  // Calibrate the slice on 200 KB: the alternation is far too slow to run over 10 MB five times.
  const probe = text.slice(0, 200_000);
  runRegExp(probe);
  const probeMs = timed(() => runRegExp(probe)).ms;
  const sliceLength = Math.min(text.length, Math.max(200_000, Math.floor((probe.length * REGEXP_BUDGET_MS) / Math.max(probeMs, 1))));
  const slice = text.slice(0, sliceLength);
  const sliceBytes = utf8Bytes(slice);
  log(PART, `${label}: RegExp peer compiled in ${regexpBuild.ms.toFixed(0)} ms; it runs on the first ${(sliceBytes / 1e6).toFixed(2)} MB`);

  const samples = interleave(ROUNDS, {
    floor: () => floor(text),
    ours: () => recognizer.entities(text),
    npm: () => npmPeer(npm.value, text),
    regexp: () => runRegExp(slice),
    before: () => referenceMatcher.entities(text),
  });
  // Full recognition runs in rounds of its own, each beside a run of the name matching alone, so
  // that the ratio of the two is taken within a round; after a warm-up, as every other figure.
  const full = interleave(ROUNDS, { recognize: () => recognizer.recognize(text), entities: () => recognizer.entities(text) });

  const speed = (ms: number[]) => summarize(ms.map((m) => mbps(bytes, m)));
  const ourSpeed = speed(samples.ours);
  figures.push(figure(item, `${label}: Recognizer.entities (aliases)`, 'MB/s', ourSpeed));
  const recognizeSpeed = speed(full.recognize);
  figures.push(
    figure(item, `${label}: Recognizer.recognize (aliases, dates, candidate names)`, 'MB/s', recognizeSpeed, recognizeAtLeast ? {
      target: atLeast(recognizeSpeed.median, recognizeAtLeast, `≥ ${recognizeAtLeast} MB/s`),
    } : {}),
  );
  figures.push(figure(item, `${label}: RegExp alternation of all aliases (folded text, whole words)`, 'MB/s', summarize(samples.regexp.map((m) => mbps(sliceBytes, m)))));
  figures.push(figure(item, `${label}: npm @monyone/aho-corasick (fold + scan)`, 'MB/s', speed(samples.npm)));
  figures.push(figure(item, `${label}: floor (read every UTF-16 unit)`, 'MB/s', speed(samples.floor)));
  figures.push(figure(item, `${label}: the previous matcher (fold the whole text, then scan it)`, 'MB/s', speed(samples.before)));

  // Ratios per round, so that a slow moment hits both sides of each.
  const overRegExp = summarize(samples.ours.map((ms, i) => mbps(bytes, ms) / mbps(sliceBytes, samples.regexp[i])));
  const overNpm = summarize(ratios(samples.npm, samples.ours));
  const overFloor = summarize(ratios(samples.ours, samples.floor));
  const t = withTargets;
  figures.push(
    figure(item, `${label}: speed-up over the RegExp peer`, '×', overRegExp, t ? { target: atLeast(overRegExp.median, 10, `≥ 10× at ${aliasLabel}`) } : {}),
  );
  figures.push(figure(item, `${label}: speed-up over the npm peer`, '×', overNpm, t ? { target: atLeast(overNpm.median, 1, `≥ 1× at ${aliasLabel}`) } : {}));
  figures.push(figure(item, `${label}: time over the floor's`, '×', overFloor, t ? { target: atMost(overFloor.median, 4, `≤ 4× at ${aliasLabel}`) } : {}));
  // Dates, candidate names and slips must not cost much more than the names themselves, whatever the knowledge base.
  const recognizeOverEntities = summarize(ratios(full.recognize, full.entities));
  figures.push(
    figure(item, `${label}: Recognizer.recognize's time over Recognizer.entities'`, '×', recognizeOverEntities, {
      target: atMost(recognizeOverEntities.median, 2, '≤ 2×'),
    }),
  );
  notes.push(
    `${label}: ${recognizer.aliasCount.toLocaleString('en')} distinct folded aliases; ${ours.length.toLocaleString('en')} mentions in the text, identical to the reference matcher's; the RegExp peer ran on the first ${(sliceBytes / 1e6).toFixed(2)} MB (compiled in ${regexpBuild.ms.toFixed(0)} ms); the recognizer's word matcher was built in ${summarize(builds).median.toFixed(0)} ms, the npm peer's in ${npm.ms.toFixed(0)} ms.`,
  );
}

function npmPeer(peer: NpmAhoCorasick, text: string): number {
  return peer.matchInText(foldText(text).text).length;
}

function main(): void {
  const started = performance.now();
  const generated = timed(() => generatedKnowledgeBase(10_000, BENCH_SEED));
  const text = largeText(generated.value, MIN_BYTES, BENCH_SEED + 1);
  const bytes = utf8Bytes(text);
  log(PART, `text: ${(bytes / 1e6).toFixed(1)} MB of UTF-8 (${text.length.toLocaleString('en')} UTF-16 units); generated knowledge base in ${generated.ms.toFixed(0)} ms`);
  const figures: Figure[] = [];
  const notes: string[] = [
    `The text: the five seed articles in turn, each followed by a generated paragraph of English or Italian news sentences naming entities of the generated knowledge base (seed ${BENCH_SEED}); ${(bytes / 1e6).toFixed(1)} MB of UTF-8. MB/s counts UTF-8 bytes (10⁶) of the original text. Each run of each contender is timed in turn, ${ROUNDS} rounds after a warm-up, full recognition beside name matching in rounds of their own; ratios are taken per round.`,
    'The peers get the text folded by the same foldText (case, diacritics, spaces) and the same folded aliases; their time includes that folding, which they cannot do themselves. The npm peer reports every occurrence, without the whole-word rule or mention objects, so it does less work than the recognizer.',
  ];
  measure('Bundled knowledge base', 'the bundled aliases', bundledKnowledgeBase(), text, bytes, figures, notes, false, BUNDLED_RECOGNIZE_AT_LEAST);
  measure('Generated knowledge base (10,000 entities)', '50,000 aliases', generated.value, text, bytes, figures, notes, true);
  writePart({ part: PART, seconds: (performance.now() - started) / 1000, figures, notes });
  log(PART, `done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main();
