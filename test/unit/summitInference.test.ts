import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeArticle } from '../../src/core/annotation/articleMetadata';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Recognizer } from '../../src/core/recognizer/recognizer';
import { clearSummit, inferSummits } from '../../src/core/annotation/summits';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const kb = bundledKnowledgeBase();
const recognizer = new Recognizer(kb);
const seed = (prefix: string) => readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))!), 'utf8');

function summitOf(prefix: string): string | undefined {
  const text = seed(prefix);
  const mentions = recognizer.recognize(text);
  const { published } = describeArticle(text, mentions, kb);
  return clearSummit(inferSummits(mentions, kb, published))?.event.id;
}

describe('summit inference', () => {
  it('finds the summit each seed reports on, from its place, dates and organization', () => {
    assert.equal(summitOf('000'), 'event:csto-summit-2025-bishkek');
    assert.equal(summitOf('001'), 'event:csto-summit-2022-yerevan');
    assert.equal(summitOf('003'), 'event:csto-summit-2023-minsk');
    assert.equal(summitOf('004'), 'event:csto-summit-2024-astana');
  });

  it('does not claim a summit for an article about an exercise', () => {
    assert.equal(summitOf('002'), undefined);
  });

  it('says why, in words a person can check', () => {
    const text = seed('000');
    const mentions = recognizer.recognize(text);
    const [best] = inferSummits(mentions, kb, describeArticle(text, mentions, kb).published);
    assert.ok(best.reasons.some((r) => r.startsWith('Bishkek named')), best.reasons.join(', '));
    assert.ok(best.reasons.includes('date 2025-11-27'), best.reasons.join(', '));
  });
});

describe('article metadata', () => {
  it('reads language, publisher and publication date from the opening lines', () => {
    const describe000 = describeArticle(seed('000'), recognizer.recognize(seed('000')), kb);
    assert.deepEqual(describe000, { language: 'it', publisher: 'Prima Pagina News', published: '2025-11-27' });
    const describe001 = describeArticle(seed('001'), recognizer.recognize(seed('001')), kb);
    assert.equal(describe001.language, 'en');
    assert.equal(describe001.publisher, 'TASS');
    assert.equal(describe001.published, undefined, 'the dateline has no year');
  });
});
