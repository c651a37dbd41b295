// Names that join a body and what it belongs to ("СМИД ОДКБ", "МИД России", "CSTO Joint Staff",
// "Security Council of Belarus") or a name and a generic head ("Kazinform news agency", "agenzia
// di stampa TASS"). An annotator marks the parts, not the whole: the body, and the organization or
// country beside it, each as its own mention; the name, without the head. The knowledge base keeps
// such names, as they tell which body is meant, and the recognizer splits them when it finds them.
import { isCommonWord } from '../knowledgeBase/aliasRules';
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import type { Entity } from '../knowledgeBase/schema';
import { foldString, isInvisible, isWordCode } from '../text/fold';

/** A run of a name's words that is a mention of its own. */
export interface NamePart {
  /** Index of the first word, and how many words. */
  first: number;
  count: number;
  /** The entity it names: the alias's own, or the one the body belongs to. */
  entityId: string;
}

/** The words of a name as the recognizer reads them: letters and digits, anything else between. */
export function nameWords(name: string): string[] {
  return name.split(/[^\p{L}\p{N}\p{M}]+/u).filter((w) => w.length > 0);
}

/** A name's words folded and joined by one space: "U.N." → "u n", "dell'Armenia" → "dell armenia". */
export function wordKey(name: string): string {
  return foldedWordKey(foldString(name));
}

/** `wordKey` of a name folded already (folding it again changes nothing). */
export function foldedWordKey(folded: string): string {
  // Most folded names are that already: words with one space between them.
  return isWordsAndSingleSpaces(folded) ? folded : nameWords(folded).join(' ');
}

/** Whether `s` is letters, digits and marks of the Basic Multilingual Plane, with one space between words. */
function isWordsAndSingleSpaces(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 0x20 ? i === 0 || i === s.length - 1 || s.charCodeAt(i - 1) === 0x20 : !isWordCode(code)) return false;
  }
  return true;
}

/**
 * The heads of a body's press service, folded, as `wordKey` writes them: a function of the body,
 * as its spokesman is, and no name of its own, so "пресс-служба Кремля" is the Kremlin alone.
 */
const PRESS_SERVICE_HEADS = ['пресс служб', 'press office', 'press service', 'servizio stampa', 'ufficio stampa'];

/** Whether a body's words (`wordKey`) start with a press service's head, in any case ("пресс-службы"). */
function isPressService(key: string): boolean {
  return PRESS_SERVICE_HEADS.some((head) => key.startsWith(head));
}

function isLowercaseWord(word: string): boolean {
  const first = word[0];
  return first === first.toLowerCase() && first !== first.toUpperCase();
}

/**
 * How `written`, a name of `ownerId` in several words, splits, or undefined when it is one name.
 * `namesOf(id)` gives the word keys of an entity's names; `ancestors` the entities the owner
 * belongs to, nearest first (its parent organization or country, and theirs).
 *  - The body and what it belongs to, at either end, with the small words between left out:
 *    "Security Council of Belarus" → [Security Council] of [Belarus].
 *  - Another name of the owner with only words in small letters around it, a generic head:
 *    "Kazinform news agency" → [Kazinform]; a demonym is no head (`isDemonym`, on a folded word):
 *    "Duma di Stato russa" is one name, as "ministero degli Esteri russo" is.
 */
export function splitName(
  written: string,
  ownerId: string,
  ancestors: readonly string[],
  namesOf: (id: string) => ReadonlySet<string>,
  isDemonym: (folded: string) => boolean = () => false,
): NamePart[] | undefined {
  const words = nameWords(written);
  const n = words.length;
  if (n < 2) return undefined;
  const folded = words.map(foldString);
  const key = (from: number, to: number) => folded.slice(from, to).join(' ');
  const hasName = (from: number, to: number) => folded.slice(from, to).some((w) => !isCommonWord(w));
  // "of the", "della", "dell'" between a body and what it belongs to; "di Stato" is part of a name.
  // An elided article is a word cut at its apostrophe ("dell'Armenia": "dell"), common with it.
  const connector = (at: number) => (isCommonWord(folded[at]) || isCommonWord(`${folded[at]}'`)) && isLowercaseWord(words[at]);
  const part = (first: number, count: number, entityId: string): NamePart => ({ first, count, entityId });
  /** What belongs to `ancestors[a]` from word `from` to the end, with a further ancestor at its own end split off: "Парламента [Республики Казахстан]". */
  const ownerParts = (from: number, a: number): NamePart[] => {
    for (let b = a + 1; b < ancestors.length; b++) {
      const names = namesOf(ancestors[b]);
      for (let at = from + 1; at < n; at++) {
        if (!names.has(key(at, n))) continue;
        let end = at;
        while (end > from && connector(end - 1)) end--;
        if (end > from && hasName(from, end)) return [part(from, end - from, ancestors[a]), part(at, n - at, ancestors[b])];
      }
    }
    return [part(from, n - from, ancestors[a])];
  };
  for (let a = 0; a < ancestors.length; a++) {
    const ancestor = ancestors[a];
    const names = namesOf(ancestor);
    // What it belongs to at the end, the longest first: "… of the Russian Federation".
    for (let at = 1; at < n; at++) {
      if (!names.has(key(at, n))) continue;
      let bodyEnd = at;
      while (bodyEnd > 0 && connector(bodyEnd - 1)) bodyEnd--;
      if (bodyEnd > 0 && hasName(0, bodyEnd)) return isPressService(key(0, bodyEnd)) ? ownerParts(at, a) : [part(0, bodyEnd, ownerId), ...ownerParts(at, a)];
    }
    // At the start: "CSTO Joint Staff".
    for (let at = n - 1; at > 0; at--) {
      if (!names.has(key(0, at))) continue;
      let bodyStart = at;
      while (bodyStart < n && connector(bodyStart)) bodyStart++;
      if (bodyStart < n && hasName(bodyStart, n)) return isPressService(key(bodyStart, n)) ? [part(0, at, ancestor)] : [part(0, at, ancestor), part(bodyStart, n - bodyStart, ownerId)];
    }
  }
  const own = namesOf(ownerId);
  for (let count = n - 1; count > 0; count--) {
    for (let first = 0; first + count <= n; first++) {
      if (!own.has(key(first, first + count))) continue;
      const around = [...words.slice(0, first), ...words.slice(first + count)];
      if (around.every((w) => isLowercaseWord(w) && !isDemonym(foldString(w)))) return [part(first, count, ownerId)];
    }
  }
  return undefined;
}

/**
 * Whether `splitName` could find in `written` another name of its owner with only words in small
 * letters around it (a generic head): that name is not the whole, so the first or the last word
 * is around it, in small letters.
 */
export function mayHaveGenericHead(written: string): boolean {
  // Read from either end, as `nameWords` cuts it; a surrogate pair is left to `nameWords` itself.
  if (SURROGATE.test(written)) {
    const words = nameWords(written);
    return words.length >= 2 && (isLowercaseWord(words[0]) || isLowercaseWord(words[words.length - 1]));
  }
  let first = 0;
  while (first < written.length && !isWordCode(written.charCodeAt(first))) first++;
  let last = written.length - 1;
  while (last > first && !isWordCode(written.charCodeAt(last))) last--;
  while (last > first && isWordCode(written.charCodeAt(last - 1))) last--;
  return last > first && (isLowercaseWord(written[first]) || isLowercaseWord(written[last]));
}
const SURROGATE = /[\ud800-\udfff]/;

/** Bodies of states and organizations; a broadcaster's or a school's name is one name ("China Central Television"). */
const BODY_KINDS = new Set(['body', 'government', 'ministry', 'armed-forces']);

/** Whether `entity` is a body that belongs to another entity: `ancestorsOf` finds at least one. */
function hasAncestors(entity: Entity): boolean {
  return entity.type === 'organization' && BODY_KINDS.has(entity.kind) && Boolean(entity.parent);
}

/** The entities a body belongs to, nearest first, up to four: its parent organization or country, and theirs. */
export function ancestorsOf(entity: Entity, knowledgeBase: KnowledgeBase): string[] {
  const ids: string[] = [];
  if (entity.type !== 'organization' || !hasAncestors(entity)) return ids;
  for (let parent = entity.parent; parent && ids.length < 4 && !ids.includes(parent); ) {
    ids.push(parent);
    const above = knowledgeBase.get(parent);
    parent = above?.type === 'organization' ? above.parent : undefined;
  }
  return ids;
}

/**
 * Whether `splitName` may split `written`, a name of `entity`: an organization's name of several
 * words, of a body that belongs to another entity or with a word in small letters at an end.
 */
export function mayJoinParts(written: string, entity: Entity): boolean {
  return entity.type === 'organization' && written.includes(' ') && (hasAncestors(entity) || mayHaveGenericHead(written));
}

/**
 * The spans of the words of `text` from `from` to `to`, as [start, end) pairs in one array; an
 * invisible character inside a word does not cut it, as the recognizer reads it.
 */
export function wordSpans(text: string, from: number, to: number): number[] {
  const spans: number[] = [];
  let start = -1;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const inWord = isWordCode(code) || (start >= 0 && isInvisible(code));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      spans.push(start, i);
      start = -1;
    }
  }
  if (start >= 0) spans.push(start, to);
  return spans;
}
