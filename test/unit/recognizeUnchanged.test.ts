// Recognition reads the text's words once and rules out most places with a few code units before
// any expression runs there. None of that may change what is found: the recognizer must give what
// it gave before, kept in ./recognizerBefore as it was, mention for mention, on the seeds, the
// evaluation corpus, the benchmark's text, edge cases of the shortcuts, and random edits of them
// all (one recognizer of each reads every text in turn, as a long-lived one does). A pass added
// later over the mentions these steps give is to be applied to the reference's mentions too.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import '../../src/editor/services/zodConfig';
import { generatedKnowledgeBase } from '../../bench/corpus/knowledgeBase';
import { largeText } from '../../bench/corpus/text';
import { readEvaluationCorpus } from '../../bench/evaluation/corpus';
import { BENCH_SEED } from '../../bench/lib/random';
import { bundledKnowledgeBase, type KnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import type { Mention } from '../../src/core/recognizer/mention';
import { type RecognizeOptions, Recognizer } from '../../src/core/recognizer/recognizer';
import { prng } from '../fuzz/editScripts';
import { Recognizer as RecognizerBefore } from './recognizerBefore/recognizer';

const REPO = join(__dirname, '../../..');

function seedTexts(): string[] {
  const dir = join(REPO, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

const OPTIONS: RecognizeOptions[] = [{}, { candidates: false }, { referenceYear: 2020, articleDate: '2024-03-05' }, { fallbackYear: 2019 }];

/** Texts where a shortcut decides: numbers that are no date, dates glued to odd neighbours, letters that fold or lower-case oddly. */
const EDGES = [
  '12 ᲁекабря 2020, 1990s, 1990S, 1990ſ, 1990-х, 1990-е, 1990–1995, 1990-1995, 1990-12-01, 90-х годов, anni ’90, anni 1990.',
  'Il 5ſt March, 1st. 5.2020, 1st/5/2020, 30-31 marzo, 30 - 31 marzo 2022, 5 — 6 May, 12\u00a0Mart, 12\tgiugno, 3 ſettembre.',
  'mid-2020, mid‐2020, mid–2020, mid- 2020, early 2019, the end of 2025, dell’2022, nell\'2021, a metà 2025, в середине 2026 года, 2002  года, 2002 гг., 2002 г.',
  'The ministers will meet on Friday. They met on Friday.\n\nİwill see on Monday. Sarà lunedì; il vertice si terrà giovedì prossimo. Будет в пятницу.',
  'Officials said the talks are scheduled for Tuesday. 𝐖ill 𝐓hey come on Sunday? 𝕏. On Thursday\u00a0the summit.',
  'President Ushakov, PRESIDENTS Aliyev and Presidentessa Rossi met; Vice-President Smith, vice president Jones, Prime\nMinister Pashinyan.',
  'Sagynbek Abdumutalip, capo del dipartimento, said; Ivan Petrov, the CSTO Chief of Staff, said. Anna Petrova, il presidente, disse.',
  // A title cut by the 80 units read after a comma, and one glued to its article.
  `Ivan Petrov, the ${'A'.repeat(30)} ${'B'.repeat(34)} ministerial staff. Anna Rossi, theminister of defence, and Luca Bianchi, l’ambasciatore, spoke.`,
  'Kazakshtan and Tajkistan, Uzbekistn Today, Shangai Cooperation Organisation, Kazakshtan Ministry, KAZAKSHTAN, Kazakshtan\u00a0Airways.',
];

function randomEdits(texts: readonly string[], count: number, seed: number): { text: string; options: RecognizeOptions }[] {
  const random = prng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const inserts = ['\u00ad', '\u200b', ' ', '\n', '-', '–', ',', '.', '1', '2019', '12', "'", '’', 'A', 'a', 'Д', '\ud83d\ude00', '\u00a0', '°', 'st', 'mid-', 'from ', 'dal ', 'anni ', ' 2023 года', 'ſ', 'İ'];
  const out: { text: string; options: RecognizeOptions }[] = [];
  for (let n = 0; n < count; n++) {
    const source = texts[int(texts.length)];
    const from = int(source.length);
    let text = source.slice(from, from + 1 + int(1500));
    for (let k = int(6); k > 0; k--) {
      const at = int(text.length + 1);
      const to = at + int(40);
      const op = int(4);
      if (op === 0) text = text.slice(0, at) + inserts[int(inserts.length)] + text.slice(at);
      else if (op === 1) text = text.slice(0, at) + text.slice(at + 1 + int(3));
      else if (op === 2) text = text.slice(0, at) + text.slice(at, to).toUpperCase() + text.slice(to);
      else text = text.slice(0, at) + text.slice(at, to).toLowerCase() + text.slice(to);
    }
    out.push({ text, options: OPTIONS[int(OPTIONS.length)] });
  }
  return out;
}

/** The first mention where the two lists differ, for the message. */
function firstDifference(actual: readonly Mention[], expected: readonly Mention[]): string {
  for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
    const a = JSON.stringify(actual[i]);
    const e = JSON.stringify(expected[i]);
    if (a !== e) return `mention ${i}: ${a} where it was ${e}`;
  }
  return '';
}

function assertSame(now: Recognizer, before: RecognizerBefore, text: string, options: RecognizeOptions, label: string): void {
  const actual = now.recognize(text, options);
  const expected = now.coreference.resolveText(text, before.recognize(text, options));
  const difference = firstDifference(actual, expected);
  assert.equal(difference, '', `${label} (options ${JSON.stringify(options)}): ${difference}`);
}

function pair(knowledgeBase: KnowledgeBase): [Recognizer, RecognizerBefore] {
  return [new Recognizer(knowledgeBase), new RecognizerBefore(knowledgeBase)];
}

describe('recognition gives what it gave before its shortcuts', () => {
  const [now, before] = pair(bundledKnowledgeBase());
  const corpus = [...seedTexts(), ...readEvaluationCorpus().map((a) => a.text)];

  it('on the seeds, the evaluation corpus and the edge cases, with each kind of options', () => {
    for (const [k, text] of [...corpus, ...EDGES].entries()) for (const options of OPTIONS) assertSame(now, before, text, options, `text ${k}`);
  });

  it('on 1,500 random edits of slices of them', () => {
    for (const [k, { text, options }] of randomEdits([...corpus, ...EDGES], 1500, 20261205).entries()) assertSame(now, before, text, options, `edit ${k}: ${JSON.stringify(text)}`);
  });

  it("on the benchmark's text, with the bundled and the generated knowledge base", function () {
    this.timeout(120_000);
    const generated = generatedKnowledgeBase(10_000, BENCH_SEED);
    const text = largeText(generated, 2_000_000, BENCH_SEED + 1);
    assertSame(now, before, text, {}, 'benchmark text, bundled knowledge base');
    const [nowGenerated, beforeGenerated] = pair(generated);
    assertSame(nowGenerated, beforeGenerated, text, {}, 'benchmark text, generated knowledge base');
  });
});
