// Adjudication of one article: what our fact file (A) and another annotator's (B) disagree on, each
// with the ways to settle it, and the fact-file edits that write a chosen way into A. Both sides are
// read against the article's text as it is now: each mention where its anchor is found, and one whose
// text is not found left out, as the export and `agree` do.
import { anchorAt } from '../reanchor/anchor';
import { compareText, entityTypeOf, type MentionKind, type PreparedArticle, prepareArticle } from '../export/prepare';
import { FACT_FILE_SCHEMA, type Fact, type FactFile, type FactFileMention } from '../factFile/schema';
import type { FactFileEdit } from '../factFile/store';
import { type ArticleAgreement, compareWorkspaces } from './compare';
import { NO_FACT, roleLabel } from './facts';

/** Keep ours (nothing to write), keep theirs, or keep both (two different spans only). */
export type Resolution = 'keepA' | 'keepB' | 'keepBoth';

export type DisagreementKind = 'span' | 'attendance' | 'roles';

/** One side's part in a disagreement. */
export interface DisagreementSide {
  /** The mentions this side marked there (for facts: the mentions its facts cite). */
  mentions: FactFileMention[];
  /** The facts this side recorded about the unit (attendance and roles only). */
  facts: Fact[];
  /** What this side says, in one line: the marked quotes and what they name, the status, or the roles; NO_FACT for nothing. */
  summary: string;
}

export interface Disagreement {
  /** Stable while the two fact files stay as they are: the kind and where it is, or the unit of facts. */
  id: string;
  kind: DisagreementKind;
  /** Where it is in the article (UTF-16 offsets): the spans, or the first mention the facts cite. */
  start: number;
  end: number;
  a: DisagreementSide;
  b: DisagreementSide;
  resolutions: Resolution[];
}

export interface Adjudication {
  disagreements: Disagreement[];
  /** The article's figures, as `agree` gives them, on the same text for both sides. */
  agreement: ArticleAgreement;
}

const kindOf = (m: FactFileMention): MentionKind => (m.entity !== undefined ? entityTypeOf(m.entity) : 'date');
const valueOf = (m: FactFileMention): string => m.entity ?? m.date ?? '';
const byPosition = (x: FactFileMention, y: FactFileMention) => x.start - y.start || x.end - y.end || compareText(valueOf(x), valueOf(y));

function mentionsSummary(mentions: readonly FactFileMention[]): string {
  return mentions.length === 0 ? NO_FACT : mentions.map((m) => `"${m.quote}" ${valueOf(m)}`).join('; ');
}

/**
 * The stored mentions found in the text, with their anchors where the prepared article found them
 * (stored offsets are hints: core/reanchor/resolve.ts).
 */
function anchoredMentions(factFile: FactFile, prepared: PreparedArticle): FactFileMention[] {
  // Every anchored mention, not only those facts cite (`prepared.anchored`).
  const anchored = new Map(prepared.mentions.map((m) => [m.id, m]));
  return factFile.mentions.flatMap((m) => {
    const found = anchored.get(m.id);
    return found ? [{ ...m, ...anchorAt(prepared.text, found.start, found.end) }] : [];
  });
}

function emptyLike(other: FactFile): FactFile {
  return { schema: FACT_FILE_SCHEMA, article: other.article, mentions: [], facts: [], rejections: [] };
}

/** Mentions at one spot (type and offsets), by side. */
interface Spot {
  a: FactFileMention[];
  b: FactFileMention[];
}

function spotsOf(a: readonly FactFileMention[], b: readonly FactFileMention[]): Map<string, Spot> {
  const spots = new Map<string, Spot>();
  const add = (side: 'a' | 'b', m: FactFileMention) => {
    const key = `${kindOf(m)} ${m.start} ${m.end}`;
    let spot = spots.get(key);
    if (!spot) spots.set(key, (spot = { a: [], b: [] }));
    spot[side].push(m);
  };
  for (const m of a) add('a', m);
  for (const m of b) add('b', m);
  return spots;
}

const spanKey = (m: { start: number; end: number }) => `${m.start} ${m.end}`;

function spanDisagreement(a: FactFileMention[], b: FactFileMention[]): Disagreement {
  a.sort(byPosition);
  b.sort(byPosition);
  const all = [...a, ...b];
  const start = Math.min(...all.map((m) => m.start));
  const end = Math.max(...all.map((m) => m.end));
  // Two entities on the same span cannot both stand: keeping both is offered for different spans only.
  const bSpans = new Set(b.map(spanKey));
  const canKeepBoth = a.length > 0 && b.length > 0 && !a.some((m) => bSpans.has(spanKey(m)));
  return {
    id: `span:${start}-${end}:${a.map(valueOf).join(',')}|${b.map(valueOf).join(',')}`,
    kind: 'span',
    start,
    end,
    a: { mentions: a, facts: [], summary: mentionsSummary(a) },
    b: { mentions: b, facts: [], summary: mentionsSummary(b) },
    resolutions: canKeepBoth ? ['keepA', 'keepB', 'keepBoth'] : ['keepA', 'keepB'],
  };
}

/**
 * The mention disagreements: at a spot both marked, the entities (or dates) one side gave that the
 * other did not; elsewhere, what one side marked and the other did not, with the other side's
 * overlapping spans (a different extent or type) in the same disagreement.
 */
function mentionDisagreements(a: readonly FactFileMention[], b: readonly FactFileMention[]): Disagreement[] {
  const out: Disagreement[] = [];
  const lone: { side: 'a' | 'b'; mention: FactFileMention }[] = [];
  for (const spot of spotsOf(a, b).values()) {
    if (spot.a.length === 0 || spot.b.length === 0) {
      for (const m of spot.a) lone.push({ side: 'a', mention: m });
      for (const m of spot.b) lone.push({ side: 'b', mention: m });
      continue;
    }
    const valuesA = new Set(spot.a.map(valueOf));
    const valuesB = new Set(spot.b.map(valueOf));
    const onlyA = spot.a.filter((m) => !valuesB.has(valueOf(m)));
    const onlyB = spot.b.filter((m) => !valuesA.has(valueOf(m)));
    if (onlyA.length + onlyB.length > 0) out.push(spanDisagreement(onlyA, onlyB));
  }
  // What only one side marked, gathered with whatever overlaps it into one disagreement.
  lone.sort((x, y) => x.mention.start - y.mention.start || x.mention.end - y.mention.end);
  let group: typeof lone = [];
  let groupEnd = -1;
  const flush = () => {
    if (group.length === 0) return;
    out.push(spanDisagreement(group.filter((g) => g.side === 'a').map((g) => g.mention), group.filter((g) => g.side === 'b').map((g) => g.mention)));
    group = [];
  };
  for (const item of lone) {
    if (item.mention.start >= groupEnd) flush();
    group.push(item);
    groupEnd = group.length === 1 ? item.mention.end : Math.max(groupEnd, item.mention.end);
  }
  flush();
  return out;
}

/** A side's facts grouped by unit: `attendance` per person and event, `roles` per person. */
function factUnits(facts: readonly Fact[]): Map<string, { kind: 'attendance' | 'roles'; facts: Fact[] }> {
  const units = new Map<string, { kind: 'attendance' | 'roles'; facts: Fact[] }>();
  for (const fact of facts) {
    if (fact.type === 'summit') continue;
    const [kind, unit] = fact.type === 'attendance' ? (['attendance', `attendance:${fact.person} ${fact.event}`] as const) : (['roles', `roles:${fact.person}`] as const);
    let entry = units.get(unit);
    if (!entry) units.set(unit, (entry = { kind, facts: [] }));
    entry.facts.push(fact);
  }
  return units;
}

function factValue(facts: readonly Fact[]): string {
  const values = facts.map((f) => (f.type === 'attendance' ? f.status : f.type === 'role' ? roleLabel(f) : ''));
  return values.length === 0 ? NO_FACT : [...new Set(values)].sort(compareText).join('; ');
}

/**
 * The attendance and role disagreements: units where the two sides' values differ. Keeping B
 * removes A's facts of the unit and writes B's, with the mentions they cite.
 */
function factDisagreements(aFacts: readonly Fact[], aMentions: ReadonlyMap<string, FactFileMention>, bFacts: readonly Fact[], bMentions: ReadonlyMap<string, FactFileMention>): Disagreement[] {
  const unitsA = factUnits(aFacts);
  const unitsB = factUnits(bFacts);
  const out: Disagreement[] = [];
  for (const unit of [...new Set([...unitsA.keys(), ...unitsB.keys()])].sort(compareText)) {
    const factsA = unitsA.get(unit)?.facts ?? [];
    const factsB = unitsB.get(unit)?.facts ?? [];
    const valueA = factValue(factsA);
    const valueB = factValue(factsB);
    if (valueA === valueB) continue;
    const cited = (facts: readonly Fact[], mentions: ReadonlyMap<string, FactFileMention>) =>
      [...new Set(facts.flatMap((f) => f.evidence))].map((id) => mentions.get(id)).filter((m) => m !== undefined).sort(byPosition);
    const evidenceA = cited(factsA, aMentions);
    const evidenceB = cited(factsB, bMentions);
    const first = [...evidenceA, ...evidenceB].sort(byPosition)[0];
    out.push({
      id: unit,
      kind: (unitsA.get(unit) ?? unitsB.get(unit))!.kind,
      start: first?.start ?? 0,
      end: first?.end ?? 0,
      a: { mentions: evidenceA, facts: factsA, summary: valueA },
      b: { mentions: evidenceB, facts: factsB, summary: valueB },
      resolutions: ['keepA', 'keepB'],
    });
  }
  return out;
}

/** The facts of a prepared article that still cite a mention found in the text. */
const evidencedFacts = (prepared: PreparedArticle): Fact[] => prepared.facts.filter((f) => f.evidence.length > 0);

/**
 * What A and B disagree on in one article whose text is `text` (A's fact file is undefined when
 * the article has none yet), in the order of the text, facts after the spans at the same place.
 */
export function adjudicate(path: string, text: string, a: FactFile | undefined, b: FactFile): Adjudication {
  const factFileA = a ?? emptyLike(b);
  const articleA = { path, factFilePath: path, text, factFile: factFileA };
  const articleB = { path, factFilePath: path, text, factFile: b };
  const preparedA = prepareArticle(articleA);
  const preparedB = prepareArticle(articleB);
  const mentionsA = anchoredMentions(factFileA, preparedA);
  const mentionsB = anchoredMentions(b, preparedB);
  const disagreements = [
    ...mentionDisagreements(mentionsA, mentionsB),
    ...factDisagreements(evidencedFacts(preparedA), new Map(mentionsA.map((m) => [m.id, m])), evidencedFacts(preparedB), new Map(mentionsB.map((m) => [m.id, m]))),
  ];
  const kindOrder: Record<DisagreementKind, number> = { span: 0, attendance: 1, roles: 2 };
  disagreements.sort((x, y) => x.start - y.start || x.end - y.end || kindOrder[x.kind] - kindOrder[y.kind] || compareText(x.id, y.id));
  const agreement = compareWorkspaces([articleA], [articleB]).articles[0];
  return { disagreements, agreement };
}

/**
 * The edits of A's fact file that settle a disagreement the chosen way; none for keeping A's side.
 * Throws when the resolution is not one the disagreement offers.
 */
export function resolutionEdits(disagreement: Disagreement, resolution: Resolution): FactFileEdit[] {
  if (!disagreement.resolutions.includes(resolution)) throw new Error(`${disagreement.id}: "${resolution}" is not offered`);
  const { a, b } = disagreement;
  switch (resolution) {
    case 'keepA':
      return [];
    case 'keepBoth':
      return b.mentions.map((mention) => ({ kind: 'addMention', mention }));
    case 'keepB':
      return disagreement.kind === 'span' ? takeMentions(a.mentions, b.mentions) : takeFacts(a.facts, b.facts, b.mentions);
  }
}

/** A's mentions give way to B's; one in place of one keeps the facts that cite it. */
function takeMentions(a: readonly FactFileMention[], b: readonly FactFileMention[]): FactFileEdit[] {
  if (a.length === 1 && b.length === 1) return [{ kind: 'replaceMention', id: a[0].id, mention: b[0] }];
  return [...a.map((m): FactFileEdit => ({ kind: 'removeMention', id: m.id })), ...b.map((mention): FactFileEdit => ({ kind: 'addMention', mention }))];
}

/** A's facts of the unit give way to B's, which come with the mentions they cite. */
function takeFacts(a: readonly Fact[], b: readonly Fact[], evidence: readonly FactFileMention[]): FactFileEdit[] {
  return [
    ...a.map((f): FactFileEdit => ({ kind: 'removeFact', id: f.id })),
    ...evidence.map((mention): FactFileEdit => ({ kind: 'addMention', mention })),
    ...b.map((fact): FactFileEdit => ({ kind: 'addFact', fact })),
  ];
}
