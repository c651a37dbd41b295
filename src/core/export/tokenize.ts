// A small tokenizer and sentence splitter for the CoNLL export, for Italian and English news text.
// Tokens are words (letters, marks and digits, joined by inner hyphens, apostrophes or dots, as in
// Kassym-Jomart, l'incontro, 2022-11-23) or single other characters (punctuation, symbols, flags and
// emoji with their modifiers). The boundaries the caller gives (the mentions' edges) always split,
// so no token crosses the edge of a mention.

export interface Token {
  text: string;
  /** UTF-16 offsets in the text. */
  start: number;
  end: number;
}

// An apostrophe at the end of a segment stays with its word: dell'|Organizzazione when a mention
// starts after it.
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:[-'’.·][\p{L}\p{M}\p{N}]+)*(?:['’]$)?`;
const FLAG = String.raw`[\u{1F1E6}-\u{1F1FF}]{2}`;
const EMOJI = String.raw`\p{Extended_Pictographic}(?:\uFE0F|[\u{1F3FB}-\u{1F3FF}]|\u200D\p{Extended_Pictographic}\uFE0F?)*`;
const OTHER = String.raw`[^\s\u200B\u2060][\p{M}\uFE0F]*`;
const TOKEN = new RegExp(`${WORD}|${FLAG}|${EMOJI}|${OTHER}`, 'gu');

/** The tokens of `text`, split also at every offset in `boundaries`, one at a time. */
export function* tokensOf(text: string, boundaries: Iterable<number> = []): Generator<Token> {
  const cuts = [...new Set([0, ...boundaries, text.length])].filter((b) => b >= 0 && b <= text.length).sort((a, b) => a - b);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i];
    const segment = text.slice(from, cuts[i + 1]);
    for (const match of segment.matchAll(TOKEN)) {
      const start = from + (match.index ?? 0);
      yield { text: match[0], start, end: start + match[0].length };
    }
  }
}

/** The tokens of `text`, split also at every offset in `boundaries`. */
export function tokenize(text: string, boundaries: Iterable<number> = []): Token[] {
  return [...tokensOf(text, boundaries)];
}

const TERMINAL = new Set(['.', '!', '?', '…', '。', '！', '？']);
const CLOSING = new Set(['"', '”', '’', "'", '»', ')', ']', '}']);
/** Abbreviations that end with a dot without ending a sentence (lower-cased, without the dot). */
const ABBREVIATIONS = new Set([
  // English
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm', 'sen', 'rep', 'gov', 'pres', 'st', 'jr', 'sr',
  'vs', 'etc', 'approx', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // Italian
  'sig', 'sigg', 'dott', 'avv', 'ing', 'pag', 'cfr', 'ecc', 'giu', 'lug', 'ago', 'ott', 'dic',
]);
const LINE_BREAK = /[\n\r\u2028\u2029\x85]/;

function startsSentence(token: Token): boolean {
  return /^[\p{Lu}\p{Lt}\p{N}"“«'‘(\[]/u.test(token.text) || /^\p{Extended_Pictographic}/u.test(token.text);
}

/** How many tokens before a full stop `endsSentence` looks at: closing quotes and brackets, and the word before. */
const LOOK_BACK = 5;

/** True when a sentence ends after `recent`'s last token, `next` coming after it. */
function endsSentence(recent: readonly Token[], next: Token): boolean {
  const i = recent.length - 1;
  let j = i;
  while (j > 0 && CLOSING.has(recent[j].text) && j > i - 3) j--;
  const token = recent[j];
  if (!TERMINAL.has(token.text)) return false;
  if (token.text === '.' && j > 0 && recent[j - 1].end === token.start) {
    const before = recent[j - 1].text;
    if (ABBREVIATIONS.has(before.toLowerCase())) return false;
    // An initial (V. Putin) or a dotted abbreviation (U.S.).
    if (/^\p{Lu}$/u.test(before) || /^\p{L}(\.\p{L})+$/u.test(before)) return false;
  }
  return startsSentence(next);
}

/**
 * Groups tokens into sentences, one sentence at a time: a sentence ends at a line break, or after
 * final punctuation followed by a token that can start a sentence; never inside one of the
 * `unbreakable` spans (sorted, not overlapping, and never crossed by a token). Only the current
 * sentence and the last few tokens are held.
 */
export function* sentencesOf(text: string, tokens: Iterable<Token>, unbreakable: readonly { start: number; end: number }[] = []): Generator<Token[]> {
  const iterator = tokens[Symbol.iterator]();
  let next = iterator.next();
  // The last tokens, the current one last; as many as endsSentence looks back at.
  const recent: Token[] = [];
  let current: Token[] = [];
  let span = 0;
  while (!next.done) {
    const token = next.value;
    current.push(token);
    recent.push(token);
    if (recent.length > LOOK_BACK) recent.shift();
    next = iterator.next();
    if (next.done) break;
    const gapStart = token.end;
    const gapEnd = next.value.start;
    // The spans are sorted and do not overlap, and no token crosses their edges: the gap is inside
    // a span when the span holds the tokens on both sides of it.
    while (span < unbreakable.length && unbreakable[span].end <= gapStart) span++;
    const holder = unbreakable[span];
    if (holder && holder.start < gapStart && holder.end > gapEnd) continue;
    if (LINE_BREAK.test(text.slice(gapStart, gapEnd)) || endsSentence(recent, next.value)) {
      yield current;
      current = [];
    }
  }
  if (current.length > 0) yield current;
}

/** `sentencesOf`, all at once. */
export function sentences(text: string, tokens: Token[], unbreakable: readonly { start: number; end: number }[] = []): Token[][] {
  return [...sentencesOf(text, tokens, unbreakable)];
}
