// Attendance by reference: the words of a selection that name countries instead of people ("i
// leader di Bielorussia, Kirghizistan e Tagikistan", "the Belarusian and Kyrgyz delegations"), and
// the office they name, if any ("the defence ministers of …"), for representativesOf.
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import type { Mention } from '../recognizer/mention';
import { type NamedHolder, statesBetween } from './roleInText';
import { findTitles, titleNear } from './roles';

/** The states [from, to) names, in the text's order, each once: its place mentions first, then names and demonyms. */
export function countriesNamedIn(text: string, from: number, to: number, mentions: readonly Mention[], knowledgeBase: KnowledgeBase): NamedHolder[] {
  const seen = new Set<string>();
  return statesBetween(text, from, to, mentions, knowledgeBase).filter((state) => !seen.has(state.id) && seen.add(state.id));
}

/**
 * The office the text names for the countries at [from, to): in the selection ("i ministri della
 * Difesa di Bielorussia e Armenia") or just before it; undefined for "the leaders of".
 */
export function officeNamedFor(text: string, from: number, to: number): string | undefined {
  return findTitles(text.slice(from, to))[0]?.role ?? titleNear(text, from, to)?.role;
}
