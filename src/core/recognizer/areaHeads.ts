// A town's name beside the head of a region or a district names that area, not the town: "the
// Isfara district", "Batken district", "nel distretto di Isfara", "la provincia di Osh", "nelle
// regioni di Batken e di Sughd". The area is the knowledge base's region of that name when it has
// one (as "regione di Osh" or "Osh Region" names it); else a candidate place, head and name, as the
// Russian "в Исфаринском районе" is one (read with the institutions). An Italian head in the plural
// opens a list of such areas, each name after it alone; English lists of regions ("the Batken and
// Osh regions") are the word matcher's (englishRegionLists.ts).
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import type { Mention } from './mention';

const ENGLISH_HEAD_AFTER = /^[ \u00a0]+(district|region|province|oblast|rayon)s?(?![\p{L}\p{N}])/iu;
const ITALIAN_HEAD_BEFORE = /(?<![\p{L}\p{N}])(distrett|region|provinc|oblast)(o|i|e|ia|ie|)[ \u00a0]+(?:di|del)[ \u00a0]+$/iu;
/** What joins the names of a list: a comma, "e", "e di", "and". */
const LIST_JOINER = /^(?:,[ \u00a0]*|[ \u00a0]+(?:e|and)[ \u00a0]+(?:di[ \u00a0]+)?|,[ \u00a0]*(?:e|and)[ \u00a0]+(?:di[ \u00a0]+)?)$/iu;
/** How many units before a name its Italian head is looked for in. */
const HEAD_REACH = 24;

const ITALIAN_PLURALS = new Set(['i', 'e', 'ie']);

/** A recognizer's lookup of a whole name: the place the knowledge base writes as `name`, if any. */
export type PlaceNamed = (name: string) => Mention | undefined;

export class AreaHeads {
  constructor(private readonly knowledgeBase: KnowledgeBase) {}

  /**
   * `known` (sorted, apart) with each town named with an area's head read as that area: the
   * region's mention (`placeNamed` finds it by the head's name for it), or the town left out and
   * a candidate place put in `areas`, sorted.
   */
  resolve(text: string, known: Mention[], placeNamed: PlaceNamed): { known: Mention[]; areas: Mention[] } {
    let result: Mention[] | undefined;
    const areas: Mention[] = [];
    // The Italian plural head the last area was read with, and where that area ends: a list goes on after it.
    let list: { head: string; end: number } | undefined;
    for (let i = 0; i < known.length; i++) {
      const m = known[i];
      if (m.type !== 'place' || m.id === undefined || !this.isTown(m.id)) {
        if (result !== undefined) result.push(m);
        continue;
      }
      const area = this.areaAt(text, m, placeNamed, list);
      list = area?.listHead !== undefined ? { head: area.listHead, end: area.mention.end } : undefined;
      if (area === undefined) {
        if (result !== undefined) result.push(m);
        continue;
      }
      result ??= known.slice(0, i);
      if (area.mention.type === 'candidate') areas.push(area.mention);
      else result.push(area.mention);
    }
    return { known: result ?? known, areas };
  }

  private isTown(id: string): boolean {
    const entity = this.knowledgeBase.get(id);
    return entity?.type === 'place' && entity.kind === 'city';
  }

  /** The area town `m` names, with the Italian plural head a list of areas goes on with. */
  private areaAt(text: string, m: Mention, placeNamed: PlaceNamed, list: { head: string; end: number } | undefined): { mention: Mention; listHead?: string } | undefined {
    const after = ENGLISH_HEAD_AFTER.exec(text.slice(m.end, m.end + 16));
    if (after) {
      const head = after[1].toLowerCase();
      const end = m.end + after[0].length;
      // The region of the town's name, as the knowledge base writes it in English ("Osh Region").
      const region = head === 'district' || head === 'rayon' ? undefined : placeNamed(`${m.text} Region`);
      if (region) return { mention: { ...region, start: m.start, end, text: text.slice(m.start, end) } };
      return { mention: candidatePlace(text, m.start, end) };
    }
    const listed = list !== undefined && LIST_JOINER.test(text.slice(list.end, m.start)) ? list.head : undefined;
    const from = Math.max(0, m.start - HEAD_REACH);
    const before = listed === undefined ? ITALIAN_HEAD_BEFORE.exec(text.slice(from, m.start)) : null;
    if (listed === undefined && before === null) return undefined;
    const head = listed ?? before![1].toLowerCase();
    const plural = listed !== undefined || ITALIAN_PLURALS.has(before![2].toLowerCase());
    // A singular head is part of the area's name ("distretto di Isfara"); a plural one is shared, each name alone.
    const start = plural ? m.start : from + before!.index;
    const listHead = plural ? head : undefined;
    const region = head === 'distrett' ? undefined : (placeNamed(`regione di ${m.text}`) ?? placeNamed(`oblast di ${m.text}`));
    if (region) return { mention: { ...region, start, end: m.end, text: text.slice(start, m.end) }, listHead };
    return { mention: candidatePlace(text, start, m.end), listHead };
  }
}

function candidatePlace(text: string, start: number, end: number): Mention {
  return { start, end, text: text.slice(start, end), type: 'candidate', guess: 'place' };
}
