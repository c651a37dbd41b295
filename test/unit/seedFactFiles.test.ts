// The seeds ship annotated: their fact files must be valid, anchored to the text as it is, cite
// only entities the bundled knowledge base has, and record the attendance each article reports.
// (Whether they annotate everything the recognizer finds today is not asked: a better recognizer
// finds more, and the seeds are made again with `npm run annotate-seeds`.)
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'yaml';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { jsonSchemas } from '../../src/core/schemas/jsonSchemas';
import { textHash } from '../../src/core/factFile/ids';
import { parseFactFile } from '../../src/core/factFile/store';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const articles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const knowledgeBase = bundledKnowledgeBase();

function load(article: string) {
  const text = readFileSync(join(SEEDS, article), 'utf8');
  const factFileText = readFileSync(join(SEEDS, article.replace(/\.txt$/, '.facts.yaml')), 'utf8');
  const { factFile, problems } = parseFactFile(factFileText, article);
  assert.deepEqual(problems, [], `${article}'s fact file validates`);
  return { text, factFileText, factFile: factFile! };
}

describe('the annotated seeds', () => {
  it('has a fact file beside each of the five articles', () => {
    assert.equal(articles.length, 5);
    for (const article of articles) load(article);
  });

  it('anchors every mention and every "not an entity" mark to the text at its offsets, with the hash of that text', async () => {
    for (const article of articles) {
      const { text, factFile } = load(article);
      assert.equal(factFile.article.textHash, await textHash(text), article);
      const anchors = [...factFile.mentions.map((m) => ({ ...m, name: m.id })), ...factFile.rejections.map((r) => ({ ...r, name: `the mark on "${r.quote}"` }))];
      for (const a of anchors) {
        assert.equal(text.slice(a.start, a.end), a.quote, `${article} ${a.name}`);
        assert.ok(text.slice(0, a.start).endsWith(a.prefix) && text.slice(a.end).startsWith(a.suffix), `${article} ${a.name} context`);
      }
      assert.deepEqual(factFile.mentions.filter((m) => m.orphaned).map((m) => m.id), [], `${article}: no orphaned mention`);
    }
  });

  it('cites only entities the bundled knowledge base has, each of the type its field names', () => {
    const wrong: string[] = [];
    const check = (article: string, field: string, id: string | undefined, type?: string) => {
      if (id === undefined) return;
      const entity = knowledgeBase.get(id);
      if (!entity) wrong.push(`${article} ${field}: ${id} is not in the knowledge base`);
      else if (type && entity.type !== type) wrong.push(`${article} ${field}: ${id} is a ${entity.type}, not a ${type}`);
    };
    let cited = 0;
    for (const article of articles) {
      const { factFile } = load(article);
      factFile.mentions.forEach((m, i) => check(article, `mentions[${i}].entity`, m.entity));
      factFile.rejections.forEach((r, i) => check(article, `rejections[${i}].entity`, r.entity));
      factFile.facts.forEach((f, i) => {
        const at = `facts[${i}]`;
        if (f.type === 'summit') {
          check(article, `${at}.event`, f.event, 'event');
          check(article, `${at}.city`, f.city, 'place');
          check(article, `${at}.organization`, f.organization, 'organization');
        } else if (f.type === 'attendance') {
          check(article, `${at}.person`, f.person, 'person');
          check(article, `${at}.event`, f.event, 'event');
        } else {
          check(article, `${at}.person`, f.person, 'person');
          check(article, `${at}.country`, f.country, 'place');
          check(article, `${at}.organization`, f.organization, 'organization');
        }
      });
      cited += factFile.mentions.filter((m) => m.entity !== undefined).length;
    }
    assert.deepEqual(wrong, []);
    assert.ok(cited > 100, `${cited} mentions of entities`);
  });

  it('records each summit with its city, dates and organization, and the attendance the articles report', () => {
    const attendance = (article: string) =>
      load(article)
        .factFile.facts.flatMap((f) => (f.type === 'attendance' ? [`${f.person.slice(7)} ${f.status}`] : []))
        .sort();
    const summits = (article: string) => load(article).factFile.facts.filter((f) => f.type === 'summit');
    assert.deepEqual(attendance(articles[0]), [
      'alexander-lukashenko expected', 'emomali-rahmon expected', 'kassym-jomart-tokayev expected', 'nikol-pashinyan absent', 'sadyr-japarov expected', 'vladimir-putin expected',
    ]);
    assert.deepEqual(attendance(articles[1]), [
      'alexander-lukashenko expected', 'emomali-rahmon expected', 'kassym-jomart-tokayev uncertain', 'nikol-pashinyan expected', 'sadyr-japarov expected', 'vladimir-putin expected',
    ]);
    assert.deepEqual(attendance(articles[2]), []);
    assert.deepEqual(attendance(articles[3]), [
      'alexander-lukashenko expected', 'emomali-rahmon expected', 'kassym-jomart-tokayev expected', 'nikol-pashinyan absent', 'sadyr-japarov expected', 'vladimir-putin expected',
    ]);
    assert.deepEqual(attendance(articles[4]), ['vladimir-putin attended']);
    const expectedSummits: [number, string, string, string][] = [
      [0, 'event:csto-summit-2025-bishkek', 'place:bishkek', '2025-11-27'],
      [1, 'event:csto-summit-2022-yerevan', 'place:yerevan', '2022-11-23'],
      [3, 'event:csto-summit-2023-minsk', 'place:minsk', '2023-11-23'],
      [4, 'event:csto-summit-2024-astana', 'place:astana', '2024-11-28'],
    ];
    for (const [index, event, city, start] of expectedSummits) {
      const [summit] = summits(articles[index]);
      assert.ok(summit?.type === 'summit', `${articles[index]} records its summit`);
      assert.deepEqual([summit.event, summit.city, summit.start, summit.organization], [event, city, start, 'organization:csto']);
    }
  });

  it('validates against the JSON Schema shipped for hand editing', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(jsonSchemas()['facts.schema.json'] as object);
    for (const article of articles) {
      const data = parse(load(article).factFileText);
      assert.ok(validate(data), `${article}: ${JSON.stringify(validate.errors)}`);
    }
    const broken = { ...parse(load(articles[0]).factFileText), schema: 'news-annotator/facts@9' };
    assert.equal(validate(broken), false, 'the schema rejects what zod rejects');
  });
});
