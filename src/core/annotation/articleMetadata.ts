// What a new fact file records about its article: language, publisher and publication date, read
// from the article's own opening lines.
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import { articleDayAmong } from '../recognizer/dates';
import type { Mention } from '../recognizer/mention';

const HEADER_LENGTH = 600;

const STOPWORDS: Record<string, string[]> = {
  it: ['il', 'lo', 'la', 'gli', 'le', 'di', 'del', 'della', 'che', 'e', 'è', 'per', 'con', 'non', 'un', 'una', 'sono', 'alla', 'dei', 'nel'],
  en: ['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'as', 'by', 'was', 'will', 'be', 'from', 'has', 'an', 'at', 'said'],
  ru: ['и', 'в', 'во', 'не', 'на', 'что', 'с', 'со', 'по', 'к', 'о', 'об', 'из', 'за', 'от', 'для', 'как', 'также', 'это', 'был', 'была', 'будет', 'а', 'но'],
};

/** `it`, `en` or `ru`, whichever language's commonest words the text uses most; undefined for too little text. */
export function detectLanguage(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: string | undefined;
  let bestCount = 0;
  for (const [language, list] of Object.entries(STOPWORDS)) {
    const set = new Set(list);
    const count = words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0);
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return bestCount >= 3 ? best : undefined;
}

export interface ArticleDescription {
  language?: string;
  /** The news agency or outlet named in the dateline or credits. */
  publisher?: string;
  /** The dateline's date, when it is a full date. */
  published?: string;
}

/** The dateline's date: the full date of the article's opening lines that is its day (see `articleDayAmong`; `text`, the article's, shows its wire dateline). */
export function datelineDate(mentions: readonly Mention[], text?: string): string | undefined {
  return articleDayAmong(mentions.filter((m) => m.start < HEADER_LENGTH && m.type === 'date'), text);
}

/** Reads language, publisher and publication date from the article and what was recognized in it. */
export function describeArticle(text: string, mentions: readonly Mention[], knowledgeBase: KnowledgeBase): ArticleDescription {
  const header = mentions.filter((m) => m.start < HEADER_LENGTH);
  const published = datelineDate(mentions, text);
  const agencyIn = (list: readonly Mention[]) =>
    list.find((m) => {
      const entity = m.id ? knowledgeBase.get(m.id) : undefined;
      return entity?.type === 'organization' && entity.kind === 'news-agency';
    });
  // The dateline names the agency ("/TASS/", "(Prima Pagina News)"); failing that, a credit line.
  const agency = agencyIn(header) ?? agencyIn([...mentions].reverse().filter((m) => m.start > text.length - 400));
  return { language: detectLanguage(text), publisher: agency?.name, published };
}
