// CoNLL with IOB tags: a token per line, its tag in the last column (`Putin<TAB>B-PER`, or
// CoNLL-2003's `Putin NNP B-NP B-PER`), a blank line after each sentence, and `-DOCSTART-` lines
// between documents (this project's CoNLL export writes `-DOCSTART-<TAB>O` before each article and
// no file name). IOB2 is the reference; IOB1 (an I- tag that starts a span), BIOES/BILOU (E-, S-,
// L-, U-) and bare labels (IO) are read too, and the report says so.
//
// A CoNLL file has no text, only tokens: each document's text is rebuilt from them, a space between
// tokens except where punctuation usually sits against a word (before `.,;:!?)` and closing quotes,
// after `(` and opening quotes, around an apostrophe inside a word and a slash: and/or, /TASS/), a
// line break between sentences. Spans carry offsets into that text, their quote and its context, so the importer finds
// them in the article as it finds mentions after an edit; whitespace differences are folded there.
import type { FormatReader, ImportedDocument, ImportedSpan, SourceFile } from '../document';
import { baseName, problemAt, quoteWithContext } from './common';

interface Token {
  text: string;
  sentence: number;
}

interface TokenSpan {
  label: string;
  first: number;
  last: number;
}

interface Document {
  line: number;
  tokens: Token[];
  spans: TokenSpan[];
  problems: string[];
  /** I- tags that began a span (IOB1, or IOB2 missing its B-), and the first one's line. */
  insideStarts: number;
  firstInsideStart?: number;
  /** E-/S-/L-/U- tags seen, and bare labels (no prefix) seen. */
  bioes: boolean;
  bare: boolean;
}

const TAG = /^([BIESLU])-(.+)$/;

/** Tokens that sit against the token before them. */
const CLOSING = /^(?:[.,;:!?%)\]}»”…°]|\.\.\.|'s|’s|n't|n’t)$/u;
/** Tokens that sit against the token after them. */
const OPENING = /^[([{«“„‘¿¡]$/u;
const APOSTROPHE = /^['’]$/;
/** A word cut before an apostrophe's vowel: dell’, l', all’. */
const ELIDED = /^\p{L}+['’]$/u;
/** What English writes after an apostrophe: Organization’s, don't, we'll. */
const CLITIC = /^(?:s|t|d|m|ll|re|ve)$/i;

/**
 * The tokens of one sentence as text: spaces between them except where the text most likely had
 * none. Returns the text and each token's start in it.
 */
export function joinTokens(tokens: readonly string[]): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  let straightQuotes = 0;
  let glueNext = true;
  let previous = '';
  for (const token of tokens) {
    const isStraightQuote = token === '"';
    const closesQuote = isStraightQuote && straightQuotes % 2 === 1;
    // An apostrophe right after a word (Organization|’|s), and what follows an elided word (dell’|Organizzazione).
    const apostrophe = APOSTROPHE.test(token) && /[\p{L}\p{N}]$/u.test(previous);
    const afterApostrophe = (ELIDED.test(previous) && /^\p{L}/u.test(token)) || (APOSTROPHE.test(previous) && CLITIC.test(token));
    const glue = glueNext || CLOSING.test(token) || closesQuote || apostrophe || afterApostrophe || token === '/';
    if (!glue) text += ' ';
    starts.push(text.length);
    text += token;
    if (isStraightQuote) straightQuotes++;
    glueNext = OPENING.test(token) || (isStraightQuote && !closesQuote) || token === '/';
    previous = token;
  }
  return { text, starts };
}

function newDocument(line: number): Document {
  return { line, tokens: [], spans: [], problems: [], insideStarts: 0, bioes: false, bare: false };
}

/** Reads one tag into the document's spans; `open` is the span the previous token is in. */
function readTag(doc: Document, tag: string, index: number, open: TokenSpan | undefined, path: string, line: number): TokenSpan | undefined {
  if (tag === 'O' || tag === '_' || tag === '-X-') return undefined;
  const match = TAG.exec(tag);
  if (!match) {
    if (/^[BIESLU]$/.test(tag)) {
      doc.problems.push(problemAt(path, line, `the tag ${tag} names no label; the token is read as outside any span`));
      return undefined;
    }
    // A bare label (the IO scheme): consecutive tokens with the same label are one span.
    doc.bare = true;
    if (open && open.label === tag) {
      open.last = index;
      return open;
    }
    const span = { label: tag, first: index, last: index };
    doc.spans.push(span);
    return span;
  }
  const [, prefix, label] = match;
  const continues = open !== undefined && open.label === label;
  if (prefix === 'I' || prefix === 'E' || prefix === 'L') {
    if (prefix !== 'I') doc.bioes = true;
    if (continues) {
      open.last = index;
      return prefix === 'I' ? open : undefined;
    }
    doc.insideStarts++;
    doc.firstInsideStart ??= line;
    const span = { label, first: index, last: index };
    doc.spans.push(span);
    return prefix === 'I' ? span : undefined;
  }
  if (prefix === 'S' || prefix === 'U') doc.bioes = true;
  const span = { label, first: index, last: index };
  doc.spans.push(span);
  return prefix === 'B' ? span : undefined;
}

/** The document's text rebuilt from its tokens, and its spans in that text. */
function finish(doc: Document, path: string, source: string, name: string | undefined): ImportedDocument {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  for (let i = 0; i < doc.tokens.length; ) {
    const sentence = doc.tokens[i].sentence;
    let j = i;
    while (j < doc.tokens.length && doc.tokens[j].sentence === sentence) j++;
    const joined = joinTokens(doc.tokens.slice(i, j).map((t) => t.text));
    if (text.length > 0) text += '\n';
    for (let k = i; k < j; k++) {
      starts.push(text.length + joined.starts[k - i]);
      ends.push(text.length + joined.starts[k - i] + doc.tokens[k].text.length);
    }
    text += joined.text;
    i = j;
  }
  const spans: ImportedSpan[] = doc.spans.map((s) => {
    const start = starts[s.first];
    const end = ends[s.last];
    return { label: s.label, start, end, ...quoteWithContext(text, start, end) };
  });
  const problems = [...doc.problems];
  if (doc.insideStarts > 0) {
    problems.push(problemAt(path, doc.firstInsideStart, `${doc.insideStarts} I- (or E-) ${doc.insideStarts === 1 ? 'tag begins' : 'tags begin'} a span with no B- before it, as IOB1 writes; read as the start of a span`));
  }
  if (doc.bioes) problems.push(problemAt(path, doc.line, 'tags in BIOES/BILOU (E-, S-, L-, U-): read as spans, as IOB2 would mark them'));
  if (doc.bare) problems.push(problemAt(path, doc.line, 'tags without a B-/I- prefix (IO): consecutive tokens with the same label read as one span'));
  return { source, ...(name !== undefined ? { name } : {}), text, spans, facts: [], problems };
}

function readFile(file: SourceFile): ImportedDocument[] {
  const documents: Document[] = [];
  let current: Document | undefined;
  let sentence = 0;
  let open: TokenSpan | undefined;
  const lines = file.text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '') {
      sentence++;
      open = undefined;
      return;
    }
    const columns = raw.includes('\t') ? raw.split('\t').map((c) => c.trim()) : trimmed.split(/\s+/);
    if (columns[0] === '-DOCSTART-') {
      current = newDocument(line);
      documents.push(current);
      open = undefined;
      sentence++;
      return;
    }
    if (current === undefined) {
      current = newDocument(line);
      documents.push(current);
    }
    const token = columns[0];
    if (columns.length < 2 || token === '') {
      current.problems.push(problemAt(file.path, line, `a token line needs a token and a tag, separated by a tab or spaces; found ${JSON.stringify(raw.slice(0, 60))}; read as a token outside any span`));
      open = undefined;
      if (token !== '') current.tokens.push({ text: token, sentence });
      return;
    }
    const index = current.tokens.length;
    current.tokens.push({ text: token, sentence });
    open = readTag(current, columns[columns.length - 1], index, open, file.path, line);
  });
  const kept = documents.filter((d) => d.tokens.length > 0 || d.problems.length > 0);
  return kept.map((doc, k) => finish(doc, file.path, kept.length === 1 ? file.path : `${file.path}#${k + 1}`, kept.length === 1 ? baseName(file.path) : undefined));
}

export const readConll: FormatReader = (files) => files.flatMap(readFile);
