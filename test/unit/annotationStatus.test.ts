import * as assert from 'node:assert/strict';
import { annotationStatus } from '../../src/core/annotation/status';
import type { Mention } from '../../src/core/recognizer/mention';
import type { FactFile } from '../../src/core/factFile/schema';

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
