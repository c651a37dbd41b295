// The states an article suggests as the country of a new entity named in it ("the Kyrgyz Foreign
// Minister Jeenbek Kulubaev", "the village of Vorukh in Tajikistan", an unknown town in a report
// datelined BISHKEK): offered first when the annotator picks its country, the likeliest one
// ready to take with Enter.
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import type { Mention } from '../recognizer/mention';
import { roleInText, statesBetween } from './roleInText';

/** How far from the name, in its paragraph, a state or a demonym is read as its country. */
const NEAR = 120;

interface NamedState {
  id: string;
  start: number;
  end: number;
}

/**
 * The states the text around [start, end) suggests, likeliest first: the one a title beside the
 * name is held for ("Kyrgyz Foreign Minister …", "… of Kazakhstan"); then the states and
 * demonyms in the name and near it in its paragraph, nearest first, then the states of the places named
 * there, nearest first; then the others the article names, most named first. Empty when it names none.
 */
export function likelyCountries(text: string, start: number, end: number, mentions: readonly Mention[], knowledgeBase: KnowledgeBase): string[] {
  const ranked = new Set<string>();
  const title = roleInText(text, start, end, mentions, knowledgeBase);
  if (title?.country) ranked.add(title.country.id);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const from = Math.max(lineStart, start - NEAR);
  const to = Math.min(newline < 0 ? text.length : newline, end + NEAR);
  // A state inside the name counts first ("Kyrgyz Ministry of Natural Resources").
  const distance = (s: NamedState) => (s.end <= start ? start - s.end : s.start >= end ? s.start - end : -1);
  const nearest = (states: NamedState[]) => [...states].sort((a, b) => distance(a) - distance(b));
  // A state the text names outright counts before one read from a city ("secondo Mosca").
  for (const state of nearest(statesBetween(text, from, to, mentions, knowledgeBase))) ranked.add(state.id);
  for (const state of nearest(statesOfPlaces(mentions, from, to, knowledgeBase))) ranked.add(state.id);
  const counts = new Map<string, number>();
  for (const state of [...statesBetween(text, 0, text.length, mentions, knowledgeBase), ...statesOfPlaces(mentions, 0, text.length, knowledgeBase)]) {
    counts.set(state.id, (counts.get(state.id) ?? 0) + 1);
  }
  // Most named first; among equals, the first named (the order of `counts`).
  for (const [id] of [...counts].sort((a, b) => b[1] - a[1])) ranked.add(id);
  return [...ranked];
}

/** The states of the cities, regions and sites mentioned in [from, to). */
function statesOfPlaces(mentions: readonly Mention[], from: number, to: number, knowledgeBase: KnowledgeBase): NamedState[] {
  const found: NamedState[] = [];
  for (const m of mentions) {
    if (m.type !== 'place' || !m.id || m.start < from || m.end > to) continue;
    const place = knowledgeBase.get(m.id);
    if (place?.type !== 'place' || place.kind === 'state' || !place.country) continue;
    const state = knowledgeBase.get(place.country);
    if (state?.type === 'place' && state.kind === 'state') found.push({ id: state.id, start: m.start, end: m.end });
  }
  return found;
}
