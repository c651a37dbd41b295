// A format that tags every token writes the names the annotations leave out as plain text: the
// export counts those the recognizer finds, neither annotated nor marked "not an entity".
import * as assert from 'node:assert/strict';
import { factFileMention, rejection } from '../../src/core/annotation/status';
import { runExport } from '../../src/core/export/index';
import { textHash } from '../../src/core/factFile/ids';
import { applyFactFileEdits, newFactFileText, parseFactFile } from '../../src/core/factFile/store';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Recognizer } from '../../src/core/recognizer/recognizer';
import type { AnnotatedArticle } from '../../src/core/workspace/articles';
import { MemoryOutput } from './memoryOutput';

const kb = bundledKnowledgeBase();
const recognizer = new Recognizer(kb);
const TEXT = 'Talks in Yerevan\nVladimir Putin met Nikol Pashinyan.\nAlexander Lukashenko stayed in Minsk.\n';

/** The article with Putin annotated and Yerevan marked "not an entity": Pashinyan, Lukashenko and Minsk are left. */
async function halfAnnotated(): Promise<AnnotatedArticle> {
  const found = recognizer.recognize(TEXT);
  const at = (quote: string) => found.find((m) => m.text === quote)!;
  const putin = at('Vladimir Putin');
  let text = await newFactFileText({ file: 'talks.txt', language: 'en', textHash: await textHash(TEXT) });
  const edited = applyFactFileEdits(text, 'talks.facts.yaml', [
    { kind: 'addMention', mention: factFileMention(TEXT, putin, putin.id!) },
    { kind: 'addRejection', rejection: rejection(TEXT, at('Yerevan')) },
  ]);
  assert.ok(edited.ok);
  text = edited.text;
  return { path: 'talks.txt', factFilePath: 'talks.facts.yaml', text: TEXT, factFile: parseFactFile(text, 'talks.facts.yaml').factFile! };
}

describe('names an export writes as plain text', () => {
  it('counts, for CoNLL, spaCy and Label Studio, the recognized names neither annotated nor marked, with the first one', async () => {
    const expected = ['Nikol Pashinyan', 'Alexander Lukashenko', 'Minsk'].filter((q) => recognizer.recognize(TEXT).some((m) => m.text === q));
    assert.equal(expected.length, 3, 'the recognizer finds the three names left');
    for (const format of ['conll', 'spacy', 'label-studio'] as const) {
      const result = await runExport(format, [await halfAnnotated()], kb, new MemoryOutput(), { recognize: (t) => recognizer.recognize(t) });
      const first = { path: 'talks.txt', quote: 'Nikol Pashinyan', line: 2, names: 3 };
      assert.deepEqual(result.unannotated, { articles: 1, names: 3, first, inArticles: [first] }, format);
    }
  });

  it('counts none for the formats that list annotations only, nor without the recognizer', async () => {
    for (const format of ['jsonl', 'w3c'] as const) {
      const result = await runExport(format, [await halfAnnotated()], kb, new MemoryOutput(), { recognize: (t) => recognizer.recognize(t) });
      assert.deepEqual(result.unannotated, { articles: 0, names: 0, inArticles: [] }, format);
    }
    assert.deepEqual((await runExport('conll', [await halfAnnotated()], kb, new MemoryOutput())).unannotated, { articles: 0, names: 0, inArticles: [] });
  });
});
