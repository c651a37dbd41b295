// What the editor's caches rely on from one version of an article to the next (the memo contract,
// written down in src/editor/services/articleAnalysis.ts): an edit leaves the recognizer's objects
// for the text it did not touch as they were, so that the tokens, ranges, diagnostics and statuses
// made from them are kept, and only what the edit touched is made again.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { IncrementalRecognizer, type ArticleRecognition, type TextChange } from '../../src/core/recognizer/incremental';
import { Recognizer } from '../../src/core/recognizer/recognizer';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const article = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => readFileSync(join(SEEDS, n), 'utf8'))
  .join('\n\n');
const recognizer = new Recognizer(bundledKnowledgeBase());

/** `text` with `inserted` at `offset`, and where it changed. */
function insert(text: string, offset: number, inserted: string): { text: string; change: TextChange } {
  return { text: text.slice(0, offset) + inserted + text.slice(offset), change: { start: offset, oldEnd: offset, newEnd: offset + inserted.length } };
}

/** The index of the piece that holds `offset`. */
function pieceAt(recognition: ArticleRecognition, offset: number): number {
  return recognition.pieces.findIndex((p) => p.start <= offset && offset < p.start + p.piece.text.length);
}

describe('the memo contract between the recognizer and the editor', () => {
  // Told where the text changed, as the editor tells it, or left to find out.
  for (const told of [true, false]) {
    describe(told ? 'told where the text changed' : 'left to find the change', () => {
      it('keeps every mention before an edit the same object', () => {
        const incremental = new IncrementalRecognizer(recognizer);
        const before = incremental.recognize(article);
        const at = article.lastIndexOf(' ', article.length - 100);
        const edited = insert(article, at, 'x');
        const after = incremental.recognize(edited.text, {}, told ? edited.change : undefined);
        const untouched = before.mentions.filter((m) => m.end < before.pieces[pieceAt(before, at)].start);
        assert.ok(untouched.length > 100, `mentions before the edit (${untouched.length})`);
        untouched.forEach((mention, k) => assert.equal(after.mentions[k], mention, `mention ${k} ("${mention.text}")`));
      });

      it('keeps the pieces after an edit within a line the same, on the same lines', () => {
        const incremental = new IncrementalRecognizer(recognizer);
        const before = incremental.recognize(article);
        const at = article.indexOf(' ', 200);
        const edited = insert(article, at, 'x');
        const after = incremental.recognize(edited.text, {}, told ? edited.change : undefined);
        const first = pieceAt(before, at) + 1;
        assert.ok(before.pieces.length - first > 20, 'pieces after the edit');
        for (let k = first; k < before.pieces.length; k++) {
          // The same text recognized once (the tokens made from it are kept) and the same lines (the ranges too).
          assert.equal(after.pieces[k].piece, before.pieces[k].piece, `piece ${k}: its recognition`);
          assert.equal(after.pieces[k].lineKey, before.pieces[k].lineKey, `piece ${k}: its lines`);
        }
      });

      it('keeps the recognition of the pieces after an edit that adds a line', () => {
        const incremental = new IncrementalRecognizer(recognizer);
        const before = incremental.recognize(article);
        const at = article.indexOf('.\n', 200) + 2;
        const edited = insert(article, at, 'A new paragraph.\n');
        const after = incremental.recognize(edited.text, {}, told ? edited.change : undefined);
        const moved = before.pieces.filter((p) => p.start >= at);
        assert.ok(moved.length > 20, 'pieces after the edit');
        for (const placed of moved) assert.ok(after.pieces.some((p) => p.piece === placed.piece), `the piece at ${placed.start} recognized once`);
      });
    });
  }
});
