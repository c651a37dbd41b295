// The three-way merge of fact files (`news-annotator merge-facts`), on a seed article annotated
// on two sides through the fact-file writer, as the extension annotates: what each side did is
// in the result, exactly as the writer would have written both sides' edits one after the other,
// and only entries both sides changed differently are left between conflict markers, which the
// fact-file reader then reports entry by entry.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { factFileMention, makeFact, rejection } from '../../src/core/annotation/status';
import { findConflictRegions } from '../../src/core/factFile/conflicts';
import { mergeFactFiles, type MergeResult } from '../../src/core/factFile/merge';
import type { Fact, FactFile, FactFileMention } from '../../src/core/factFile/schema';
import { applyFactFileEdits, newFactFileText, parseFactFile, type FactFileEdit } from '../../src/core/factFile/store';
import type { Mention } from '../../src/core/recognizer/mention';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const TEXT = readFileSync(join(SEEDS, '001_59ba21db933ddaec.txt'), 'utf8');
const BASE = readFileSync(join(SEEDS, '001_59ba21db933ddaec.facts.yaml'), 'utf8');
const FILE = 'seeds/001_59ba21db933ddaec.facts.yaml';
const YEREVAN = 'event:csto-summit-2022-yerevan';

/** The mention of `quote` (its `nth` occurrence in the article) as `entity`. */
function mentionOf(quote: string, entity: string, nth = 1): FactFileMention {
  let start = -1;
  for (let i = 0; i < nth; i++) start = TEXT.indexOf(quote, start + 1);
  assert.ok(start >= 0, `"${quote}" is in the article`);
  const mention: Mention = { start, end: start + quote.length, text: quote, type: entity.slice(0, entity.indexOf(':')) as Mention['type'], id: entity };
  return factFileMention(TEXT, mention);
}

function seed(): FactFile {
  return parseFactFile(BASE, FILE).factFile!;
}

function seedMention(quote: string, entity: string): FactFileMention {
  const found = seed().mentions.find((m) => m.quote === quote && m.entity === entity);
  assert.ok(found, `the seed annotates "${quote}" as ${entity}`);
  return found;
}

function edited(text: string, edits: FactFileEdit[]): string {
  const result = applyFactFileEdits(text, FILE, edits);
  assert.ok(result.ok && result.changed, result.ok ? 'the edits changed nothing' : JSON.stringify(result.problems));
  return result.text;
}

function merged(result: MergeResult): string {
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result));
  assert.deepEqual(result.conflicts, [], 'no conflict');
  return result.text;
}

/** The text with each conflict region resolved to one side: its lines kept, the markers and the other side's lines gone. */
function resolve(text: string, side: 'ours' | 'theirs'): string {
  return text.replace(/^<{7} ours\n([\s\S]*?)^={7}\n([\s\S]*?)^>{7} theirs\n/gm, (_, ours: string, theirs: string) => (side === 'ours' ? ours : theirs));
}

// Annotations the seed does not have, as annotators add them.
const RUSSIAN_LEADER = mentionOf('Russian leader', 'person:vladimir-putin');
const BELARUSIAN_COUNTERPART = mentionOf('Belarusian counterpart', 'person:alexander-lukashenko');
const KAZAKH_LEADER = mentionOf('Kazakh leader', 'person:kassym-jomart-tokayev');

describe('merging fact files', () => {
  it('keeps what each side annotated: the same file as both sides’ edits applied one after the other', () => {
    const oursEdits: FactFileEdit[] = [
      { kind: 'addMention', mention: RUSSIAN_LEADER },
      { kind: 'addFact', fact: makeFact({ type: 'role', person: 'person:vladimir-putin', role: 'President', country: 'place:russia' }, [RUSSIAN_LEADER.id]) },
    ];
    const theirsEdits: FactFileEdit[] = [
      { kind: 'addMention', mention: BELARUSIAN_COUNTERPART },
      { kind: 'addMention', mention: KAZAKH_LEADER },
      { kind: 'addFact', fact: makeFact({ type: 'attendance', person: 'person:alexander-lukashenko', event: YEREVAN, status: 'attended' }, [BELARUSIAN_COUNTERPART.id]) },
    ];
    const ours = edited(BASE, oursEdits);
    const theirs = edited(BASE, theirsEdits);
    const both = edited(BASE, [...oursEdits, ...theirsEdits]);
    assert.equal(merged(mergeFactFiles(BASE, ours, theirs, FILE)), both);
    // Whichever branch merges the other.
    assert.equal(merged(mergeFactFiles(BASE, theirs, ours, FILE)), both);
  });

  it('removes what one side removed, and takes the change the other side made elsewhere', () => {
    const peskov = seedMention('Dmitry Peskov', 'person:dmitry-peskov');
    const tokayev = seed().facts.find((f) => f.type === 'attendance' && f.person === 'person:kassym-jomart-tokayev')!;
    const oursEdits: FactFileEdit[] = [{ kind: 'removeMention', id: peskov.id }];
    const theirsEdits: FactFileEdit[] = [{ kind: 'addFact', fact: { ...tokayev, status: 'absent' } as Fact }, { kind: 'setArticle', patch: { publisher: 'TASS (English)' } }];
    const result = merged(mergeFactFiles(BASE, edited(BASE, oursEdits), edited(BASE, theirsEdits), FILE));
    assert.equal(result, edited(BASE, [...oursEdits, ...theirsEdits]));
    const data = parse(result) as FactFile;
    assert.ok(!data.mentions.some((m) => m.id === peskov.id), 'the mention ours removed is gone');
    assert.ok(!data.facts.some((f) => f.evidence.includes(peskov.id)), 'and so is the role fact it was the only evidence of');
  });

  it('keeps our comments and theirs, and puts their new entries where the writer puts them', () => {
    const comment = (text: string, id: string, note: string) => text.replace(`  - id: ${id}\n`, `  # ${note}\n  - id: ${id}\n`);
    const ours = comment(edited(BASE, [{ kind: 'addMention', mention: RUSSIAN_LEADER }]), RUSSIAN_LEADER.id, 'checked against the audio');
    const theirs = comment(edited(BASE, [{ kind: 'addMention', mention: KAZAKH_LEADER }]), KAZAKH_LEADER.id, 'the Kazakh leader is Tokayev here');
    const result = merged(mergeFactFiles(BASE, ours, theirs, FILE));
    assert.match(result, new RegExp(`  # checked against the audio\\n  - id: ${RUSSIAN_LEADER.id}\\n`));
    assert.match(result, new RegExp(`  # the Kazakh leader is Tokayev here\\n  - id: ${KAZAKH_LEADER.id}\\n`));
    const starts = (parse(result) as FactFile).mentions.map((m) => m.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b), 'mentions stay in the order of the article');
    assert.ok((parse(result) as FactFile).mentions.some((m) => m.id === KAZAKH_LEADER.id));
  });

  it('lets the facts the other side recorded cite the mention one side put in place of theirs', () => {
    // Ours re-annotates "Kremlin" as the presidential administration; theirs records a fact citing the old mention.
    const kremlin = seedMention('Kremlin', 'place:moscow-kremlin');
    const replacement = factFileMention(TEXT, { start: kremlin.start, end: kremlin.end, text: 'Kremlin', type: 'organization', id: 'organization:presidential-administration-of-russia' });
    const oursEdits: FactFileEdit[] = [{ kind: 'replaceMention', id: kremlin.id, mention: replacement }];
    const fact = makeFact({ type: 'role', person: 'person:dmitry-peskov', role: 'Kremlin spokesman', country: 'place:russia' }, [kremlin.id]);
    const theirsEdits: FactFileEdit[] = [{ kind: 'addFact', fact }];
    const result = merged(mergeFactFiles(BASE, edited(BASE, oursEdits), edited(BASE, theirsEdits), FILE));
    assert.equal(result, edited(BASE, [...theirsEdits, ...oursEdits]));
    const recorded = (parse(result) as FactFile).facts.find((f) => f.id === fact.id)!;
    assert.deepEqual(recorded.evidence, [replacement.id]);
  });

  it('lets one side annotate a span as a second entity while the other changes the mention already there', () => {
    const kremlin = seedMention('Kremlin', 'place:moscow-kremlin');
    const second = factFileMention(TEXT, { start: kremlin.start, end: kremlin.end, text: 'Kremlin', type: 'organization', id: 'organization:presidential-administration-of-russia' });
    const oursEdits: FactFileEdit[] = [{ kind: 'updateMention', id: kremlin.id, patch: { orphaned: true } }];
    const theirsEdits: FactFileEdit[] = [{ kind: 'addMention', mention: second }];
    assert.equal(merged(mergeFactFiles(BASE, edited(BASE, oursEdits), edited(BASE, theirsEdits), FILE)), edited(BASE, [...oursEdits, ...theirsEdits]));
  });

  it('merges the evidence two sides added to the same fact', () => {
    const fact = seed().facts.find((f) => f.type === 'attendance' && f.person === 'person:vladimir-putin')!;
    const ours = edited(BASE, [{ kind: 'addMention', mention: RUSSIAN_LEADER }, { kind: 'addFact', fact: { ...fact, evidence: [RUSSIAN_LEADER.id] } }]);
    const theirs = edited(BASE, [{ kind: 'addMention', mention: KAZAKH_LEADER }, { kind: 'addFact', fact: { ...fact, evidence: [KAZAKH_LEADER.id] } }]);
    const result = parse(merged(mergeFactFiles(BASE, ours, theirs, FILE))) as FactFile;
    assert.deepEqual(result.facts.find((f) => f.id === fact.id)!.evidence, [...fact.evidence, RUSSIAN_LEADER.id, KAZAKH_LEADER.id]);
  });

  it('merges a file both sides created', () => {
    const fresh = newFactFileText({ ...seed().article });
    const ours = edited(fresh, [{ kind: 'addMention', mention: RUSSIAN_LEADER }]);
    const theirs = edited(fresh, [{ kind: 'addMention', mention: KAZAKH_LEADER }]);
    assert.equal(merged(mergeFactFiles('', ours, theirs, FILE)), edited(fresh, [{ kind: 'addMention', mention: RUSSIAN_LEADER }, { kind: 'addMention', mention: KAZAKH_LEADER }]));
  });

  describe('a conflict', () => {
    const kremlin = seedMention('Kremlin', 'place:moscow-kremlin');
    const as = (entity: string) => factFileMention(TEXT, { start: kremlin.start, end: kremlin.end, text: 'Kremlin', type: entity.slice(0, entity.indexOf(':')) as Mention['type'], id: entity });
    const oursMention = as('organization:presidential-administration-of-russia');
    const theirsMention = as('organization:government-of-russia');
    // Each side also annotates something else, which merges.
    const ours = edited(BASE, [{ kind: 'replaceMention', id: kremlin.id, mention: oursMention }, { kind: 'addMention', mention: RUSSIAN_LEADER }]);
    const theirs = edited(BASE, [{ kind: 'replaceMention', id: kremlin.id, mention: theirsMention }, { kind: 'addMention', mention: KAZAKH_LEADER }]);

    it('where both sides annotated the same mention as another entity, is between markers around that mention alone', () => {
      const result = mergeFactFiles(BASE, ours, theirs, FILE);
      assert.ok(result.ok);
      assert.deepEqual(result.conflicts, [{ section: 'mentions', ours: [oursMention.id], theirs: [theirsMention.id] }]);
      const regions = findConflictRegions(result.text);
      assert.equal(regions.length, 1);
      assert.deepEqual((parse(`mentions:\n${regions[0].ours}`) as FactFile).mentions, [oursMention]);
      assert.deepEqual((parse(`mentions:\n${regions[0].theirs}`) as FactFile).mentions, [theirsMention]);
      // Outside the markers, both sides' other annotations; resolved either way, the file the writer would have written.
      assert.equal(resolve(result.text, 'ours'), edited(ours, [{ kind: 'addMention', mention: KAZAKH_LEADER }]));
      assert.equal(resolve(result.text, 'theirs'), edited(theirs, [{ kind: 'addMention', mention: RUSSIAN_LEADER }]));
    });

    it('is reported at its lines, naming both entries and what differs, and the file is not written over', () => {
      const result = mergeFactFiles(BASE, ours, theirs, FILE);
      assert.ok(result.ok);
      const { factFile, problems } = parseFactFile(result.text, FILE);
      assert.equal(factFile, undefined);
      assert.equal(problems.length, 1);
      const [problem] = problems;
      const lines = result.text.split('\n');
      assert.equal(lines[problem.line - 1], '<<<<<<< ours');
      assert.equal(lines[problem.endLine! - 1], '>>>>>>> theirs');
      assert.equal(problem.field, 'mentions');
      for (const needed of [oursMention.id, theirsMention.id, 'organization:presidential-administration-of-russia (ours)', 'organization:government-of-russia (theirs)']) {
        assert.ok(problem.message.includes(needed), `"${needed}" in: ${problem.message}`);
      }
      // The writer refuses it, saying why.
      const write = applyFactFileEdits(result.text, FILE, [{ kind: 'addMention', mention: BELARUSIAN_COUNTERPART }]);
      assert.ok(!write.ok);
      assert.match(write.problems[0].message, /^merge conflict \(lines \d+–\d+\): .*annotations are not written to it/);
    });

    it('where both sides recorded another status of one attendance, names the fact and both statuses', () => {
      const fact = seed().facts.find((f) => f.type === 'attendance' && f.person === 'person:kassym-jomart-tokayev')!;
      const result = mergeFactFiles(BASE, edited(BASE, [{ kind: 'addFact', fact: { ...fact, status: 'attended' } as Fact }]), edited(BASE, [{ kind: 'addFact', fact: { ...fact, status: 'absent' } as Fact }]), FILE);
      assert.ok(result.ok);
      assert.deepEqual(result.conflicts, [{ section: 'facts', ours: [fact.id], theirs: [fact.id] }]);
      const [problem] = parseFactFile(result.text, FILE).problems;
      assert.equal(problem.field, 'facts');
      assert.match(problem.message, new RegExp(`${fact.id}: status attended \\(ours\\), absent \\(theirs\\)`));
    });

    it('where one side removed a mention the other side changed', () => {
      const peskov = seedMention('Dmitry Peskov', 'person:dmitry-peskov');
      const ours = edited(BASE, [{ kind: 'removeMention', id: peskov.id }]);
      const theirs = edited(BASE, [{ kind: 'updateMention', id: peskov.id, patch: { orphaned: true } }]);
      const result = mergeFactFiles(BASE, ours, theirs, FILE);
      assert.ok(result.ok);
      assert.deepEqual(result.conflicts, [{ section: 'mentions', ours: [], theirs: [peskov.id] }]);
      assert.match(parseFactFile(result.text, FILE).problems[0].message, new RegExp(`only theirs has ${peskov.id}`));
    });

    it('where one side marked "not an entity" what the other annotated, in both lists', () => {
      const ours = edited(BASE, [{ kind: 'addMention', mention: RUSSIAN_LEADER }]);
      const theirs = edited(BASE, [{ kind: 'addRejection', rejection: rejection(TEXT, { start: RUSSIAN_LEADER.start, end: RUSSIAN_LEADER.end, text: 'Russian leader', type: 'person' }) }]);
      const result = mergeFactFiles(BASE, ours, theirs, FILE);
      assert.ok(result.ok);
      assert.deepEqual(
        result.conflicts.map((c) => c.section),
        ['mentions', 'rejections'],
      );
    });

    it('where one side recorded a fact whose only evidence the other side removed', () => {
      const ours = edited(BASE, [{ kind: 'addMention', mention: RUSSIAN_LEADER }]);
      const fact = makeFact({ type: 'role', person: 'person:vladimir-putin', role: 'Head of State', country: 'place:russia' }, [RUSSIAN_LEADER.id]);
      const theirs = edited(ours, [{ kind: 'addFact', fact }]);
      // Ours takes the mention back after theirs branched off with it.
      const result = mergeFactFiles(ours, edited(ours, [{ kind: 'removeMention', id: RUSSIAN_LEADER.id }]), theirs, FILE);
      assert.ok(result.ok);
      assert.deepEqual(result.conflicts, [{ section: 'facts', ours: [], theirs: [fact.id] }]);
    });

    it('of the article’s fields, around that field', () => {
      const ours = edited(BASE, [{ kind: 'setArticle', patch: { published: '2022-11-22' } }]);
      const theirs = edited(BASE, [{ kind: 'setArticle', patch: { published: '2022-11-24' } }]);
      const result = mergeFactFiles(BASE, ours, theirs, FILE);
      assert.ok(result.ok);
      assert.match(result.text, /^<{7} ours\n  published: 2022-11-22\n={7}\n  published: 2022-11-24\n>{7} theirs\n/m);
      const [problem] = parseFactFile(result.text, FILE).problems;
      assert.equal(problem.field, 'article');
      assert.match(problem.message, /published 2022-11-22 \(ours\), 2022-11-24 \(theirs\)/);
    });
  });

  it('refuses a side that is not a fact file, naming the side, line and field', () => {
    const theirs = edited(BASE, [{ kind: 'addMention', mention: KAZAKH_LEADER }]).replace(`  - id: ${KAZAKH_LEADER.id}\n    entity: person:kassym-jomart-tokayev\n`, `  - id: ${KAZAKH_LEADER.id}\n    entity: Tokayev\n`);
    const result = mergeFactFiles(BASE, edited(BASE, [{ kind: 'addMention', mention: RUSSIAN_LEADER }]), theirs, FILE);
    assert.ok(!result.ok);
    assert.equal(result.side, 'theirs');
    const [problem] = result.problems;
    assert.equal(problem.file, FILE);
    assert.match(problem.field, /^mentions\[\d+\]\.entity$/);
    assert.equal(theirs.split('\n')[problem.line - 1].trim(), 'entity: Tokayev');
  });
});

describe('conflict markers in a fact file', () => {
  it('left by git’s own line merge, are reported at their lines even where the versions are not whole entries', () => {
    const lines = BASE.split('\n');
    const at = lines.findIndex((line) => line.includes('quote: Kremlin press service'));
    lines.splice(at, 1, '<<<<<<< HEAD', '    quote: Kremlin press service', '=======', '    quote: Kremlin press', '>>>>>>> other-branch');
    const { factFile, problems } = parseFactFile(lines.join('\n'), FILE);
    assert.equal(factFile, undefined);
    assert.deepEqual(
      problems.map((p) => [p.line, p.endLine, p.field]),
      [[at + 1, at + 5, 'mentions']],
    );
    assert.match(problems[0].message, /quote Kremlin press service \(ours\), Kremlin press \(theirs\)/);
  });

  it('never closed, are reported too', () => {
    const { problems } = parseFactFile(`${BASE}<<<<<<< ours\n`, FILE);
    assert.match(problems[0].message, /unfinished merge conflict/);
  });
});
