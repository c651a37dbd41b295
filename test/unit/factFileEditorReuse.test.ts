// The writer edits a fact file it just wrote from the document it kept, without parsing the text
// again. Whatever the edits, that must write the very text a writer that parses the text afresh
// writes, and read back the same data. A failure names its case and seed:
// FACT_FILE_REUSE_SEED=<seed> FACT_FILE_REUSE_CASES=1 replays it.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeFact } from '../../src/core/annotation/status';
import { mentionId } from '../../src/core/factFile/ids';
import { ATTENDANCE_STATUSES, type FactFile, type FactFileMention } from '../../src/core/factFile/schema';
import { FactFileEditor, parseFactFile, type FactFileEdit } from '../../src/core/factFile/store';
import { type Choices, choices } from '../fuzz/editScripts';

const CASES = Number(process.env.FACT_FILE_REUSE_CASES ?? 40);
const FIRST_SEED = Number(process.env.FACT_FILE_REUSE_SEED ?? 0x5eed1);
const STEPS = 8;
const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const FACT_FILES = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.facts.yaml'))
  .map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }));
const ENTITIES = ['person:vladimir-putin', 'organization:csto', 'place:yerevan'];

/** One step's edits, of the kinds the editor's commands make, against the fact file as it stands. */
function randomEdits(c: Choices, factFile: FactFile, step: number): FactFileEdit[] {
  const edits: FactFileEdit[] = [];
  const mention = factFile.mentions.length > 0 ? c.pick(factFile.mentions) : undefined;
  const what = c.int(7);
  if (mention && what === 0) edits.push({ kind: 'removeMention', id: mention.id });
  else if (mention && what === 1) edits.push({ kind: 'updateMention', id: mention.id, patch: { orphaned: c.chance(0.5) ? true : undefined, start: mention.start + 1, end: mention.end + 1 } });
  else if (mention && what === 2) {
    const entity = c.pick(ENTITIES);
    const { date: _date, orphaned: _orphaned, ...anchor } = mention;
    edits.push({ kind: 'replaceMention', id: mention.id, mention: { ...anchor, entity, id: mentionId(entity, mention.start, mention.quote) } });
  } else if (mention && what === 3) {
    const { quote, prefix, suffix, start, end } = mention;
    edits.push({ kind: 'addRejection', rejection: { quote, prefix, suffix, start, end, ...(mention.entity ? { entity: mention.entity } : {}) } });
  } else if (factFile.facts.length > 0 && what === 4) edits.push({ kind: 'removeFact', id: c.pick(factFile.facts).id });
  else if (what === 5) edits.push({ kind: 'setArticle', patch: { publisher: c.pick(['TASS', 'ANSA', 'Reuters: "world" desk', undefined]) } });
  else {
    const start = 50_000 + step * 100 + c.int(50);
    const quote = c.pick(['Leader', 'the Kremlin', 'Sommet', 'Путин', "l'Organizzazione: #1"]);
    const entity = c.pick(ENTITIES);
    const added: FactFileMention = { id: mentionId(entity, start, quote), entity, quote, prefix: c.pick(['', ' said ', '«']), suffix: '', start, end: start + quote.length };
    edits.push({ kind: 'addMention', mention: added });
    if (c.chance(0.5)) {
      const fact = makeFact({ type: 'attendance', person: `person:attendee-${step}`, event: 'event:csto-summit-2022-yerevan', status: c.pick(ATTENDANCE_STATUSES) }, [added.id]);
      edits.push({ kind: 'addFact', fact });
    }
  }
  return edits;
}

describe('the fact file writer, editing what it wrote last (property)', () => {
  it(`writes what a writer that parses afresh writes, over ${STEPS} edits in turn, in ${CASES} random cases`, function () {
    this.timeout(Math.max(60_000, CASES * 2_000));
    for (let k = 0; k < CASES; k++) {
      const seed = FIRST_SEED + k;
      const c = choices(seed);
      const { name, text: seedText } = c.pick(FACT_FILES);
      const kept = new FactFileEditor();
      let text = seedText;
      let lastData: { text: string; factFile: FactFile } | undefined;
      for (let step = 0; step < STEPS; step++) {
        const context = `case ${k}, step ${step}, seed ${seed} (${name}): FACT_FILE_REUSE_SEED=${seed} FACT_FILE_REUSE_CASES=1 replays it`;
        const edits = randomEdits(c, parseFactFile(text, name).factFile!, step);
        const fromKept = kept.apply(text, name, edits);
        const fromText = new FactFileEditor().apply(text, name, edits);
        assert.ok(fromKept.ok && fromText.ok, context);
        assert.equal(fromKept.text, fromText.text, context);
        assert.deepEqual(fromKept.factFile, fromText.factFile, context);
        assert.deepEqual(fromKept.factFile, parseFactFile(fromKept.text, name).factFile, `${context}: the data given is the text's`);
        // The data an earlier write gave (which the index keeps) is not changed by the edits after it.
        if (lastData) assert.deepEqual(lastData.factFile, parseFactFile(lastData.text, name).factFile, `${context}: an earlier write's data changed`);
        lastData = { text: fromKept.text, factFile: fromKept.factFile };
        // Now and then a hand edit in between: the kept document is not the text's any more.
        text = c.chance(0.2) ? fromKept.text.replace('\nmentions:', '\n# checked by hand\nmentions:') : fromKept.text;
      }
    }
  });
});
