import * as assert from 'node:assert/strict';
import { krippendorffAlphaNominal } from '../../src/core/agreement/alpha';
import { compareWorkspaces } from '../../src/core/agreement/compare';
import { attendanceUnits, NO_FACT, roleUnits } from '../../src/core/agreement/facts';
import { AgreementTable, cohenKappa } from '../../src/core/agreement/kappa';
import { exactF1, linkCounts, overlapF1, type Span, spanCounts } from '../../src/core/agreement/spans';
import { tokenTable } from '../../src/core/agreement/tokens';
import type { PreparedMention } from '../../src/core/export/prepare';
import type { Fact, FactFile, FactFileMention } from '../../src/core/factFile/schema';
import type { AnnotatedArticle } from '../../src/core/workspace/articles';

/** A 2×2 table: yes/yes, yes (A) / no (B), no (A) / yes (B), no/no. */
function twoByTwo(yesYes: number, yesNo: number, noYes: number, noNo: number): AgreementTable {
  const table = new AgreementTable();
  table.add('yes', 'yes', yesYes);
  table.add('yes', 'no', yesNo);
  table.add('no', 'yes', noYes);
  table.add('no', 'no', noNo);
  return table;
}

const close = (actual: number | null, expected: number) => assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `${actual} is not ${expected}`);

describe("agreement: Cohen's κ", () => {
  it('gives 0.4 for the textbook 2×2 table of 50 items (20, 5, 10, 15)', () => {
    // p_o = (20 + 15) / 50 = 0.7. A says yes to 25 of 50 (0.5), B to 30 of 50 (0.6), so
    // p_e = 0.5 · 0.6 + 0.5 · 0.4 = 0.5, and κ = (0.7 − 0.5) / (1 − 0.5) = 0.4.
    const kappa = cohenKappa(twoByTwo(20, 5, 10, 15));
    assert.equal(kappa.items, 50);
    close(kappa.observed, 0.7);
    close(kappa.expected, 0.5);
    close(kappa.kappa, 0.4);
  });

  it('gives a lower κ for the same observed agreement when the marginals differ (45, 15, 25, 15 and 25, 35, 5, 35)', () => {
    // Both tables of 100 items have p_o = 0.6. First: A yes 60, B yes 70, p_e = 0.6·0.7 + 0.4·0.3
    // = 0.54, κ = 0.06 / 0.46. Second: A yes 60, B yes 30, p_e = 0.6·0.3 + 0.4·0.7 = 0.46,
    // κ = 0.14 / 0.54.
    const first = cohenKappa(twoByTwo(45, 15, 25, 15));
    close(first.observed, 0.6);
    close(first.expected, 0.54);
    close(first.kappa, 0.06 / 0.46);
    const second = cohenKappa(twoByTwo(25, 35, 5, 35));
    close(second.expected, 0.46);
    close(second.kappa, 0.14 / 0.54);
  });

  it('gives 1 for perfect agreement on two categories', () => {
    close(cohenKappa(twoByTwo(3, 0, 0, 7)).kappa, 1);
  });

  it('says why κ is undefined with no items, or with one category for everything, instead of NaN', () => {
    const none = cohenKappa(new AgreementTable());
    assert.equal(none.kappa, null);
    assert.equal(none.observed, null);
    assert.match(none.undefinedBecause ?? '', /nothing to compare/);
    const allO = new AgreementTable();
    allO.add('O', 'O', 12);
    const one = cohenKappa(allO);
    assert.equal(one.kappa, null);
    assert.equal(one.observed, 1);
    assert.equal(one.expected, 1);
    assert.match(one.undefinedBecause ?? '', /same category \(O\)/);
  });
});

describe("agreement: Krippendorff's α (nominal)", () => {
  it("gives 0.095 for Krippendorff's binary example of two observers and ten units", () => {
    // Observer 1: 0 1 0 0 0 0 0 0 1 0; observer 2: 1 1 1 0 0 1 0 0 0 0. Units 1, 3, 6 and 9
    // disagree: each adds 2 ordered pairs / (2 − 1), so Σ_{c≠k} o_ck = 8. n_0 = 8 + 6 = 14,
    // n_1 = 6, n = 20. α = 1 − (n − 1) · 8 / (n² − n_0² − n_1²) = 1 − 19 · 8 / 168 = 16/168 = 0.0952.
    const one = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const two = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const alpha = krippendorffAlphaNominal(one.map((v, i) => [String(v), String(two[i])]));
    assert.equal(alpha.pairableValues, 20);
    assert.deepEqual(alpha.valueTotals, { '0': 14, '1': 6 });
    assert.equal(alpha.disagreeingCoincidences, 8);
    close(alpha.alpha, 16 / 168);
  });

  it("gives 0.743 for Krippendorff's example of four observers, twelve units and missing values", () => {
    // Units 1–12 by observers A, B, C, D (. is missing):
    //   A: 1 2 3 3 2 1 4 1 2 . . .    B: 1 2 3 3 2 2 4 1 2 5 . 3
    //   C: . 3 3 3 2 3 4 2 2 5 1 .    D: 1 2 3 3 2 4 4 1 2 5 1 .
    // Unit 12 has one value and is not pairable. Disagreeing coincidences: unit 2 {2,2,2,3}:
    // (16 − 9 − 1)/3 = 2; unit 6 {1,2,3,4}: (16 − 4)/3 = 4; unit 8 {1,1,1,2}: 2; in all 8.
    // n_1 = 9, n_2 = 13, n_3 = 10, n_4 = 5, n_5 = 3, n = 40, Σ n_c² = 384.
    // α = 1 − 39 · 8 / (1600 − 384) = 1 − 312/1216 = 0.7434.
    const a = ['1', '2', '3', '3', '2', '1', '4', '1', '2', undefined, undefined, undefined];
    const b = ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', undefined, '3'];
    const c = [undefined, '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', undefined];
    const d = ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', undefined];
    const alpha = krippendorffAlphaNominal(a.map((v, i) => [v, b[i], c[i], d[i]]));
    assert.equal(alpha.units, 12);
    assert.equal(alpha.pairableUnits, 11);
    assert.equal(alpha.pairableValues, 40);
    assert.deepEqual(alpha.valueTotals, { '1': 9, '2': 13, '3': 10, '4': 5, '5': 3 });
    assert.equal(alpha.disagreeingCoincidences, 8);
    close(alpha.alpha, 1 - 312 / 1216);
  });

  it('says why α is undefined: no units, no unit with two values, or one value everywhere', () => {
    assert.match(krippendorffAlphaNominal([]).undefinedBecause ?? '', /nothing to compare/);
    const unpaired = krippendorffAlphaNominal([['attended', undefined]]);
    assert.equal(unpaired.alpha, null);
    assert.equal(unpaired.pairableUnits, 0);
    assert.match(unpaired.undefinedBecause ?? '', /no unit has values from both sides/);
    const same = krippendorffAlphaNominal([
      ['attended', 'attended'],
      ['attended', 'attended'],
    ]);
    assert.equal(same.alpha, null);
    assert.equal(same.observedDisagreement, 0);
    assert.match(same.undefinedBecause ?? '', /every value is the same \(attended\)/);
  });
});

const span = (start: number, end: number, kind: Span['kind'], entity?: string): Span => ({ start, end, kind, ...(entity ? { entity } : {}) });

describe('agreement: spans and entity links', () => {
  // A: person 0–5, person 10–15, place 20–25. B: person 0–5, person 11–16, organization 20–25, date 30–35.
  const a = [span(0, 5, 'person', 'person:vladimir-putin'), span(10, 15, 'person', 'person:alexander-lukashenko'), span(20, 25, 'place', 'place:minsk')];
  const b = [span(0, 5, 'person', 'person:vladimir-putin'), span(11, 16, 'person', 'person:kassym-jomart-tokayev'), span(20, 25, 'organization', 'organization:csto'), span(30, 35, 'date')];

  it('counts exact and overlapping matches per type, and F1 from them', () => {
    const persons = spanCounts(a.filter((s) => s.kind === 'person'), b.filter((s) => s.kind === 'person'));
    // One of two persons on each side is at the same offsets; both overlap one of the other side's.
    assert.deepEqual(persons, { a: 2, b: 2, exactA: 1, exactB: 1, overlapA: 2, overlapB: 2 });
    assert.deepEqual(exactF1(persons), { precision: 0.5, recall: 0.5, f1: 0.5 });
    assert.deepEqual(overlapF1(persons), { precision: 1, recall: 1, f1: 1 });
    // A place that B marked as an organization is a miss for one type and a spurious span for the other.
    assert.deepEqual(exactF1(spanCounts([a[2]], [])), { precision: null, recall: 0, f1: 0 });
    assert.deepEqual(exactF1(spanCounts([], [])), { precision: null, recall: null, f1: null });
  });

  it('gives the same F1 whichever side is the reference', () => {
    // All types together (types must still match): exact P = 1/4, R = 1/3, F1 = 2/7; overlapping
    // P = 2/4, R = 2/3, F1 = 4/7.
    const ab = spanCounts(a, b);
    const ba = spanCounts(b, a);
    close(exactF1(ab).f1, 2 / 7);
    close(overlapF1(ab).f1, 4 / 7);
    close(exactF1(ba).f1, 2 / 7);
    close(overlapF1(ba).f1, 4 / 7);
    assert.equal(exactF1(ab).precision, exactF1(ba).recall);
  });

  it('compares entity links on overlapping spans of the same type, exact ones counted apart', () => {
    // Putin/Putin at 0–5 (exact, same); Lukashenko/Tokayev at 10–15/11–16 (overlapping, different).
    assert.deepEqual(linkCounts(a, b), { pairs: 2, sameEntity: 1, exactPairs: 1, exactSameEntity: 1 });
  });

  it('pairs each span once, with the span that overlaps it most', () => {
    // A's 0–10 overlaps B's 0–3 (3 characters) and 2–10 (8): it is paired with 2–10, another entity.
    const counts = linkCounts([span(0, 10, 'person', 'person:x')], [span(0, 3, 'person', 'person:x'), span(2, 10, 'person', 'person:y')]);
    assert.deepEqual(counts, { pairs: 1, sameEntity: 0, exactPairs: 0, exactSameEntity: 0 });
  });
});

function prepared(id: string, start: number, end: number, kind: PreparedMention['kind'], text: string): PreparedMention {
  return { id, kind, start, end, quote: text.slice(start, end), prefix: '', suffix: '', codePointStart: start, codePointEnd: end };
}

describe('agreement: tokens in IOB2', () => {
  it('tags the same tokens for both sides and counts the pairs of tags', () => {
    const text = 'Putin met Lukashenko in Minsk.';
    // Tokens: Putin met Lukashenko in Minsk . — A: B-PER O B-PER O B-LOC O; B: B-PER O O O B-LOC O.
    const a = [prepared('m-aaaaaa', 0, 5, 'person', text), prepared('m-bbbbbb', 10, 20, 'person', text), prepared('m-cccccc', 24, 29, 'place', text)];
    const b = [prepared('m-aaaaaa', 0, 5, 'person', text), prepared('m-cccccc', 24, 29, 'place', text)];
    const table = tokenTable(text, a, b);
    assert.deepEqual(table.entries(), [
      { a: 'B-LOC', b: 'B-LOC', count: 1 },
      { a: 'B-PER', b: 'B-PER', count: 1 },
      { a: 'B-PER', b: 'O', count: 1 },
      { a: 'O', b: 'O', count: 3 },
    ]);
    // p_o = 5/6. A: B-PER 2, O 3, B-LOC 1; B: B-PER 1, O 4, B-LOC 1 (of 6). p_e = (2·1 + 3·4 + 1·1)/36
    // = 15/36. κ = (30/36 − 15/36) / (21/36) = 15/21.
    const kappa = cohenKappa(table);
    close(kappa.observed, 5 / 6);
    close(kappa.expected, 15 / 36);
    close(kappa.kappa, 15 / 21);
  });

  it("splits a word at either side's mention edge, so both tag the same tokens", () => {
    // A marks "Kassym" of "Kassym-Jomart", B the whole name: tokens Kassym - Jomart.
    const text = 'Kassym-Jomart';
    const table = tokenTable(text, [prepared('m-aaaaaa', 0, 6, 'person', text)], [prepared('m-bbbbbb', 0, 13, 'person', text)]);
    assert.deepEqual(table.entries(), [
      { a: 'B-PER', b: 'B-PER', count: 1 },
      { a: 'O', b: 'I-PER', count: 2 },
    ]);
    // And the other way round: B's edge splits the word A marked whole.
    const reversed = tokenTable(text, [prepared('m-bbbbbb', 0, 13, 'person', text)], [prepared('m-aaaaaa', 0, 6, 'person', text)]);
    assert.deepEqual(reversed.entries(), [
      { a: 'B-PER', b: 'B-PER', count: 1 },
      { a: 'I-PER', b: 'O', count: 2 },
    ]);
  });
});

const attendance = (person: string, status: 'attended' | 'expected' | 'absent' | 'uncertain', id: string): Fact => ({ id, type: 'attendance', person: `person:${person}`, event: 'event:csto-summit-2022-yerevan', status, evidence: ['m-aaaaaa'] });
const role = (person: string, title: string, id: string, country?: string): Fact => ({ id, type: 'role', person: `person:${person}`, role: title, ...(country ? { country } : {}), evidence: ['m-aaaaaa'] });

describe('agreement: facts', () => {
  it('pairs attendance by person and event, a fact one side left out counted as no fact', () => {
    const a = [attendance('vladimir-putin', 'attended', 'f-000001'), attendance('alexander-lukashenko', 'attended', 'f-000002')];
    const b = [attendance('vladimir-putin', 'attended', 'f-000001'), attendance('alexander-lukashenko', 'absent', 'f-000003'), attendance('kassym-jomart-tokayev', 'expected', 'f-000004')];
    const units = attendanceUnits(a, b);
    assert.deepEqual(
      units.map((u) => [u.unit.split(' ')[0], u.a, u.b]),
      [
        ['person:alexander-lukashenko', 'attended', 'absent'],
        ['person:kassym-jomart-tokayev', NO_FACT, 'expected'],
        ['person:vladimir-putin', 'attended', 'attended'],
      ],
    );
    // n = 6: attended 3, absent 1, (none) 1, expected 1; Σ n_c² = 12; two disagreeing units add
    // 2 each. α = 1 − 5 · 4 / (36 − 12) = 1/6.
    close(krippendorffAlphaNominal(units.map((u) => [u.a, u.b])).alpha, 1 / 6);
  });

  it('takes all of a person’s roles as one value', () => {
    const a = [role('vladimir-putin', 'President', 'f-000001', 'place:russia')];
    const b = [role('vladimir-putin', 'President', 'f-000001', 'place:russia'), role('vladimir-putin', 'Chairman', 'f-000002')];
    assert.deepEqual(roleUnits(a, b), [{ unit: 'person:vladimir-putin', a: 'President of place:russia', b: 'Chairman; President of place:russia' }]);
  });
});

const HASH = `sha256:${'0'.repeat(64)}`;

/** An article with its fact file; a mention's third part is an entity id, or an ISO date for a date. */
function article(path: string, text: string, mentions: [number, number, string][], facts: Fact[] = []): AnnotatedArticle {
  const stored: FactFileMention[] = mentions.map(([start, end, value], i) => ({
    id: `m-${String(i).padStart(6, '0')}`,
    ...(/^\d/.test(value) ? { date: value } : { entity: value }),
    quote: text.slice(start, end),
    prefix: '',
    suffix: '',
    start,
    end,
  }));
  const factFile: FactFile = { schema: 'news-annotator/facts@1', article: { file: path.split('/').pop()!, textHash: HASH }, mentions: stored, facts, rejections: [] };
  return { path, factFilePath: path.replace(/\.txt$/, '.facts.yaml'), text, factFile };
}

describe('agreement: two workspaces', () => {
  const text = 'Putin met Lukashenko in Minsk.';
  const putin: [number, number, string] = [0, 5, 'person:vladimir-putin'];
  const lukashenko: [number, number, string] = [10, 20, 'person:alexander-lukashenko'];
  const minsk: [number, number, string] = [24, 29, 'place:minsk'];

  it('compares the articles both annotated, lists the others, and adds up the totals', () => {
    const a = [article('a.txt', text, [putin, lukashenko, minsk]), article('only-a.txt', text, [putin]), article('d.txt', text, [putin], [attendance('vladimir-putin', 'attended', 'f-000001')])];
    const b = [article('a.txt', text, [putin, minsk]), article('only-b.txt', text, []), article('d.txt', `BREAKING: ${text}`, [], [attendance('vladimir-putin', 'expected', 'f-000002')])];
    const result = compareWorkspaces(a, b);
    assert.deepEqual(result.onlyA, ['only-a.txt']);
    assert.deepEqual(result.onlyB, ['only-b.txt']);
    assert.deepEqual(result.articles.map((x) => x.path), ['a.txt', 'd.txt']);
    assert.deepEqual(result.total.textDiffers, ['d.txt']);
    const [first, second] = result.articles;
    assert.deepEqual(first.disagreements.spans.map((u) => [u.side, u.quote]), [['a', 'Lukashenko']]);
    close(first.spans!.byType.person.exact.f1, 2 / 3);
    close(first.tokens!.kappa, 15 / 21);
    // The texts differ: no offsets compared, but the facts are.
    assert.equal(second.sameText, false);
    assert.equal(second.spans, null);
    assert.equal(second.tokens, null);
    assert.deepEqual(second.disagreements.attendance.map((u) => [u.a, u.b]), [['attended', 'expected']]);
    // Totals hold the tokens of a.txt only, and the units of both.
    assert.equal(result.total.tokens.items, 6);
    assert.equal(result.total.attendance.units, 1);
    assert.equal(result.total.articles, 2);
  });

  it('lists the entities and dates the two gave the same span differently', () => {
    const text = 'On 23 November Putin met Lukashenko.';
    const a = article('a.txt', text, [[3, 14, '2022-11-23'], [15, 20, 'person:vladimir-putin'], [25, 35, 'person:alexander-lukashenko']]);
    const b = article('a.txt', text, [[3, 14, '2023-11-23'], [15, 20, 'person:vladimir-putin'], [25, 35, 'person:alexander-lukashenko-jr']]);
    const [compared] = compareWorkspaces([a], [b]).articles;
    assert.deepEqual(compared.disagreements.dates, [{ start: 3, end: 14, quote: '23 November', a: '2022-11-23', b: '2023-11-23' }]);
    assert.deepEqual(compared.disagreements.links, [{ start: 25, end: 35, quote: 'Lukashenko', a: 'person:alexander-lukashenko', b: 'person:alexander-lukashenko-jr' }]);
    assert.deepEqual(compared.disagreements.spans, []);
    // Dates are spans, not links: 1 of 2 entity pairs agree.
    assert.equal(compared.links?.agreement, 0.5);
    assert.equal(compared.spans?.byType.date.exact.f1, 1);
  });

  it('compares an article of 30,000 mentions with itself without looking at every pair', () => {
    const text = 'Putin. '.repeat(30_000);
    const mentions: [number, number, string][] = Array.from({ length: 30_000 }, (_, i) => [i * 7, i * 7 + 5, 'person:vladimir-putin']);
    const [compared] = compareWorkspaces([article('big.txt', text, mentions)], [article('big.txt', text, mentions)]).articles;
    assert.equal(compared.spans?.all.exact.f1, 1);
    assert.equal(compared.links?.pairs, 30_000);
    assert.equal(compared.tokens?.kappa, 1);
  });

  it('leaves κ and F1 undefined, with the reason, for two empty articles', () => {
    const result = compareWorkspaces([article('e.txt', '', [])], [article('e.txt', '', [])]);
    const [empty] = result.articles;
    assert.equal(empty.tokens?.kappa, null);
    assert.match(empty.tokens?.undefinedBecause ?? '', /nothing to compare/);
    assert.equal(empty.spans?.all.exact.f1, null);
    assert.equal(empty.attendance.alpha, null);
  });
});
