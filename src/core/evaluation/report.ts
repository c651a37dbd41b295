// EVALUATION.md, written by `npm run eval`, and the figures read back from it by the test that keeps
// them from falling.
import type { CorpusScore } from './evaluate';
import { type Counts, GOLD_TYPES, type Inexact, type Miss, type PredictedSpan, rates, totalOf } from './score';

export const LANGUAGE_NAMES: Record<string, string> = { en: 'English', it: 'Italian', ru: 'Russian' };

const figure = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(3));

const TABLE_HEAD = ['| {0} | Gold | Found | Predicted | Correct | Precision | Recall | F1 | Exact boundaries |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];

function tableRow(label: string, c: Counts): string {
  const r = rates(c);
  return `| ${label} | ${c.gold} | ${c.found} | ${c.predicted} | ${c.correct} | ${figure(r.precision)} | ${figure(r.recall)} | ${figure(r.f1)} | ${figure(r.exact)} |`;
}

function table(first: string, rows: [string, Counts][]): string[] {
  return [TABLE_HEAD[0].replace('{0}', first), TABLE_HEAD[1], ...rows.map(([label, c]) => tableRow(label, c))];
}

const languageLabel = (code: string) => `${LANGUAGE_NAMES[code] ?? code} (${code})`;

export interface ReportHeader {
  date: Date;
  /** What changed since the figures last committed; left for the committer when not given. */
  whatChanged: string | undefined;
}

export function evaluationMarkdown(score: CorpusScore, header: ReportHeader): string {
  const languages = [...score.byLanguage.keys()].sort();
  const lines = [
    '# Evaluation',
    '',
    'Written by `npm run eval` (see `bench/evaluation/`); do not edit the figures by hand. The recognizer, with the bundled knowledge base, runs on every article of [`evaluation/`](evaluation/README.md) and is scored against the gold spans there. A gold span is *found* when a recognized span of a compatible type overlaps it (person and candidate → PERSON, or what a candidate is guessed to be: a body → ORG, a place → PLACE, an event → EVENT; organization → ORG, place → PLACE, date → DATE, event → EVENT); a recognized span is *correct* when it overlaps a gold span of its type; *exact boundaries* is the share of found spans that a recognized span of their type covers exactly. The figures do not depend on the machine. The test `evaluationRatchet` fails when a language\'s precision or recall falls below the figures committed here.',
    '',
    `- Date: ${header.date.toISOString().replace(/\.\d+Z$/, 'Z')}`,
    `- Corpus: ${score.articles.length} articles, ${score.total.gold} gold spans`,
    `- What changed: ${header.whatChanged ?? '_(to be written by the committer)_'}`,
    '',
    '## By language',
    '',
    ...table('Language', [...languages.map((l): [string, Counts] => [languageLabel(l), totalOf(score.byLanguage.get(l)!)]), ['All', score.total]]),
    '',
    '## By type',
    '',
    ...table('Type', GOLD_TYPES.map((t) => [t, score.byType[t]])),
    '',
  ];
  for (const language of languages) {
    const byType = score.byLanguage.get(language)!;
    lines.push(`## ${languageLabel(language)}, by type`, '', ...table('Type', GOLD_TYPES.map((t) => [t, byType[t]])), '');
  }
  return lines.join('\n');
}

/** A language's committed figures, the floor the ratchet holds. */
export interface CommittedFigures {
  precision: number;
  recall: number;
}

/** The per-language figures of an EVALUATION.md, by language code. */
export function committedFigures(markdown: string): Map<string, CommittedFigures> {
  const figures = new Map<string, CommittedFigures>();
  const section = markdown.split(/^## /m).find((s) => s.startsWith('By language'));
  if (!section) return figures;
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const code = /\(([a-z]{2})\)$/.exec(cells[1] ?? '')?.[1];
    if (!code) continue;
    figures.set(code, { precision: Number(cells[6]), recall: Number(cells[7]) });
  }
  return figures;
}

/** A rate as EVALUATION.md writes it, so that figures compare as committed. */
export const asCommitted = (value: number | undefined) => Number(figure(value ?? 0));

const quote = (s: { text: string; start: number }) => `"${s.text.replace(/\s+/g, ' ')}"@${s.start}`;
const typed = (s: PredictedSpan) => `${quote(s)} ${s.type}`;

function missLine(m: Miss): string {
  const seen = m.seenAs.length > 0 ? ` (recognized as ${m.seenAs.map(typed).join(', ')})` : '';
  return `    miss      ${m.gold.type.padEnd(6)} ${quote(m.gold)}${seen}`;
}

function inexactLine(i: Inexact): string {
  return `    boundary  ${i.gold.type.padEnd(6)} ${quote(i.gold)} as ${i.predicted.map(quote).join(', ')}`;
}

/** Per article: what was missed, found with other boundaries, and recognized where the gold has nothing of its type. */
export function detailsText(score: CorpusScore): string {
  const lines: string[] = [];
  for (const { article, score: s } of score.articles) {
    const r = rates(totalOf(s.byType));
    lines.push(`${article.name}: recall ${figure(r.recall)}, precision ${figure(r.precision)}`);
    lines.push(...s.misses.map(missLine), ...s.inexact.map(inexactLine), ...s.spurious.map((p) => `    spurious  ${p.type.padEnd(6)} ${quote(p)}`));
  }
  return lines.join('\n');
}

/** The figures as a table for the terminal. */
export function summaryText(score: CorpusScore): string {
  return evaluationMarkdown(score, { date: new Date(), whatChanged: undefined })
    .split('\n')
    .filter((l) => l.startsWith('|') || l.startsWith('## '))
    .join('\n');
}
