// Where a fact file's mentions and "not an entity" marks are in their article's text.
//
// A stored anchor is its quote with the words around it (quote, prefix, suffix): those say what was
// annotated, and are authoritative. Its offsets (start, end) are where it was when its entry was last
// written: a hint. Saving an edited article rewrites only the entries whose quote or context the edit
// touched (`anchorUpdates`), so that one edit is a few lines of the fact file, not every offset, and
// merges in git with annotations made meanwhile; the offsets of the others can be stale, and every
// reader finds positions through `resolveAnchors`:
//
// - an anchor whose quote, prefix and suffix stand at its offsets is there (the usual case, a few
//   string comparisons per anchor, nothing allocated);
// - else the whole fact file is re-anchored at once (reanchor.ts), as saving the article would.
//
// `anchorUpdates` makes sure the two agree: it keeps an entry's stale offsets only when resolving the
// file it writes gives every anchor the position re-anchoring gave it; where it would not, the new
// offsets of those anchors are written too, until it does.
import { reanchor, reanchorPatch, type ReanchorResult, type StoredAnchor } from './reanchor';
import type { FactFile, FactFileMention, Rejection } from '../factFile/schema';
import type { FactFileEdit } from '../factFile/store';

/** A stored mention as resolving needs it: its anchor, and whether it was found orphaned. */
export type ResolvableMention = StoredAnchor & { orphaned?: boolean };

export interface ResolveOptions {
  /**
   * Whether the caller needs the rejections' positions and a new search for orphaned mentions too
   * (the editor), or only the positions of the mentions not marked orphaned (exports, agreement).
   * Either way those positions are the same; only what triggers a search differs.
   */
  all?: boolean;
}

export interface ResolvedAnchors {
  /**
   * True when every anchor the caller needs stands at its stored offsets, quote and context: each
   * is there, and nothing was searched for. A reader can then take the stored anchors as they are.
   */
  held: boolean;
  /** One result per mention, in order; `orphaned` where its text was not found (or not searched for, see `all`). */
  readonly mentions: readonly ReanchorResult[];
  /** One result per rejection, in order; `orphaned` where its text was not found (or not searched for). */
  readonly rejections: readonly ReanchorResult[];
}

/**
 * True when the anchor's quote, prefix and suffix stand at its stored offsets. (Slices compared:
 * V8 compares them faster than `startsWith` does the same units in a two-byte string.)
 */
export function holdsAtOffsets(text: string, a: StoredAnchor): boolean {
  const { quote, prefix, suffix, start, end } = a;
  return (
    quote.length > 0 &&
    start >= prefix.length &&
    end <= text.length &&
    text.slice(start, end) === quote &&
    text.slice(start - prefix.length, start) === prefix &&
    text.slice(end, end + suffix.length) === suffix
  );
}

/**
 * Where each mention and rejection is in `text`: at its stored offsets when its quote and context
 * stand there, else where re-anchoring all of them at once places it. Deterministic: every reader
 * (exports, agreement, adjudication, the editor, the CLI) gets the same positions from the same
 * fact file and text. When every anchor needed holds (`held`), the results are made only if asked for.
 */
export function resolveAnchors(text: string, mentions: readonly ResolvableMention[], rejections: readonly StoredAnchor[], options: ResolveOptions = {}): ResolvedAnchors {
  const all = options.all === true;
  let mentionsHold = true;
  for (const m of mentions) {
    if (m.orphaned ? all : !holdsAtOffsets(text, m)) {
      mentionsHold = false;
      break;
    }
  }
  if (mentionsHold && (!all || rejections.every((r) => holdsAtOffsets(text, r)))) {
    // An anchor that holds is where re-anchoring would leave it (its first step), whatever the others do.
    let made: { mentions: ReanchorResult[]; rejections: ReanchorResult[] } | undefined;
    const results = () =>
      (made ??= {
        mentions: mentions.map((m) => (m.orphaned ? orphaned(m) : exact(m))),
        rejections: rejections.map((r) => (holdsAtOffsets(text, r) ? exact(r) : orphaned(r))),
      });
    return {
      held: true,
      get mentions() {
        return results().mentions;
      },
      get rejections() {
        return results().rejections;
      },
    };
  }
  // Mentions and rejections in one pass, so that no two of them are given the same span.
  const results = reanchor(text, [...mentions, ...rejections]);
  return { mentions: results.slice(0, mentions.length), rejections: results.slice(mentions.length), held: false };
}

/**
 * The fact file with its mentions and rejections where they are in `text`, for what shows them
 * (the editor's highlights and hovers, the statuses of mentions): a mention whose text is not found
 * is flagged orphaned; a rejection whose text is gone keeps its place, where it matches nothing.
 * The same object when every anchor holds at its offsets.
 */
export function resolvedFactFile(text: string, factFile: FactFile): FactFile {
  const resolved = resolveAnchors(text, factFile.mentions, factFile.rejections, { all: true });
  if (resolved.held) return factFile;
  const moved = <T extends object>(item: T, r: ReanchorResult): T => ({ ...item, quote: r.quote, prefix: r.prefix, suffix: r.suffix, start: r.start, end: r.end });
  return {
    ...factFile,
    mentions: factFile.mentions.map((m, i) => (resolved.mentions[i].status === 'orphaned' ? { ...m, orphaned: true } : { ...moved(m, resolved.mentions[i]), orphaned: undefined })),
    rejections: factFile.rejections.map((r, i) => (resolved.rejections[i].status === 'orphaned' ? r : moved(r, resolved.rejections[i]))),
  };
}

function exact(a: StoredAnchor): ReanchorResult {
  return { quote: a.quote, prefix: a.prefix, suffix: a.suffix, start: a.start, end: a.end, status: 'exact', score: 1 };
}

function orphaned(a: StoredAnchor): ReanchorResult {
  return { quote: a.quote, prefix: a.prefix, suffix: a.suffix, start: a.start, end: a.end, status: 'orphaned', score: 0 };
}

export interface AnchorUpdates {
  /** Patches of mentions by id (`updateMention`), only of those whose entry changes. */
  mentions: { id: string; patch: Partial<Omit<FactFileMention, 'id'>> }[];
  /** Patches of rejections by their place in the file (`updateRejection`). */
  rejections: { index: number; patch: Partial<Pick<Rejection, 'quote' | 'prefix' | 'suffix' | 'start' | 'end'>> }[];
}

/** How many times the written file is checked and more offsets written before all are. */
const ROUNDS = 4;

/**
 * What saving `text` writes of a fact file's mentions and rejections: the entries whose quote,
 * prefix or suffix changed (with their new offsets) and those whose orphaned flag changed. Entries
 * whose anchor stands unchanged elsewhere keep their offsets as a hint, as long as resolving the
 * file as written gives every one of them the position re-anchoring gives: else their new offsets
 * are written as well.
 */
export function anchorUpdates(text: string, mentions: readonly FactFileMention[], rejections: readonly StoredAnchor[]): AnchorUpdates {
  const results = reanchor(text, [...mentions, ...rejections]);
  const stored: ResolvableMention[] = [...mentions, ...rejections];
  // Which entries get their new offsets written: those whose anchor text changed, at first.
  const rewrite = stored.map((a, i) => results[i].status !== 'orphaned' && (a.quote !== results[i].quote || a.prefix !== results[i].prefix || a.suffix !== results[i].suffix));
  for (let round = 0; ; round++) {
    const written = stored.map((a, i) => (rewrite[i] ? { ...a, ...pick(results[i]), orphaned: undefined } : { ...a, orphaned: i < mentions.length ? results[i].status === 'orphaned' : undefined }));
    const resolved = resolveAnchors(text, written.slice(0, mentions.length), written.slice(mentions.length), { all: true });
    const now = [...resolved.mentions, ...resolved.rejections];
    const wrong = results.map((r, i) => r.status !== 'orphaned' && !rewrite[i] && (now[i].status === 'orphaned' || now[i].start !== r.start || now[i].end !== r.end));
    if (!wrong.includes(true)) break;
    // Entries written with their new offsets hold there, and resolve to them.
    wrong.forEach((w, i) => {
      if (w || round + 1 >= ROUNDS) rewrite[i] ||= results[i].status !== 'orphaned';
    });
    if (round + 1 >= ROUNDS) break;
  }
  const updates: AnchorUpdates = { mentions: [], rejections: [] };
  stored.forEach((a, i) => {
    const result = results[i];
    const target = rewrite[i] ? result : { ...result, start: a.start, end: a.end };
    if (i < mentions.length) {
      const patch = reanchorPatch(a, target);
      if (patch) updates.mentions.push({ id: mentions[i].id, patch });
    } else if (result.status !== 'orphaned') {
      // A rejection whose text is gone keeps its place; it no longer matches anything there.
      const patch = reanchorPatch(a, target);
      if (patch) updates.rejections.push({ index: i - mentions.length, patch: { quote: patch.quote, prefix: patch.prefix, suffix: patch.suffix, start: patch.start, end: patch.end } });
    }
  });
  return updates;
}

/**
 * The fact-file edits that saving `text` makes (see `anchorUpdates`), with the hash of the text:
 * what the editor writes, as one undoable edit, when an article is saved.
 */
export function anchorEdits(text: string, factFile: FactFile, hash: string): FactFileEdit[] {
  const updates = anchorUpdates(text, factFile.mentions, factFile.rejections);
  return [
    ...updates.mentions.map(({ id, patch }): FactFileEdit => ({ kind: 'updateMention', id, patch })),
    ...updates.rejections.map(({ index, patch }): FactFileEdit => ({ kind: 'updateRejection', index, patch })),
    { kind: 'setArticle', patch: { textHash: hash } },
  ];
}

function pick(r: ReanchorResult): StoredAnchor {
  return { quote: r.quote, prefix: r.prefix, suffix: r.suffix, start: r.start, end: r.end };
}
