// Ids that come from content, so that two annotators who record the same thing write the same id
// and their fact files merge cleanly in git.
import { sha256Hex } from '../text/sha256';
import type { Fact } from './schema';

/** FNV-1a over UTF-16 units, two lanes of 32 bits: 16 hex digits, enough to keep ids apart in one file. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 ^ 0x5bd1e995) >>> 0;
  }
  return mix(a).toString(16).padStart(8, '0') + mix(b).toString(16).padStart(8, '0');
}

/** MurmurHash3's finalizer: every input bit reaches every output bit, so short ids stay apart. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function mentionId(target: string, start: number, quote: string): string {
  return `m-${hash(`${target}|${start}|${quote}`).slice(0, 10)}`;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A fact without its id and evidence: what it says. */
export type FactContent = DistributiveOmit<Fact, 'id' | 'evidence'>;

/** What makes two facts the same fact: the same attendance of the same person at the same summit. */
export function factKey(fact: FactContent): string {
  switch (fact.type) {
    case 'summit':
      return `summit|${fact.event ?? `${fact.city}|${fact.start}`}`;
    case 'attendance':
      return `attendance|${fact.person}|${fact.event}`;
    case 'role':
      return `role|${fact.person}|${fact.role}|${fact.country ?? ''}`;
  }
}

export function factId(fact: FactContent): string {
  return `f-${hash(factKey(fact)).slice(0, 10)}`;
}

/** The hash a fact file records of its article's text: SHA-256 as `sha256:<hex>`. */
export async function textHash(text: string): Promise<string> {
  return `sha256:${await sha256Hex(text)}`;
}
