import * as assert from 'node:assert/strict';
import { annotationStatus, articleStatuses } from '../../src/core/annotation/status';
import type { Mention } from '../../src/core/recognizer/mention';
import type { FactFile, FactFileMention } from '../../src/core/factFile/schema';

const factFile = (rejections: FactFile['rejections']): FactFile => ({
  schema: 'news-annotator/facts@1',
  article: { file: 'a.txt', textHash: 'sha256:00' },
  mentions: [],
  facts: [],
  rejections,
});

describe('annotation status', () => {
  const minsk: Mention = { start: 10, end: 15, text: 'Minsk', type: 'place', id: 'place:minsk' };

  it('reads a mention as rejected where a rejection of the same text sits', () => {
    const [status] = annotationStatus([minsk], factFile([{ quote: 'Minsk', prefix: '', suffix: '', start: 10, end: 15 }]));
    assert.equal(status.state, 'rejected');
  });

  it('does not reject other words that an edit brought to a rejection’s offsets', () => {
    const [status] = annotationStatus([minsk], factFile([{ quote: 'Putin', prefix: '', suffix: '', start: 10, end: 15 }]));
    assert.equal(status.state, 'pending');
  });
});

describe('an article’s statuses, with annotations made by hand', () => {
  const text = 'On Monday the Kazakh Defence Ministry said that Interaction-2024 begins in Minsk.';
  const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
  const recognized = (quote: string, type: Mention['type'], id?: string): Mention => ({ ...at(quote), text: quote, type, id });
  const recorded = (quote: string, target: { entity?: string; date?: string }, extra: Partial<FactFileMention> = {}): FactFileMention => ({
    id: `m-${quote.length.toString().padStart(6, '0')}`,
    ...target,
    quote,
    prefix: '',
    suffix: '',
    ...at(quote),
    ...extra,
  });
  const withMentions = (mentions: FactFileMention[]): FactFile => ({ ...factFile([]), mentions });
  const names: Record<string, string> = { 'organization:kazakhstan-mod': 'Ministry of Defence of Kazakhstan' };

  it('shows a span the recognizer missed as annotated by hand, with the type and name of its entity', () => {
    const statuses = articleStatuses([recognized('Minsk', 'place', 'place:minsk')], withMentions([recorded('Interaction-2024', { entity: 'event:interaction-2024' })]));
    assert.deepEqual(
      statuses.map((s) => [s.mention.text, s.mention.type, s.state, s.manual ?? false]),
      [
        ['Interaction-2024', 'event', 'annotated', true],
        ['Minsk', 'place', 'pending', false],
      ],
    );
  });

  it('gives a date annotated by hand its ISO value', () => {
    const [status] = articleStatuses([], withMentions([recorded('Monday', { date: '2024-09-02' })]));
    assert.deepEqual([status.mention.type, status.mention.iso, status.state], ['date', '2024-09-02', 'annotated']);
  });

  it('no longer offers a recognized mention inside or across a span the annotator chose', () => {
    const statuses = articleStatuses(
      [recognized('Kazakh', 'place', 'place:kazakhstan'), recognized('Minsk', 'place', 'place:minsk')],
      withMentions([recorded('Kazakh Defence Ministry', { entity: 'organization:kazakhstan-mod' })]),
      (id) => names[id],
    );
    assert.deepEqual(
      statuses.map((s) => [s.mention.text, s.mention.name, s.state]),
      [
        ['Kazakh Defence Ministry', 'Ministry of Defence of Kazakhstan', 'annotated'],
        ['Minsk', undefined, 'pending'],
      ],
    );
  });

  it('pairs an annotation with the recognized mention of the same span, not as one made by hand', () => {
    const statuses = articleStatuses([recognized('Minsk', 'place', 'place:minsk')], withMentions([recorded('Minsk', { entity: 'place:minsk' })]));
    assert.deepEqual(statuses.map((s) => [s.state, s.manual ?? false]), [['annotated', false]]);
  });

  it('leaves out an orphaned annotation: it marks no text', () => {
    const statuses = articleStatuses([recognized('Minsk', 'place', 'place:minsk')], withMentions([recorded('Minsk', { entity: 'place:minsk' }, { orphaned: true })]));
    assert.deepEqual(statuses.map((s) => s.state), ['pending']);
  });
});

describe('an article’s statuses, with a type or entity corrected', () => {
  it('shows the entity the annotator chose, not the one the recognizer read', () => {
    const text = 'the Kremlin said';
    const start = text.indexOf('Kremlin');
    const kremlin: Mention = { start, end: start + 7, text: 'Kremlin', type: 'place', id: 'place:kremlin' };
    const corrected: FactFileMention = { id: 'm-000001', entity: 'organization:presidential-administration', quote: 'Kremlin', prefix: '', suffix: '', start, end: start + 7 };
    const [status] = articleStatuses([kremlin], { ...factFile([]), mentions: [corrected] });
    assert.deepEqual([status.mention.type, status.mention.id, status.state, status.manual], ['organization', 'organization:presidential-administration', 'annotated', true]);
  });
});
