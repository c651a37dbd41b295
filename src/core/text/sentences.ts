// The sentence a span stands in: what a reader of a dataset needs to judge a fact's evidence.
// Sentence breaks come from the platform's Unicode segmenter (Intl.Segmenter, in Node and in
// browsers alike), within the span's own paragraph: news paragraphs are lines.

/** At most this many characters either side of the span, for paragraphs that never end a sentence. */
const MAX_CONTEXT = 300;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(language: string | undefined): Intl.Segmenter {
  const key = language ?? '';
  let found = segmenters.get(key);
  if (!found) {
    found = new Intl.Segmenter(language ? [language] : undefined, { granularity: 'sentence' });
    segmenters.set(key, found);
  }
  return found;
}

/**
 * The sentence (or sentences) of `text` that hold [start, end), trimmed; cut with "…" when a
 * sentence runs on for more than a few hundred characters either side of the span.
 */
export function sentenceAround(text: string, start: number, end: number, language?: string): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  const from = Math.max(lineStart, start - MAX_CONTEXT);
  const to = Math.min(lineEnd, end + MAX_CONTEXT);
  let sentenceStart = from;
  let sentenceEnd = to;
  for (const segment of segmenter(language).segment(text.slice(from, to))) {
    const segmentStart = from + segment.index;
    const segmentEnd = segmentStart + segment.segment.length;
    if (segmentEnd <= start && segmentEnd > sentenceStart) sentenceStart = segmentEnd;
    if (segmentStart >= end && segmentStart < sentenceEnd) sentenceEnd = segmentStart;
  }
  const sentence = text.slice(sentenceStart, sentenceEnd).trim();
  const cutBefore = sentenceStart === from && from > lineStart;
  const cutAfter = sentenceEnd === to && to < lineEnd;
  return `${cutBefore ? '…' : ''}${sentence}${cutAfter ? '…' : ''}`;
}
