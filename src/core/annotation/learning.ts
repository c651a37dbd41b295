// What the recognizer learns when a span is annotated by hand as an entity: the selected text as a
// new alias of the entity, in the article's language, unless it is a name the entity has already
// (as the recognizer reads names: case and diacritics folded) or one the recognizer would not use.
import { aliasRefusal } from '../knowledgeBase/aliasRules';
import type { Entity } from '../knowledgeBase/schema';
import { foldString } from '../text/fold';

export type NameToLearn =
  /** A new name of the entity, to add as an alias in `language`. */
  | { learn: true; name: string; language: string }
  /** Already a name of the entity: nothing to learn. */
  | { learn: false; known: true }
  /** A name the recognizer would not use (aliasRules.ts), and why. */
  | { learn: false; known: false; reason: string };

/**
 * The language tag an alias written in `text` is kept under: Cyrillic is Russian (`ru`), whatever
 * the article's language; other text is in the article's language, English when it is not known.
 */
export function aliasLanguage(text: string, articleLanguage: string | undefined): string {
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  return articleLanguage ?? 'en';
}

/** Whether, and how, `text` annotated as `entity` in an article in `articleLanguage` is learnt. */
export function nameToLearn(entity: Pick<Entity, 'name' | 'aliases'>, text: string, articleLanguage: string | undefined): NameToLearn {
  const name = text.trim().replace(/\s+/g, ' ');
  const folded = foldString(name);
  if ([entity.name, ...Object.values(entity.aliases).flat()].some((known) => foldString(known) === folded)) return { learn: false, known: true };
  const reason = aliasRefusal(name, entity, folded);
  if (reason) return { learn: false, known: false, reason };
  return { learn: true, name, language: aliasLanguage(name, articleLanguage) };
}
