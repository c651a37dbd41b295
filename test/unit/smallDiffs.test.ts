// Small diffs: saving an edited article changes only the fact-file lines of the annotations the
// edit touched (their quote or the words around them changed) and the text hash; the offsets of
// the others stay as they were, a hint that every reader resolves (core/reanchor/resolve.ts). The
// exports of the file saved this way are those of a fact file annotated afresh on the edited text,
// with every offset where its text now is; and under random edits, resolving the saved file gives
// every mention the position re-anchoring gave it.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_FORMATS, runExport, type AnnotatedArticle } from '../../src/core/export/index';
import { textHash } from '../../src/core/factFile/ids';
import type { FactFile, FactFileMention } from '../../src/core/factFile/schema';
import { applyFactFileEdits, parseFactFile } from '../../src/core/factFile/store';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { anchorAt } from '../../src/core/reanchor/anchor';
import { reanchor, type ReanchorResult } from '../../src/core/reanchor/reanchor';
import { anchorEdits, anchorUpdates, resolveAnchors, type ResolvableMention } from '../../src/core/reanchor/resolve';
import { type Doc, type EditContext, type Mention, type Verdict, original, prng, randomEdit, truthOf, verdict, whereNow } from '../fuzz/editScripts';
import { MemoryOutput } from './memoryOutput';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const SEED = '001_59ba21db933ddaec';
const ARTICLE = `${SEED}.txt`;
const FACT_FILE = `${SEED}.facts.yaml`;
const TEXT = readFileSync(join(SEEDS, ARTICLE), 'utf8');
const BASE = readFileSync(join(SEEDS, FACT_FILE), 'utf8');

function parsed(text: string): FactFile {
  const { factFile, problems } = parseFactFile(text, FACT_FILE);
  assert.deepEqual(problems, []);
  return factFile!;
}

/** The fact file as the editor writes it when the article is saved as `text`. */
async function saved(factFileText: string, text: string): Promise<string> {
  const result = applyFactFileEdits(factFileText, FACT_FILE, anchorEdits(text, parsed(factFileText), await textHash(text)));
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
  return result.text;
}

/** The lines of `a` and of `b` outside their longest common subsequence, by index. */
function changedLines(a: readonly string[], b: readonly string[]): { removed: number[]; added: number[] } {
  const lcs: Int32Array[] = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const removed: number[] = [];
  const added: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lcs[i + 1][j] >= lcs[i][j + 1])) removed.push(i++);
    else added.push(j++);
  }
  return { removed, added };
}

/** What a line of a fact file belongs to: a mention or fact by id, or a field of the article. */
function entryOf(lines: readonly string[], at: number): string {
  for (let i = at; i >= 0; i--) {
    const id = /^ {2}- id: (\S+)$/.exec(lines[i]);
    if (id) return id[1];
    const top = /^(\w+):/.exec(lines[i]);
    if (top) return top[1] === 'article' && i !== at ? `article.${/^ {2}(\w+):/.exec(lines[at])?.[1]}` : top[1];
  }
  return 'header';
}

/** The entries a fact-file diff touches. */
function touchedEntries(before: string, after: string): string[] {
  const [a, b] = [before.split('\n'), after.split('\n')];
  const { removed, added } = changedLines(a, b);
  return [...new Set([...removed.map((i) => entryOf(a, i)), ...added.map((i) => entryOf(b, i))])].sort();
}

interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

function applied(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
}

/** Where a mention's text is after the edit, worked out from the edit alone; undefined when it was deleted. */
function whereAfter(m: { start: number; end: number }, edit: TextEdit): [number, number] | undefined {
  const shift = edit.insert.length - (edit.end - edit.start);
  if (m.end <= edit.start) return [m.start, m.end];
  if (m.start >= edit.end) return [m.start + shift, m.end + shift];
  return undefined;
}

/**
 * The fact file annotated afresh on the edited text: every mention with its anchor taken where its
 * text now is; one whose text was deleted marked orphaned, its anchor as it was.
 */
function afresh(factFile: FactFile, text: string, edit: TextEdit, hash: string): FactFile {
  return {
    ...factFile,
    article: { ...factFile.article, textHash: hash },
    mentions: factFile.mentions.map((m): FactFileMention => {
      const span = whereAfter(m, edit);
      return span ? { ...m, ...anchorAt(text, span[0], span[1]) } : { ...m, orphaned: true };
    }),
  };
}

/** The mentions an edit touches: deleted, or with other words around them now. */
function touchedBy(factFile: FactFile, text: string, edit: TextEdit): string[] {
  return factFile.mentions
    .filter((m) => {
      const span = whereAfter(m, edit);
      if (!span) return true;
      const now = anchorAt(text, span[0], span[1]);
      return now.quote !== m.quote || now.prefix !== m.prefix || now.suffix !== m.suffix;
    })
    .map((m) => m.id);
}


async function exported(format: (typeof EXPORT_FORMATS)[number], article: AnnotatedArticle): Promise<{ text: string; files: [string, string][]; skipped: number }> {
  const output = new MemoryOutput();
  const result = await runExport(format, [article], bundledKnowledgeBase(), output);
  return { text: output.text, files: [...output.files].sort(), skipped: result.skippedMentions };
}

/** The edits the unit test makes: at the top, in the middle, and a sentence holding a mention deleted. */
function edits(): [string, TextEdit][] {
  const factFile = parsed(BASE);
  const middle = TEXT.indexOf('\n', TEXT.length / 2);
  // A mention in the middle of the article, and the sentence that holds it.
  const inMiddle = factFile.mentions.find((m) => m.start > TEXT.length / 2 && m.prefix.includes('. ') && !TEXT.slice(m.start, TEXT.indexOf('. ', m.end)).includes('\n'))!;
  const sentenceStart = TEXT.lastIndexOf('. ', inMiddle.start) + 2;
  const sentenceEnd = TEXT.indexOf('. ', inMiddle.end) + 2;
  return [
    ['inserted at the top', { start: 0, end: 0, insert: 'BREAKING: ' }],
    ['inserted in the middle', { start: middle, end: middle, insert: ' The talks went on late into the night.' }],
    ['a sentence holding a mention deleted', { start: sentenceStart, end: sentenceEnd, insert: '' }],
  ];
}

describe('small diffs: saving an edited article', function () {
  this.timeout(60_000);

  for (const [name, edit] of edits()) {
    describe(name, () => {
      const text = applied(TEXT, edit);

      it('changes only the lines of the mentions the edit touched, and the text hash', async () => {
        const after = await saved(BASE, text);
        const expected = [...touchedBy(parsed(BASE), text, edit), 'article.textHash'].sort();
        assert.deepEqual(touchedEntries(BASE, after), expected);
        assert.ok(expected.length - 1 < parsed(BASE).mentions.length / 4, `${expected.length - 1} of ${parsed(BASE).mentions.length} mentions touched`);
        // Saving again changes nothing.
        assert.equal(await saved(after, text), after);
      });

      it('exports in every format what a fact file annotated afresh on the edited text exports', async () => {
        const after = parsed(await saved(BASE, text));
        const fresh = afresh(parsed(BASE), text, edit, after.article.textHash);
        for (const format of EXPORT_FORMATS) {
          const ours = await exported(format, { path: ARTICLE, factFilePath: FACT_FILE, text, factFile: after });
          const theirs = await exported(format, { path: ARTICLE, factFilePath: FACT_FILE, text, factFile: fresh });
          assert.deepEqual(ours, theirs, format);
          assert.equal(ours.skipped, fresh.mentions.filter((m) => m.orphaned).length, `${format}: only the deleted mentions are left out`);
        }
      });
    });
  }

  it('an unchanged article resolves at its stored offsets, searching nothing', () => {
    const factFile = parsed(BASE);
    const resolved = resolveAnchors(TEXT, factFile.mentions, factFile.rejections);
    assert.ok(resolved.held);
    assert.deepEqual(
      resolved.mentions.map((r) => [r.start, r.end]),
      factFile.mentions.map((m) => [m.start, m.end]),
    );
  });
});

describe('small diffs under random edits (property)', function () {
  this.timeout(120_000);
  const SCRIPTS = Number(process.env.SMALL_DIFFS_SCRIPTS ?? 40);
  const seeds = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(SEEDS, file), 'utf8'), factFile: parseFactFile(readFileSync(join(SEEDS, file.replace(/\.txt$/, '.facts.yaml')), 'utf8'), file).factFile! }));
  const words = [...new Set(seeds.flatMap((s) => s.text.split(/\s+/).filter(Boolean)))].sort();
  const names = [...new Set(seeds.flatMap((s) => s.factFile.mentions.map((m) => m.quote)))].sort();

  /** The mentions as saving `text` writes them: only the patched entries change. */
  function save(text: string, mentions: readonly FactFileMention[]): { mentions: FactFileMention[]; written: number } {
    const patches = new Map(anchorUpdates(text, mentions, []).mentions.map((u) => [u.id, u.patch]));
    const next = mentions.map((m) => {
      const patch = patches.get(m.id);
      if (!patch) return m;
      const out = { ...m, ...patch } as FactFileMention & Record<string, unknown>;
      for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
      return out;
    });
    return { mentions: next, written: patches.size };
  }

  /** Where every reader finds each mention: resolved, or orphaned. */
  function resolvedResults(text: string, mentions: readonly ResolvableMention[], all: boolean): ReanchorResult[] {
    const resolved = resolveAnchors(text, mentions, [], { all }).mentions;
    return mentions.map((m, i) => (m.orphaned ? { ...m, status: 'orphaned', score: 0 } : resolved[i]));
  }

  const positions = (results: readonly ReanchorResult[]) => results.map((r) => (r.status === 'orphaned' ? 'orphaned' : `${r.start}-${r.end}`));

  it(`after each of ${SCRIPTS * 5} random edit scripts saved twice, every reader finds each mention where re-anchoring puts it on save, and none wrongly`, () => {
    let saves = 0;
    let mentions = 0;
    let written = 0;
    let anchorsChanged = 0;
    let differ = 0;
    const verdicts = new Map<Verdict, number>();
    seeds.forEach((seed, k) => {
      for (let s = 0; s < SCRIPTS; s++) {
        const random = prng(0x5d1ff + k * 7919 + s);
        const stored: Mention[] = seed.factFile.mentions.map(({ id, quote, prefix, suffix, start, end }) => ({ id, quote, prefix, suffix, start, end }));
        const context: EditContext = { random, mentions: stored, words, names };
        let doc: Doc = original(seed.text, stored);
        // Every offset rewritten on each save (as before small diffs), and small diffs.
        let everyOffset: FactFileMention[] = seed.factFile.mentions;
        let small: FactFileMention[] = seed.factFile.mentions;
        for (let round = 0; round < 2; round++) {
          for (let e = 1 + Math.floor(random() * 3); e > 0; e--) doc = randomEdit(doc, context).doc;
          const text = doc.text;
          const where = `${seed.file} script ${s} save ${round + 1}`;
          const before = everyOffset;
          const results = reanchor(text, everyOffset);
          everyOffset = everyOffset.map((m, i) => (results[i].status === 'orphaned' ? { ...m, orphaned: true } : { ...m, ...anchorAt(text, results[i].start, results[i].end), orphaned: undefined }));
          // What saving finds, and what every reader finds in the file it writes: the same.
          const onSave = reanchor(text, small);
          const next = save(text, small);
          small = next.mentions;
          const read = resolvedResults(text, small, false);
          assert.deepEqual(positions(read), positions(onSave), `${where}: exports`);
          assert.deepEqual(positions(resolvedResults(text, small, true)), positions(onSave), `${where}: the editor`);
          // Where the file written with every offset would say otherwise, the text cannot tell
          // which is right (a pasted copy of a mention with its context): never a wrong place.
          const now = whereNow(doc, seed.text.length);
          read.forEach((r, i) => {
            // Judged against the mention as first annotated: fuzzy where the text there is no longer its quote.
            const found = r.status === 'orphaned' ? r : { ...r, status: text.slice(r.start, r.end) === stored[i].quote ? ('moved' as const) : ('fuzzy' as const) };
            const v = verdict(doc, stored[i], truthOf(doc, stored[i], now), found);
            verdicts.set(v, (verdicts.get(v) ?? 0) + 1);
            assert.notEqual(v, 'wrong', `${where}: ${stored[i].id} "${stored[i].quote}" at ${r.start}-${r.end}`);
          });
          differ += positions(read).filter((p, i) => p !== (everyOffset[i].orphaned ? 'orphaned' : `${everyOffset[i].start}-${everyOffset[i].end}`)).length;
          saves++;
          mentions += small.length;
          written += next.written;
          anchorsChanged += everyOffset.filter((m, i) => m.quote !== before[i].quote || m.prefix !== before[i].prefix || m.suffix !== before[i].suffix || !m.orphaned !== !before[i].orphaned).length;
        }
      }
    });
    console.log(
      `      ${saves} saves of ${mentions} mentions: ${written} entries written, ${anchorsChanged} with a new quote, context or orphaned flag (every offset rewritten: ${mentions}); ` +
        `${differ} placed otherwise than with every offset rewritten; verdicts ${JSON.stringify(Object.fromEntries(verdicts))}`,
    );
  });
});
