// Re-anchoring the seeds' mentions after edits of every kind: each case says what must happen to
// the mentions it touches, and checks that every other mention is found where its text went.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { anchorAt } from '../../src/core/reanchor/anchor';
import { reanchor, reanchorPatch, type ReanchorResult, type StoredAnchor } from '../../src/core/reanchor/reanchor';
import { parseFactFile } from '../../src/core/factFile/store';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');

interface Mention extends StoredAnchor {
  id: string;
}

function seed(prefix: string): { text: string; mentions: Mention[] } {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))!;
  const text = readFileSync(join(SEEDS, file), 'utf8');
  const { factFile } = parseFactFile(readFileSync(join(SEEDS, file.replace(/\.txt$/, '.facts.yaml')), 'utf8'), file);
  return { text, mentions: factFile!.mentions.map(({ id, quote, prefix, suffix, start, end }) => ({ id, quote, prefix, suffix, start, end })) };
}

/** An edit as a replacement of [start, end), with the map of old offsets outside it to new ones. */
interface Edit {
  start: number;
  end: number;
  insert: string;
}

function apply(text: string, edits: Edit[]): { text: string; map: (offset: number) => number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.insert;
    at = e.end;
  }
  out += text.slice(at);
  const map = (offset: number) => {
    let shift = 0;
    for (const e of sorted) {
      if (offset >= e.end) shift += e.insert.length - (e.end - e.start);
      else if (offset > e.start) return -1;
    }
    return offset + shift;
  };
  return { text: out, map };
}

function touches(m: StoredAnchor, edits: Edit[]): boolean {
  return edits.some((e) => e.start < m.end && e.end > m.start && !(e.start === e.end && (e.start === m.start || e.start === m.end)));
}

/** Every result carries the text at its span and fresh context; an orphan keeps its stored anchor. */
function checkResults(text: string, mentions: readonly StoredAnchor[], results: ReanchorResult[]): void {
  assert.equal(results.length, mentions.length);
  results.forEach((r, i) => {
    if (r.status === 'orphaned') {
      const m = mentions[i];
      assert.deepEqual([r.quote, r.prefix, r.suffix, r.start, r.end, r.score], [m.quote, m.prefix, m.suffix, m.start, m.end, 0]);
      return;
    }
    const fresh = anchorAt(text, r.start, r.end);
    assert.deepEqual([r.quote, r.prefix, r.suffix], [fresh.quote, fresh.prefix, fresh.suffix], `mention ${i} carries the text at its span`);
    assert.ok(r.score > 0 && r.score <= 1);
  });
  const spans = results.filter((r) => r.status !== 'orphaned').map((r) => `${r.start}:${r.end}`);
  assert.equal(new Set(spans).size, spans.length, 'no two mentions share a span');
}

/** Mentions the edits did not touch are found exactly where their text went. */
function checkUntouched(text: string, mentions: readonly Mention[], results: ReanchorResult[], edits: Edit[], map: (o: number) => number): void {
  mentions.forEach((m, i) => {
    if (touches(m, edits)) return;
    const r = results[i];
    const start = map(m.start);
    assert.deepEqual([r.start, r.end, r.quote], [start, start + m.quote.length, m.quote], `${m.id} "${m.quote}" found where it went`);
    assert.equal(r.status, start === m.start ? 'exact' : 'moved', `${m.id} status`);
  });
  checkResults(text, mentions, results);
}

function edited(prefix: string, edits: Edit[]) {
  const { text: old, mentions } = seed(prefix);
  const { text, map } = apply(old, edits);
  const results = reanchor(text, mentions);
  return { old, text, mentions, results, map, find: (id: string) => results[mentions.findIndex((m) => m.id === id)] };
}

describe('re-anchoring', () => {
  it('finds every mention exact in the same text, in O(n) when told the old text', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const { text, mentions } = seed(prefix);
      for (const results of [reanchor(text, mentions), reanchor(text, mentions, { oldText: text })]) {
        assert.ok(results.every((r, i) => r.status === 'exact' && r.score === 1 && r.start === mentions[i].start), prefix);
        checkResults(text, mentions, results);
      }
    }
  });

  it('moves every mention after an insertion before it, and leaves the ones before it exact', () => {
    const { text: old } = seed('001');
    const at = old.indexOf('Putin is expected to meet');
    const edits = [{ start: at, end: at, insert: 'In a statement on Tuesday, the Kremlin confirmed the trip. ' }];
    const { text, mentions, results, map } = edited('001', edits);
    checkUntouched(text, mentions, results, edits, map);
    assert.ok(results.some((r) => r.status === 'moved') && results.some((r) => r.status === 'exact'));
    // At the very start of the text too: the first mention's prefix was the start of the text.
    const first = edited('001', [{ start: 0, end: 0, insert: 'BREAKING\n' }]);
    checkUntouched(first.text, first.mentions, first.results, [{ start: 0, end: 0, insert: 'BREAKING\n' }], first.map);
  });

  it('shifts mentions after a deletion elsewhere, and keeps the ones before it', () => {
    const { mentions } = seed('001');
    // The middle of the widest stretch between two mentions, away from both of their contexts.
    const sorted = [...mentions].sort((a, b) => a.start - b.start);
    let gap = { start: 0, end: 0 };
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i].start - sorted[i - 1].end > gap.end - gap.start) gap = { start: sorted[i - 1].end, end: sorted[i].start };
    }
    assert.ok(gap.end - gap.start > 100);
    const edits = [{ start: gap.start + 40, end: gap.end - 40, insert: '' }];
    const { text, results, map } = edited('001', edits);
    checkUntouched(text, mentions, results, edits, map);
    assert.ok(results.some((r) => r.status === 'moved') && results.some((r) => r.status === 'exact'));
  });

  it('follows a paragraph moved to the end of the article', () => {
    const { text: old, mentions } = seed('001');
    const start = old.indexOf('Help to Armenia\n');
    const end = old.indexOf('\n', old.indexOf('\n', start) + 1) + 1;
    const paragraph = old.slice(start, end);
    const text = old.slice(0, start) + old.slice(end) + '\n' + paragraph.slice(0, -1);
    const results = reanchor(text, mentions);
    const newStart = text.length - paragraph.length + 1;
    const map = (o: number) => (o < start ? o : o < end ? o - start + newStart : o - paragraph.length);
    const inside = mentions.filter((m) => m.start >= start && m.end <= end);
    assert.ok(inside.length >= 3, 'the paragraph holds mentions');
    mentions.forEach((m, i) => {
      assert.deepEqual([results[i].start, results[i].quote], [map(m.start), m.quote], `${m.id} "${m.quote}"`);
    });
    checkResults(text, mentions, results);
  });

  it('keeps each mention of a repeated name on its own occurrence after edits before, between and after them', () => {
    const { text: old, mentions } = seed('001');
    const putins = mentions.filter((m) => m.quote.endsWith('Putin'));
    assert.ok(putins.length >= 4 && putins.filter((m) => m.quote === 'Putin').length >= 2);
    const between = old.indexOf('Putin is expected to meet');
    const sochi = old.indexOf('Russian President Vladimir Putin, Armenian');
    const edits = [
      { start: 0, end: 0, insert: 'Putin said on Monday: Putin will go. ' },
      { start: between, end: between, insert: 'Vladimir Putin and Putin again. ' },
      { start: sochi, end: sochi, insert: 'with Putin, ' },
      { start: old.length, end: old.length, insert: '\nPutin. Vladimir Putin. Putin.' },
    ];
    const { text, results, map } = edited('001', edits);
    checkUntouched(text, mentions, results, edits, map);
    for (const m of putins) assert.notEqual(results[mentions.indexOf(m)].status, 'orphaned', m.id);
  });

  it('keeps the order of mentions whose quote and context are the same, and never gives two of them one span', () => {
    const filler = 'The delegations met again in the capital for talks';
    const block = `${filler} with Putin on the agenda for the next summit meeting. `;
    const old = block.repeat(3);
    const mentions = [0, 1, 2].map((k) => anchorAt(old, k * block.length + block.indexOf('Putin'), k * block.length + block.indexOf('Putin') + 5));
    assert.equal(new Set(mentions.map((m) => m.prefix + '|' + m.suffix)).size, 1, 'the three contexts are the same');
    const text = 'Update. ' + old;
    const results = reanchor(text, mentions);
    assert.deepEqual(results.map((r) => r.start), mentions.map((m) => m.start + 8));
    assert.ok(results.every((r) => r.status === 'moved'));
  });

  it('treats curly and straight quotes, dashes and whitespace around a quote as the same text', () => {
    const { text: old, mentions } = seed('001');
    // Every apostrophe straightened: same length, so offsets hold, and the context differs only typographically.
    const text = old.replace(/\u2019/g, "'");
    const results = reanchor(text, mentions);
    mentions.forEach((m, i) => assert.deepEqual([results[i].status, results[i].start], ['exact', m.start], m.id));
    const csto = mentions.findIndex((m) => m.suffix.startsWith('\u2019s summit'));
    assert.ok(results[csto].suffix.startsWith("'s summit"), 'fresh context from the new text');

    // Double spaces, a non-breaking space and a line break around a name.
    const at = old.indexOf('Russian President Vladimir Putin will visit');
    const edits = [
      { start: at + 'Russian'.length, end: at + 'Russian '.length, insert: '\u00a0' },
      { start: at + 'Russian President'.length, end: at + 'Russian President '.length, insert: '  ' },
      { start: at + 'Russian President Vladimir Putin'.length, end: at + 'Russian President Vladimir Putin '.length, insert: '\r\n' },
    ];
    const spaced = edited('001', edits);
    checkUntouched(spaced.text, spaced.mentions, spaced.results, edits, spaced.map);
  });

  it('re-anchors fuzzily when a quote changes only typographically inside, or by a small edit', () => {
    // A straightened apostrophe inside the quote.
    const italian = seed('004');
    const faculty = italian.mentions.findIndex((m) => m.quote === 'Facoltà di Economia dell’Università RUDN');
    const straight = reanchor(italian.text.replace('dell’Università', "dell'Università"), italian.mentions)[faculty];
    assert.deepEqual([straight.status, straight.quote, straight.start], ['fuzzy', "Facoltà di Economia dell'Università RUDN", italian.mentions[faculty].start]);
    assert.ok(straight.score > 0.9 && straight.score < 1);

    // Curly quotes inside a quote.
    const english = seed('003');
    const gsv = english.mentions.findIndex((m) => m.quote === 'GSV "Russia - Islamic World"');
    const curly = reanchor(english.text.replace('GSV "Russia - Islamic World"', 'GSV “Russia – Islamic World”'), english.mentions)[gsv];
    assert.deepEqual([curly.status, curly.quote], ['fuzzy', 'GSV “Russia – Islamic World”']);

    // A line break and a non-breaking space inside a name.
    const { text: old, mentions } = seed('001');
    const vladimir = mentions.findIndex((m) => m.quote === 'Vladimir Putin');
    const start = mentions[vladimir].start;
    for (const space of ['\u00a0', '\n', ' \n ']) {
      const text = old.slice(0, start) + `Vladimir${space}Putin` + old.slice(mentions[vladimir].end);
      const r = reanchor(text, mentions)[vladimir];
      assert.deepEqual([r.status, r.start, r.quote], ['fuzzy', start, `Vladimir${space}Putin`], JSON.stringify(space));
    }

    // A small edit inside a long name: one letter changed.
    const treaty = mentions.findIndex((m) => m.quote === 'Collective Security Treaty Organization');
    const t = mentions[treaty];
    const british = reanchor(old.slice(0, t.start) + 'Collective Security Treaty Organisation' + old.slice(t.end), mentions)[treaty];
    assert.deepEqual([british.status, british.start, british.end, british.quote], ['fuzzy', t.start, t.end, 'Collective Security Treaty Organisation']);

    // The same edit in a paragraph that also moved to the end of the article.
    const second = mentions.filter((m) => m.quote === 'Collective Security Treaty Organization').pop()!;
    const lineStart = old.lastIndexOf('\n', second.start) + 1;
    const lineEnd = old.indexOf('\n', second.end) + 1;
    const line = old.slice(lineStart, lineEnd).replace('Treaty Organization', 'Treaty Organisation');
    const moved = old.slice(0, lineStart) + old.slice(lineEnd) + '\n' + line.slice(0, -1);
    const far = reanchor(moved, mentions)[mentions.indexOf(second)];
    const expected = moved.length - line.length + 1 + (second.start - lineStart);
    assert.deepEqual([far.status, far.start, far.quote], ['fuzzy', expected, 'Collective Security Treaty Organisation']);
  });

  it('orphans a mention whose text was deleted, keeping its stored anchor', () => {
    const { text: old, mentions } = seed('001');
    const m = mentions.find((x) => x.quote === 'Nikol Pashinyan')!;
    const edits = [{ start: m.start - 1, end: m.end, insert: '' }];
    const { text, results, map, find } = edited('001', edits);
    const r = find(m.id);
    assert.equal(r.status, 'orphaned');
    assert.deepEqual([r.quote, r.prefix, r.suffix, r.start, r.end], [m.quote, m.prefix, m.suffix, m.start, m.end]);
    checkUntouched(text, mentions, results, edits, map);
    assert.ok(old.length > text.length);
  });

  it('never takes another name for the quote: Vladimir Putin replaced by Dmitry Medvedev is orphaned', () => {
    const { mentions } = seed('001');
    const first = mentions.find((m) => m.quote === 'Vladimir Putin')!;
    const edits = [{ start: first.start, end: first.end, insert: 'Dmitry Medvedev' }];
    const { text, results, map, find } = edited('001', edits);
    assert.equal(find(first.id).status, 'orphaned');
    // The other Vladimir Putin keeps its own occurrence, and nothing is anchored inside the new name.
    checkUntouched(text, mentions, results, edits, map);
    const medvedev = text.indexOf('Dmitry Medvedev');
    assert.ok(results.every((r) => r.status === 'orphaned' || r.end <= medvedev || r.start >= medvedev + 15));

    // Every Vladimir Putin replaced, and Russia turned into Russian: all of them orphaned.
    const { text: old } = seed('001');
    const all = old.replace(/Vladimir Putin/g, 'Dmitry Medvedev').replace('Russia’s Black Sea', 'Russian Black Sea');
    const renamed = reanchor(all, mentions);
    mentions.forEach((m, i) => {
      if (m.quote === 'Vladimir Putin' || m.suffix.startsWith('’s Black Sea')) assert.equal(renamed[i].status, 'orphaned', `${m.id} ${m.quote}`);
      else assert.notEqual(renamed[i].status, 'orphaned', `${m.id} ${m.quote}`);
    });
  });

  it('does not trust offsets that still hold the name when another occurrence slid under them', () => {
    const { text: old, mentions } = seed('001');
    // Cut everything before the second "Putin": it now sits where the first one was.
    const second = old.indexOf('Putin is expected to meet');
    const edits = [{ start: 0, end: second, insert: '' }];
    const { text, results, map, find } = edited('001', edits);
    assert.equal(text.slice(0, 5), 'Putin');
    const firstPutin = mentions.find((m) => m.start === 0)!;
    assert.equal(find(firstPutin.id).status, 'orphaned');
    const secondPutin = mentions.find((m) => m.start === second)!;
    assert.deepEqual([find(secondPutin.id).status, find(secondPutin.id).start], ['moved', 0]);
    checkUntouched(text, mentions, results, edits, map);
  });

  it('re-anchors after CRLF line endings', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const { text: old, mentions } = seed(prefix);
      const text = old.replace(/\n/g, '\r\n');
      const results = reanchor(text, mentions);
      const lineBreaksBefore = (o: number) => old.slice(0, o).split('\n').length - 1;
      mentions.forEach((m, i) => {
        const start = m.start + lineBreaksBefore(m.start);
        assert.deepEqual([results[i].start, results[i].quote], [start, m.quote], `${prefix} ${m.id}`);
        assert.equal(results[i].status, start === m.start ? 'exact' : 'moved');
      });
      checkResults(text, mentions, results);
    }
  });

  it('orphans every mention in an empty text', () => {
    const { mentions } = seed('002');
    const results = reanchor('', mentions);
    assert.ok(results.every((r) => r.status === 'orphaned'));
    checkResults('', mentions, results);
  });

  it('gives mentions annotated on the same span the same new span', () => {
    const { text: old, mentions } = seed('003');
    const twin = { ...mentions[5] };
    const all = [...mentions, twin];
    const results = reanchor('Breaking. ' + old, all);
    assert.deepEqual([results[5].start, results[5].end], [mentions[5].start + 10, mentions[5].end + 10]);
    assert.deepEqual(results[all.length - 1], results[5]);
  });

  it('writes the fact file patch: the new anchor, or the orphaned flag, or nothing', () => {
    const { text: old, mentions } = seed('001');
    const m = mentions[0];
    const [moved] = reanchor('News. ' + old, [m]);
    assert.equal(moved.prefix, 'News. ');
    assert.deepEqual(reanchorPatch(m, moved), { prefix: 'News. ', start: m.start + 6, end: m.end + 6 });
    assert.deepEqual(reanchorPatch({ ...m, orphaned: true }, moved), { prefix: 'News. ', start: m.start + 6, end: m.end + 6, orphaned: undefined });
    const [lost] = reanchor('', [m]);
    assert.deepEqual(reanchorPatch(m, lost), { orphaned: true });
    assert.equal(reanchorPatch({ ...m, orphaned: true }, lost), undefined);
    const [same] = reanchor(old, [m]);
    assert.equal(reanchorPatch(m, same), undefined);
  });
});
