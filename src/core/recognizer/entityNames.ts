// Every name of every entity, as written and folded, made once per knowledge base for the parts of
// the recognizer built from them (the entity matcher, the slip finder): a large knowledge base has
// hundreds of thousands of names, and each part folding them again cost as much as the first.
import { allNames, type KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import type { Entity } from '../knowledgeBase/schema';
import { foldString } from '../text/fold';

export interface EntityNames {
  /** The entities, in the knowledge base's order. */
  readonly entities: readonly Entity[];
  /** By entity, its names as `allNames` gives them: the canonical name first. */
  readonly written: readonly (readonly string[])[];
  /** The same names folded (`foldString`), name for name. */
  readonly folded: readonly (readonly string[])[];
}

/**
 * Whether the recognizer looks for the entity's names in articles. A summit or a meeting is not a
 * name of its own there: the guidelines annotate what "the CSTO summit in Yerevan" is made of, the
 * organization and the city, from which the article's summit is inferred and recorded as a fact.
 */
export function isNamedInText(entity: Entity): boolean {
  return entity.type !== 'event' || (entity.kind !== 'summit' && entity.kind !== 'meeting');
}

export function entityNamesOf(knowledgeBase: KnowledgeBase): EntityNames {
  const entities = [...knowledgeBase.entities()];
  const written = new Array<string[]>(entities.length);
  const folded = new Array<string[]>(entities.length);
  for (let e = 0; e < entities.length; e++) {
    const names = isNamedInText(entities[e]) ? allNames(entities[e]) : [];
    const foldedNames = new Array<string>(names.length);
    for (let n = 0; n < names.length; n++) foldedNames[n] = foldString(names[n]);
    written[e] = names;
    folded[e] = foldedNames;
  }
  return { entities, written, folded };
}
