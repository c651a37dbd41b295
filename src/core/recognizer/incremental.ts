// Recognition that follows an article as it is edited: the text is cut into pieces at line breaks
// that no mention can cross, each piece is recognized on its own and remembered by its text, so an
// edit costs the recognition of the piece it touched. The result is the same as recognizing the
// whole text at once (test/unit/incrementalRecognizer.test.ts checks it on random edits).
//
// Why a cut cannot change what is found: entity aliases never contain a line break, but for the
// wraps of a hard-wrapped paragraph (softWraps.ts), which a piece holds whole and reads on its
// own; a date's weekday (`lunedì,\n27 novembre`), the dash of a range (`6-\n13`) and the words of a
// title (`Prime\nMinister`) may cross one, but only after a letter, digit, comma, dash or degree
// sign, so the text is only cut after a line whose last visible character is none of these (a full
// stop, a bracket, a quote...; cuts.ts). Candidates look no further than the end of their line (or
// of their wrapped paragraph). The year for dates without one comes from the whole article's
// dateline and is part of what a piece is kept by.
import type { Mention } from './mention';
import { articleYear, DATELINE_LENGTH, datelineDay, datelineYear } from './dates';
import type { RecognizeOptions, Recognizer } from './recognizer';
import { type PieceNames, type Resolution, type ResolvedPiece, sameResolutions } from './coreference';
import { partitionPoint } from '../text/binarySearch';
import { Cutter, cutPoints } from './cuts';
import { isHardWrapped } from './softWraps';

/** A piece of an article and what was found in it, with offsets relative to the piece. */
export interface RecognizedPiece {
  readonly text: string;
  /** Sorted like `Recognizer.recognize`'s result, offsets relative to the start of the piece. */
  readonly mentions: readonly Mention[];
  /** How many line breaks (\r\n, \r or \n, as editors count them) the piece holds. */
  readonly lineBreaks: number;
}

/** A piece where it stands in the article. */
export class PlacedPiece {
  private shifted: readonly Mention[] | undefined;

  constructor(
    readonly piece: RecognizedPiece,
    /** UTF-16 offset of the piece in the article. */
    readonly start: number,
    /** Zero-based line the piece starts on. */
    readonly line: number,
    /**
     * The same object for as long as the piece stays on the same line, even when its offset
     * changes: a key for what depends on lines only, such as editor ranges.
     */
    readonly lineKey: object = {},
  ) {}

  /** The piece's mentions with offsets in the article. */
  get mentions(): readonly Mention[] {
    if (!this.shifted) {
      const { start } = this;
      this.shifted = start === 0 ? this.piece.mentions : this.piece.mentions.map((m) => ({ ...m, start: m.start + start, end: m.end + start }));
    }
    return this.shifted;
  }
}

/** What was found in one version of an article, piece by piece. */
export class ArticleRecognition {
  private flat: Mention[] | undefined;

  constructor(
    /** In order, covering the text. A piece that stands where it stood in the previous version is the same object. */
    readonly pieces: readonly PlacedPiece[],
    readonly referenceYear: number | undefined,
    readonly candidates: boolean,
    /** The length of the text recognized. */
    readonly length = 0,
    /** The article's day that weekdays were resolved against. */
    readonly articleDay: string | undefined = undefined,
    /** Whether the article was read as hard-wrapped (softWraps.ts). */
    readonly wrapped = false,
  ) {}

  /** Every mention with offsets in the article, as `Recognizer.recognize` gives them. */
  get mentions(): Mention[] {
    if (!this.flat) {
      const all: Mention[] = [];
      for (const placed of this.pieces) for (const m of placed.mentions) all.push(m);
      this.flat = all;
    }
    return this.flat;
  }
}

/** Where a new version of a text differs from the one before: [start, oldEnd) became [start, newEnd). */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * Recognizes one article version after version. Pieces are kept by their text for the last two
 * versions, and those an edit replaced for a while (so that undoing an edit costs nothing either).
 * Told where the text changed, it cuts and looks up only the pieces around the change. One per
 * article and recognizer.
 */
export class IncrementalRecognizer {
  private last: ArticleRecognition | undefined;
  private current = new Map<string, RecognizedPiece>();
  private previous = new Map<string, RecognizedPiece>();

  constructor(readonly recognizer: Recognizer) {}

  /** `change`, if given, says where `text` differs from the text recognized last. */
  /** The dateline year read from the article's opening, kept while the opening stays the same. */
  private dateline: { opening: string; year: number | undefined; days: Map<number | undefined, string | undefined> } | undefined;

  recognize(text: string, options: RecognizeOptions = {}, change?: TextChange): ArticleRecognition {
    const referenceYear = articleYear(text, options, (article) => this.datelineYear(article));
    const articleDay = options.articleDate ?? this.datelineDay(text, referenceYear);
    const candidates = options.candidates !== false;
    const wrapped = isHardWrapped(text);
    // Pieces found with another year or day for dates (or without candidates, or wraps read otherwise) are of no use.
    const last =
      this.last && this.last.referenceYear === referenceYear && this.last.articleDay === articleDay && this.last.candidates === candidates && this.last.wrapped === wrapped
        ? this.last
        : undefined;
    if (!last) this.current = this.previous = new Map();
    const spliced = last && change ? this.splice(text, last, change) : undefined;
    this.last = spliced ?? this.recognizeAll(text, last, referenceYear, candidates, articleDay, wrapped);
    return this.withShortFormsResolved(this.last);
  }

  /** What each piece holds for coreference, worked out once per piece. */
  private readonly namesOfPiece = new WeakMap<RecognizedPiece, PieceNames>();
  /** A piece with its short forms resolved, by the piece as recognized on its own, for the resolution it was made for. */
  private readonly resolvedOfPiece = new WeakMap<RecognizedPiece, { changes: readonly Resolution[]; piece: RecognizedPiece }>();
  /** The resolved piece placed where a piece recognized on its own stood, by the latter's `lineKey`. */
  private readonly placedResolved = new WeakMap<object, PlacedPiece>();

  /**
   * `recognition` with the surnames alone and first names with patronymics of each piece resolved
   * against the people the whole article names in full (coreference.ts): the same as
   * `Recognizer.recognize` gives for the whole text. Pieces that nothing changed in are the same
   * objects, and a resolved piece that stays the same keeps its `lineKey`.
   */
  private withShortFormsResolved(recognition: ArticleRecognition): ArticleRecognition {
    const { coreference } = this.recognizer;
    const pieces = recognition.pieces.map(({ piece, start }) => {
      let names = this.namesOfPiece.get(piece);
      if (!names) this.namesOfPiece.set(piece, (names = coreference.namesIn(piece.text, piece.mentions)));
      return { text: piece.text, start, mentions: piece.mentions, names };
    });
    const resolved = coreference.resolve(pieces);
    if (resolved.every((r) => r.changes.length === 0)) return recognition;
    const placed = recognition.pieces.map((p, k) => this.placedWith(p, resolved[k]));
    return new ArticleRecognition(placed, recognition.referenceYear, recognition.candidates, recognition.length, recognition.articleDay, recognition.wrapped);
  }

  private placedWith(placed: PlacedPiece, resolved: ResolvedPiece): PlacedPiece {
    if (resolved.changes.length === 0) return placed;
    const { piece } = placed;
    let known = this.resolvedOfPiece.get(piece);
    if (!known || !sameResolutions(known.changes, resolved.changes)) {
      known = { changes: resolved.changes, piece: { text: piece.text, mentions: resolved.mentions(), lineBreaks: piece.lineBreaks } };
      this.resolvedOfPiece.set(piece, known);
    }
    const before = this.placedResolved.get(placed.lineKey);
    if (before?.piece === known.piece && before.line === placed.line && before.start === placed.start) return before;
    const moved = new PlacedPiece(known.piece, placed.start, placed.line, before?.piece === known.piece && before.line === placed.line ? before.lineKey : undefined);
    this.placedResolved.set(placed.lineKey, moved);
    return moved;
  }

  private datelineYear(text: string): number | undefined {
    const opening = text.slice(0, DATELINE_LENGTH);
    if (this.dateline?.opening !== opening) this.dateline = { opening, year: datelineYear(opening, DATELINE_LENGTH), days: new Map() };
    return this.dateline.year;
  }

  /** The article's day, read from its opening once for each reference year while the opening stays the same. */
  private datelineDay(text: string, year: number | undefined): string | undefined {
    this.datelineYear(text);
    const days = this.dateline!.days;
    if (!days.has(year)) days.set(year, datelineDay(this.dateline!.opening, year, DATELINE_LENGTH));
    return days.get(year);
  }

  private recognizeAll(text: string, last: ArticleRecognition | undefined, referenceYear: number | undefined, candidates: boolean, articleDay: string | undefined, wrapped: boolean): ArticleRecognition {
    const byText = new Map<string, RecognizedPiece>();
    // Each piece starts a line of its own: the line says which piece stood there before.
    const placedBefore = new Map<number, PlacedPiece>();
    for (const placed of last?.pieces ?? []) placedBefore.set(placed.line, placed);
    const pieces: PlacedPiece[] = [];
    let line = 0;
    for (const [start, end] of cutPoints(text)) {
      const piece = this.piece(text.slice(start, end), referenceYear, candidates, articleDay, wrapped, byText);
      const before = placedBefore.get(line);
      if (before?.piece !== piece) pieces.push(new PlacedPiece(piece, start, line));
      else pieces.push(before.start === start ? before : new PlacedPiece(piece, start, line, before.lineKey));
      line += piece.lineBreaks;
    }
    this.previous = this.current;
    this.current = byText;
    return new ArticleRecognition(pieces, referenceYear, candidates, text.length, articleDay, wrapped);
  }

  /**
   * The recognition of `text` from the last one and where the text changed: the pieces before the
   * change as they were, the pieces around it cut again, and those after it moved. Undefined when
   * the change does not fit the last text.
   */
  private splice(text: string, last: ArticleRecognition, change: TextChange): ArticleRecognition | undefined {
    const delta = text.length - last.length;
    if (change.start < 0 || change.oldEnd < change.start || change.oldEnd > last.length || change.newEnd - change.oldEnd !== delta) return undefined;
    const old = last.pieces;
    // The piece the change starts in (a change right after a cut starts in the piece after it).
    const first = Math.max(0, partitionPoint(0, old.length, (i) => old[i].start <= change.start) - 1);
    const pieces = old.slice(0, first);
    const from = old.length > 0 ? old[first].start : 0;
    let line = old.length > 0 ? old[first].line : 0;
    // Cut again from there until the cuts are those of the old text again: past the change, at a
    // cut whose line ends in text the change did not touch.
    const cuts = new Cutter(text, from);
    let start = from;
    let resume = -1;
    for (let end = cuts.next(); end >= 0; end = cuts.next()) {
      if (end > change.newEnd && cuts.decidedAfter(change.newEnd)) {
        resume = findStart(old, end - delta, first);
        if (resume < 0) return undefined;
      }
      const piece = this.piece(text.slice(start, end), last.referenceYear, last.candidates, last.articleDay, last.wrapped, this.current);
      pieces.push(new PlacedPiece(piece, start, line));
      line += piece.lineBreaks;
      start = end;
      if (resume >= 0) break;
    }
    if (resume < 0) {
      const piece = this.piece(text.slice(start), last.referenceYear, last.candidates, last.articleDay, last.wrapped, this.current);
      pieces.push(new PlacedPiece(piece, start, line));
    } else {
      const lineDelta = line - old[resume].line;
      for (let k = resume; k < old.length; k++) {
        const placed = old[k];
        if (delta === 0 && lineDelta === 0) pieces.push(placed);
        else pieces.push(new PlacedPiece(placed.piece, placed.start + delta, placed.line + lineDelta, lineDelta === 0 ? placed.lineKey : undefined));
      }
    }
    // Pieces an edit replaced stay known for a while; now and then only those in use are kept.
    if (this.current.size > 2 * pieces.length + 512) {
      this.previous = this.current;
      this.current = new Map(pieces.map((p) => [p.piece.text, p.piece]));
    }
    return new ArticleRecognition(pieces, last.referenceYear, last.candidates, text.length, last.articleDay, last.wrapped);
  }

  private piece(text: string, referenceYear: number | undefined, candidates: boolean, articleDay: string | undefined, wrapped: boolean, into: Map<string, RecognizedPiece>): RecognizedPiece {
    let piece = into.get(text) ?? this.current.get(text) ?? this.previous.get(text);
    piece ??= { text, mentions: this.recognizer.recognizeWithYear(text, referenceYear, candidates, articleDay, wrapped), lineBreaks: countLineBreaks(text) };
    into.set(text, piece);
    return piece;
  }
}

/** The index of the piece that starts at `start`, searching from `from`; -1 if none does. */
function findStart(pieces: readonly PlacedPiece[], start: number, from: number): number {
  const i = partitionPoint(from, pieces.length, (k) => pieces[k].start < start);
  return i < pieces.length && pieces[i].start === start ? i : -1;
}

/** Line breaks as editors count them: \r\n, a lone \r and a lone \n are one each. */
export function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) count++;
    else if (code === 0x0d) {
      count++;
      if (text.charCodeAt(i + 1) === 0x0a) i++;
    }
  }
  return count;
}

/** Where each mention of a piece starts and ends, as lines and characters relative to the piece. */
export interface PiecePositions {
  /** Per mention, four numbers: start line, start character, end line, end character. */
  readonly spans: Int32Array;
  /** The length of each line of the piece, without its line break. */
  readonly lineLengths: Int32Array;
}

/** What `piecePositions` gave for each piece: a piece never changes, and its entry goes with it. */
const positionsOfPiece = new WeakMap<RecognizedPiece, PiecePositions>();

/** The line and character positions of a piece's mentions, computed once per piece. */
export function piecePositions(piece: RecognizedPiece): PiecePositions {
  let known = positionsOfPiece.get(piece);
  if (known) return known;
  const { text, mentions } = piece;
  const lineStarts = [0];
  const lineLengths: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x0a && code !== 0x0d) continue;
    lineLengths.push(i - lineStarts[lineStarts.length - 1]);
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    lineStarts.push(i + 1);
  }
  lineLengths.push(text.length - lineStarts[lineStarts.length - 1]);
  // The last line that starts at or before the offset (the first starts at 0).
  const lineOf = (offset: number) => partitionPoint(0, lineStarts.length, (i) => lineStarts[i] <= offset) - 1;
  const spans = new Int32Array(4 * mentions.length);
  mentions.forEach((m, k) => {
    const startLine = lineOf(m.start);
    const endLine = lineOf(m.end);
    spans[4 * k] = startLine;
    spans[4 * k + 1] = m.start - lineStarts[startLine];
    spans[4 * k + 2] = endLine;
    spans[4 * k + 3] = m.end - lineStarts[endLine];
  });
  known = { spans, lineLengths: Int32Array.from(lineLengths) };
  positionsOfPiece.set(piece, known);
  return known;
}
