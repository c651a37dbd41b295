// Re-anchoring under random edits: deterministic scripts of 1 to 5 edits (insertions, deletions,
// replacements, moved paragraphs, whitespace and quote-style changes, edits at and inside mentions,
// pasted copies of mentions with their context, inserted names) over the annotated seeds, with the
// ground truth tracked unit by unit (test/fuzz/editScripts.ts). No mention may be anchored wrongly,
// and at least 99 % of the mentions whose quote survived must be found exactly where it went. What
// counts as right when the text itself is ambiguous (a pasted copy of a mention with its context,
// the name typed again against its own neighbour) is decided there, by `verdict`, and counted apart.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { anchorAt } from '../../src/core/reanchor/anchor';
import { reanchor, type ReanchorResult, type ReanchorStatus } from '../../src/core/reanchor/reanchor';
import { parseFactFile } from '../../src/core/factFile/store';
import {
  type Doc, type EditContext, type EditKind, type Mention, type Verdict,
  original, prng, randomEdit, replace, truthOf, verdict, whereNow,
} from '../fuzz/editScripts';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
// More scripts, or other ones, for a longer hunt: REANCHOR_FUZZ_SCRIPTS=5000 REANCHOR_FUZZ_SEED=7.
const SCRIPTS_PER_SEED = Number(process.env.REANCHOR_FUZZ_SCRIPTS ?? 240);
const FIRST_SEED = Number(process.env.REANCHOR_FUZZ_SEED ?? 0x5eed);
/** REANCHOR_FUZZ_SHOW_AMBIGUOUS=1 lists the results the oracle accepts as ambiguous, to judge them. */
const SHOW_AMBIGUOUS = process.env.REANCHOR_FUZZ_SHOW_AMBIGUOUS === '1';

interface Seed {
  file: string;
  text: string;
  mentions: Mention[];
}

function loadSeeds(): Seed[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(SEEDS, file), 'utf8');
      const { factFile, problems } = parseFactFile(readFileSync(join(SEEDS, file.replace(/\.txt$/, '.facts.yaml')), 'utf8'), file);
      assert.deepEqual(problems, [], file);
      return { file, text, mentions: factFile!.mentions.map(({ id, quote, prefix, suffix, start, end }) => ({ id, quote, prefix, suffix, start, end })) };
    });
}

function vocabulary(seeds: Seed[]): { words: string[]; names: string[] } {
  const words = new Set<string>();
  for (const s of seeds) for (const w of s.text.split(/\s+/)) if (w) words.add(w);
  const names = new Set<string>();
  for (const s of seeds) for (const m of s.mentions) names.add(m.quote);
  return { words: [...words].sort(), names: [...names].sort() };
}

type Tally = Record<Verdict, number>;

function emptyTally(): Tally {
  return { correct: 0, ambiguous: 0, missed: 0, orphaned: 0, remnant: 0, clone: 0, retyped: 0, wrong: 0 };
}

/** Results must be what they say: the quote and fresh context at the span, and no span taken twice. */
function checkInvariants(text: string, mentions: readonly Mention[], results: ReanchorResult[], where: string): void {
  const taken: [number, number, number][] = [];
  results.forEach((r, i) => {
    const m = mentions[i];
    if (r.status === 'orphaned') {
      assert.deepEqual([r.quote, r.prefix, r.suffix, r.start, r.end], [m.quote, m.prefix, m.suffix, m.start, m.end], `${where}: an orphan keeps its anchor`);
      return;
    }
    const fresh = anchorAt(text, r.start, r.end);
    assert.deepEqual([r.quote, r.prefix, r.suffix], [fresh.quote, fresh.prefix, fresh.suffix], `${where}: ${m.id} carries the text at its span`);
    assert.ok(r.end > r.start && r.score > 0 && r.score <= 1, `${where}: ${m.id} span and score`);
    taken.push([r.start, r.end, i]);
  });
  taken.sort((a, b) => a[0] - b[0]);
  for (let a = 0; a < taken.length; a++) {
    for (let b = a + 1; b < taken.length && taken[b][0] < taken[a][1]; b++) {
      const [ma, mb] = [mentions[taken[a][2]], mentions[taken[b][2]]];
      assert.ok(ma.start < mb.end && mb.start < ma.end, `${where}: ${ma.id} and ${mb.id} were apart and now share text`);
    }
  }
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(2)} %`;
}

describe('re-anchoring under random edits (fuzz)', function () {
  this.timeout(120_000);
  const seeds = loadSeeds();
  const { words, names } = vocabulary(seeds);

  it(`re-anchors the seeds after ${SCRIPTS_PER_SEED * 5} random edit scripts: none wrong, at least 99 % of surviving quotes found`, () => {
    const tally = emptyTally();
    const statuses: Record<ReanchorStatus, number> = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
    const kinds = new Map<EditKind, number>();
    const failures: string[] = [];
    let misses = 0;
    let scripts = 0;
    let mentions = 0;
    let survived = 0;
    let touched = 0;
    let reanchorTime = 0;
    const began = performance.now();
    seeds.forEach((seed, seedIndex) => {
      for (let s = 0; s < SCRIPTS_PER_SEED; s++) {
        const random = prng(FIRST_SEED + seedIndex * 100_003 + s);
        const context: EditContext = { random, mentions: seed.mentions, words, names };
        let doc: Doc = original(seed.text, seed.mentions);
        const script: EditKind[] = [];
        for (let e = 1 + Math.floor(random() * 5); e > 0; e--) {
          const edit = randomEdit(doc, context);
          doc = edit.doc;
          script.push(edit.kind);
          kinds.set(edit.kind, (kinds.get(edit.kind) ?? 0) + 1);
        }
        scripts++;
        const t0 = performance.now();
        const results = reanchor(doc.text, seed.mentions);
        reanchorTime += performance.now() - t0;
        const where = `${seed.file} script ${s} [${script.join(', ')}]`;
        checkInvariants(doc.text, seed.mentions, results, where);
        const now = whereNow(doc, seed.text.length);
        seed.mentions.forEach((m, i) => {
          const truth = truthOf(doc, m, now);
          const v = verdict(doc, m, truth, results[i]);
          mentions++;
          if (truth.survived) survived++;
          if (!truth.survived || truth.span![0] !== m.start) touched++;
          tally[v]++;
          statuses[results[i].status]++;
          if ((v === 'wrong' && failures.length < 40) || (v === 'missed' && misses++ < 10) || (v === 'ambiguous' && SHOW_AMBIGUOUS)) {
            const r = results[i];
            const show = (a: number, b: number) => JSON.stringify(doc.text.slice(Math.max(0, a - 40), a) + '⟦' + doc.text.slice(a, b) + '⟧' + doc.text.slice(b, b + 40));
            failures.push(
              `${v}: ${where} ${m.id} "${m.quote}" → ${r.status} ${r.start}-${r.end} ${show(r.start, r.end)}` +
                (truth.span ? ` truth ${truth.span[0]}-${truth.span[1]} ${show(truth.span[0], truth.span[1])}` : ` truth: gone, remnant ${truth.remnant ?? '-'}`),
            );
          }
        });
      }
    });
    const elapsed = performance.now() - began;
    console.log(
      [
        `      fuzz: ${scripts} scripts (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})`,
        `      ${mentions} mentions, ${touched} moved or touched; quote survived ${survived}`,
        `      correct ${tally.correct} (${percent(tally.correct, survived)} of survived), ambiguous ${tally.ambiguous}, missed ${tally.missed}`,
        `      not survived ${mentions - survived}: orphaned ${tally.orphaned}, fuzzy on remnant ${tally.remnant}, on a pasted copy ${tally.clone}, on its quote retyped in place ${tally.retyped}`,
        `      wrong ${tally.wrong}; statuses ${JSON.stringify(statuses)}`,
        `      time ${elapsed.toFixed(0)} ms in all, ${reanchorTime.toFixed(0)} ms re-anchoring (${(reanchorTime / scripts).toFixed(2)} ms a script)`,
      ].join('\n'),
    );
    if (failures.length > 0) console.log(failures.map((f) => `      ${f}`).join('\n'));
    assert.ok(scripts >= 1000);
    assert.equal(tally.wrong, 0, 'no mention anchored wrongly');
    assert.ok(tally.correct >= 0.99 * survived, `found ${percent(tally.correct, survived)} of the mentions whose quote survived`);
  });

  it('re-anchors 1,000 mentions in a 1 MB article quickly, and an unchanged one in O(n)', () => {
    const random = prng(42);
    const vocabularyWords = words.filter((w) => /^\p{L}+[.,]?$/u.test(w));
    const parts: string[] = [];
    const anchorsAt: [number, number][] = [];
    let length = 0;
    while (length < 1_000_000) {
      const paragraph: string[] = [];
      for (let w = 30 + Math.floor(random() * 50); w > 0; w--) {
        if (random() < 0.01) {
          const name = names[Math.floor(random() * names.length)];
          const start = length + paragraph.reduce((n, x) => n + x.length + 1, 0);
          anchorsAt.push([start, start + name.length]);
          paragraph.push(name);
        } else paragraph.push(vocabularyWords[Math.floor(random() * vocabularyWords.length)]);
      }
      const line = paragraph.join(' ') + '\n';
      parts.push(line);
      length += line.length;
    }
    const text = parts.join('');
    const step = Math.max(1, Math.floor(anchorsAt.length / 1000));
    const chosen = anchorsAt.filter((_, i) => i % step === 0).slice(0, 1000);
    const mentions: Mention[] = chosen.map(([s, e], i) => ({ id: `m-${i}`, ...anchorAt(text, s, e) }));

    let t0 = performance.now();
    const same = reanchor(text, mentions, { oldText: text });
    const quick = performance.now() - t0;
    assert.ok(same.every((r) => r.status === 'exact'));

    // Text inserted at the start shifts every mention; then more edits of every kind.
    let doc = replace(original(text, mentions), 10, 10, 'An editor’s note on this long article. ');
    const context: EditContext = { random, mentions, words, names };
    for (let e = 0; e < 12; e++) doc = randomEdit(doc, context).doc;
    t0 = performance.now();
    const results = reanchor(doc.text, mentions);
    const edited = performance.now() - t0;
    const now = whereNow(doc, text.length);
    const tally = emptyTally();
    let survived = 0;
    mentions.forEach((m, i) => {
      const truth = truthOf(doc, m, now);
      if (truth.survived) survived++;
      tally[verdict(doc, m, truth, results[i])]++;
    });
    console.log(
      `      1 MB (${text.length} units), ${mentions.length} mentions: unchanged ${quick.toFixed(1)} ms; after 13 edits ${edited.toFixed(0)} ms, ` +
        `correct ${tally.correct} of ${survived} survived, orphaned ${tally.orphaned + tally.missed}, wrong ${tally.wrong}`,
    );
    assert.equal(tally.wrong, 0);
    assert.ok(tally.correct >= 0.99 * survived);
    assert.ok(edited < 5000, `re-anchoring took ${edited} ms`);
  });
});
