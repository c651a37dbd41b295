// Colours the entities the recognizer finds and those the fact file records, one semantic token
// type per entity type: a mention annotated by hand, or as another type than the recognizer's, has
// the colour of its annotated type, and the recognized mentions it overlaps give way to it (as
// articleStatuses says). The tokens of each piece of the article (see core/recognizer/incremental.ts)
// are encoded once, relative to the piece's first line; a document's tokens are those pieces'
// tokens laid end to end, so an edit costs the encoding of the piece it touched (and of the pieces
// that hold annotations, which are few). After an edit the editor is sent only the tokens that
// changed: a 1 MB article has some 17,000 tokens, 340 kB to carry across to the workbench each time.
import * as vscode from 'vscode';
import { articleStatuses } from '../../core/annotation/status';
import type { FactFile, FactFileMention } from '../../core/factFile/schema';
import { piecePositions, type PlacedPiece, type RecognizedPiece } from '../../core/recognizer/incremental';
import { type Mention, MENTION_TYPES } from '../../core/recognizer/mention';
import { lowerBound } from '../../core/text/binarySearch';
import { minimalArrayReplacement } from '../../core/text/minimalReplacement';
import type { Services } from '../services/services';

const MODIFIERS = ['ambiguous'];
export const LEGEND = new vscode.SemanticTokensLegend([...MENTION_TYPES], MODIFIERS);

/** A piece's tokens in VS Code's encoding, the first one's line counted from the piece's first line. */
interface PieceTokens {
  data: Uint32Array;
  /** Lines of the first and the last token, from the piece's first line. */
  firstLine: number;
  lastLine: number;
}

/** Encodes a piece's mentions as SemanticTokensBuilder would, line by line for a mention across lines. */
function encodePiece(piece: RecognizedPiece): PieceTokens {
  const { spans, lineLengths } = piecePositions(piece);
  // Tokens cannot span lines: a mention across a line break is coloured line by line.
  const tokens: number[][] = [];
  piece.mentions.forEach((mention, k) => {
    const type = MENTION_TYPES.indexOf(mention.type);
    if (type < 0) return;
    const modifiers = mention.alternatives ? 1 : 0;
    const [startLine, startCharacter, endLine, endCharacter] = spans.subarray(4 * k, 4 * k + 4);
    for (let line = startLine; line <= endLine; line++) {
      const from = line === startLine ? startCharacter : 0;
      const to = line === endLine ? endCharacter : lineLengths[line];
      if (to > from) tokens.push([line, from, to - from, type, modifiers]);
    }
  });
  // The builder sorts tokens that come out of order (overlapping mentions across lines); so does this.
  if (tokens.some((t, i) => i > 0 && (t[0] < tokens[i - 1][0] || (t[0] === tokens[i - 1][0] && t[1] < tokens[i - 1][1])))) {
    tokens.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }
  const data = new Uint32Array(5 * tokens.length);
  let previousLine = 0;
  let previousCharacter = 0;
  tokens.forEach(([line, character, length, type, modifiers], i) => {
    data[5 * i] = line - previousLine;
    data[5 * i + 1] = line === previousLine ? character - previousCharacter : character;
    data[5 * i + 2] = length;
    data[5 * i + 3] = type;
    data[5 * i + 4] = modifiers;
    previousLine = line;
    previousCharacter = character;
  });
  return { data, firstLine: tokens.length > 0 ? tokens[0][0] : 0, lastLine: tokens.length > 0 ? tokens[tokens.length - 1][0] : 0 };
}

/** The tokens last sent for a document, which the editor's next request may name to get only a change. */
interface SentTokens {
  resultId: string;
  data: Uint32Array;
}

export class MentionTokensProvider implements vscode.DocumentSemanticTokensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.changed.event;
  private readonly sent = new Map<string, SentTokens>();
  private lastResultId = 0;
  /** Each piece's tokens, encoded once: a piece of text an edit did not touch is the same object (see ArticleAnalysis). */
  private readonly tokensOfPiece = new WeakMap<RecognizedPiece, PieceTokens>();
  /** The tokens of a piece with annotations in it, by the annotations they were encoded with. */
  private readonly annotatedTokensOfPiece = new WeakMap<RecognizedPiece, { annotations: string; tokens: PieceTokens }>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly services: Pick<Services, 'analysis' | 'openFactFiles' | 'index'>) {
    this.disposables = [
      this.changed,
      services.analysis.onDidInvalidate(() => this.changed.fire()),
      // What the fact files record is coloured too.
      services.index.onDidChange(() => this.changed.fire()),
      vscode.workspace.onDidCloseTextDocument((document) => this.sent.delete(document.uri.toString())),
    ];
  }

  provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.SemanticTokens | undefined {
    const data = this.encode(document, token);
    return data && new vscode.SemanticTokens(data, this.remember(document, data));
  }

  provideDocumentSemanticTokensEdits(
    document: vscode.TextDocument,
    previousResultId: string,
    token: vscode.CancellationToken,
  ): vscode.SemanticTokens | vscode.SemanticTokensEdits | undefined {
    const data = this.encode(document, token);
    if (!data) return undefined;
    const before = this.sent.get(document.uri.toString());
    const resultId = this.remember(document, data);
    if (before?.resultId !== previousResultId) return new vscode.SemanticTokens(data, resultId);
    const { start, deleteCount, data: inserted } = minimalArrayReplacement(before.data, data, 5);
    const edits = deleteCount === 0 && inserted.length === 0 ? [] : [new vscode.SemanticTokensEdit(start, deleteCount, inserted)];
    return new vscode.SemanticTokensEdits(edits, resultId);
  }

  private remember(document: vscode.TextDocument, data: Uint32Array): string {
    const resultId = String(++this.lastResultId);
    this.sent.set(document.uri.toString(), { resultId, data });
    return resultId;
  }

  private encode(document: vscode.TextDocument, token: vscode.CancellationToken): Uint32Array | undefined {
    const { pieces } = this.services.analysis.recognition(document);
    if (token.isCancellationRequested) return undefined;
    const annotated = recordedByPiece(pieces, this.services.openFactFiles.current(document));
    const parts = pieces.map((placed, k) => {
      const recorded = annotated.get(k);
      return recorded ? this.annotatedPieceTokens(placed, recorded) : this.pieceTokens(placed.piece);
    });
    let length = 0;
    for (const part of parts) length += part.data.length;
    const data = new Uint32Array(length);
    // Each piece's tokens as they are, but the first: its line is counted from the token before it.
    let at = 0;
    let previousLine = 0;
    parts.forEach((part, k) => {
      if (part.data.length === 0) return;
      const line = pieces[k].line;
      data.set(part.data, at);
      data[at] = line + part.firstLine - previousLine;
      // A piece starts on a line of its own, after the line of any token before it: its first
      // token's character is counted from the start of the line, as encoded.
      at += part.data.length;
      previousLine = line + part.lastLine;
    });
    return data;
  }

  private pieceTokens(piece: RecognizedPiece): PieceTokens {
    let known = this.tokensOfPiece.get(piece);
    if (!known) {
      known = encodePiece(piece);
      this.tokensOfPiece.set(piece, known);
    }
    return known;
  }

  /** A piece's tokens with the annotations in it: each mention as articleStatuses shows it. */
  private annotatedPieceTokens(placed: PlacedPiece, recorded: FactFile): PieceTokens {
    const { piece } = placed;
    const annotations = recorded.mentions.map((m) => `${m.start}:${m.end}:${m.entity ?? `date:${m.date}`}`).join('|');
    const known = this.annotatedTokensOfPiece.get(piece);
    if (known?.annotations === annotations) return known.tokens;
    const mentions = articleStatuses(piece.mentions, recorded).map((s): Mention => s.mention);
    const tokens = encodePiece({ text: piece.text, mentions, lineBreaks: piece.lineBreaks });
    this.annotatedTokensOfPiece.set(piece, { annotations, tokens });
    return tokens;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * The fact file's mentions by the pieces they fall in, each piece's with offsets relative to it
 * (cut to the piece, for a span across pieces), as a fact file of their own; none for pieces
 * without annotations. Orphaned mentions annotate no text.
 */
function recordedByPiece(pieces: readonly PlacedPiece[], factFile: FactFile | undefined): Map<number, FactFile> {
  const found = new Map<number, FactFile>();
  if (!factFile || factFile.mentions.length === 0) return found;
  const starts = pieces.map((p) => p.start);
  for (const m of factFile.mentions) {
    if (m.orphaned) continue;
    for (let k = Math.max(0, lowerBound(starts, m.start + 1) - 1); k < pieces.length && pieces[k].start < m.end; k++) {
      const { start, piece } = pieces[k];
      const from = Math.max(m.start, start) - start;
      const to = Math.min(m.end, start + piece.text.length) - start;
      if (to <= from) continue;
      let own = found.get(k);
      if (!own) found.set(k, (own = { ...factFile, mentions: [], rejections: [] }));
      own.mentions.push({ ...m, start: from, end: to } satisfies FactFileMention);
    }
  }
  return found;
}
