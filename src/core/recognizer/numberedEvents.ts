// Events named by a number that no noun introduces: the UN climate conferences by their session
// ("COP29", "la Cop29", "COP 28", "COP-29") and world exhibitions by their year ("EXPO-2017", "Expo 2025",
// «ЭКСПО-2017»). The guidelines take named exhibitions with their edition for events, and such a
// conference is named the same way.
import type { Mention } from './mention';

const NUMBERED_EVENT = /(?<![\p{L}\p{N}-])(?:(?:COP|Cop)[- \u00a0]?\d{1,2}|(?:EXPO|Expo|ЭКСПО|Экспо)[- \u00a0](?:19|20)\d\d)(?![\p{L}\p{N}])/gu;
/** What each starts with: most texts have none, and are not read further. */
const NUMBERED_EVENT_START = /COP|Cop|EXPO|Expo|ЭКСПО|Экспо/;

/** The spans of the events named by a number in `text` that the knowledge base does not know, sorted. */
export function numberedEvents(text: string, knownAt: (start: number, end: number) => Mention | undefined): { start: number; end: number }[] {
  if (!NUMBERED_EVENT_START.test(text)) return [];
  const found: { start: number; end: number }[] = [];
  for (const match of text.matchAll(NUMBERED_EVENT)) {
    const start = match.index;
    const end = start + match[0].length;
    if (knownAt(start, end) === undefined) found.push({ start, end });
  }
  return found;
}
