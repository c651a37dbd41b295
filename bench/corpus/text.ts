// The large text the recognizer is measured on: the seed articles in turn, each followed by a
// paragraph of news sentences in English or Italian that names entities of the generated knowledge
// base by any of their aliases. The same text serves both knowledge bases: the seeds name the
// bundled entities, the paragraphs the generated ones, each about as densely as real news does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allNames, type KnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import type { Entity, EntityType } from '../../src/core/knowledgeBase/schema';
import { Random } from '../lib/random';
import { ROOT } from '../lib/results';

export function seedArticles(): { name: string; text: string }[] {
  const dir = join(ROOT, 'seeds');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

const ENGLISH = [
  '{person} met {person} in {place} on {date}.',
  'The {organization} said that {person} would travel to {place} next week.',
  'According to the {organization}, the {event} will be held in {place}.',
  '{person}, speaking in {place}, thanked {person} and the {organization}.',
  'Talks between {person} and {person} ended without a joint statement.',
  'Delegations from {place} and {place} arrived for the {event} on {date}.',
];
const ITALIAN = [
  '{person} ha incontrato {person} a {place} il {date}.',
  'Secondo il {organization}, il {event} si terrà a {place}.',
  "{person}, intervenuto a {place}, ha ringraziato {person} e l'{organization}.",
  'Lo ha riferito il {organization} da {place}, citando fonti vicine a {person}.',
  'Al {event} sono attesi {person}, {person} e una delegazione di {place}.',
  "Il colloquio tra {person} e {person} si è svolto a {place} il {date}.",
];
// Sentences that name no one, as most of an article's sentences do.
const PLAIN_ENGLISH = [
  'The meeting lasted more than three hours and ended late in the evening.',
  'Officials declined to comment on the details of the agreement.',
  'Security was tightened around the conference centre ahead of the talks.',
  'The final communique is expected to be published on Friday.',
];
const PLAIN_ITALIAN = [
  "L'incontro è durato più di tre ore e si è concluso in serata.",
  'I funzionari non hanno voluto commentare i dettagli dell’accordo.',
  'Le misure di sicurezza sono state rafforzate intorno al centro congressi.',
  'Il comunicato finale dovrebbe essere pubblicato venerdì.',
];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];

/** A paragraph of about `length` UTF-16 units naming entities of `knowledgeBase`. */
function paragraph(random: Random, byType: Record<EntityType, Entity[]>, length: number): string {
  const sentences: string[] = [];
  let size = 0;
  while (size < length) {
    const italian = random.chance(0.5);
    const named = random.chance(0.5);
    const template = random.pick(italian ? (named ? ITALIAN : PLAIN_ITALIAN) : named ? ENGLISH : PLAIN_ENGLISH);
    const sentence = template.replace(/\{(person|place|organization|event|date)\}/g, (_, slot: string) => {
      if (slot === 'date') {
        const day = 1 + random.int(28);
        const month = random.int(12);
        const year = 1995 + random.int(31);
        return italian ? `${day} ${MONTHS_IT[month]} ${year}` : `${MONTHS_EN[month]} ${day}, ${year}`;
      }
      const entity = random.pick(byType[slot as EntityType]);
      const name = random.pick(allNames(entity));
      // Now and then in capitals, as headlines and datelines write names.
      return random.chance(0.05) ? name.toUpperCase() : name;
    });
    sentences.push(sentence);
    size += sentence.length + 1;
  }
  return sentences.join(' ');
}

/** UTF-8 bytes of a string. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** At least `minBytes` of UTF-8: seeds and generated paragraphs in turn. */
export function largeText(generated: KnowledgeBase, minBytes: number, seed: number): string {
  const random = new Random(seed);
  const seeds = seedArticles();
  const byType: Record<EntityType, Entity[]> = { person: [], organization: [], place: [], event: [] };
  for (const entity of generated.entities()) byType[entity.type].push(entity);
  const parts: string[] = [];
  let bytes = 0;
  for (let k = 0; bytes < minBytes; k++) {
    const seedText = seeds[k % seeds.length].text;
    const generatedText = paragraph(random, byType, seedText.length);
    parts.push(seedText, '\n\n', generatedText, '\n\n');
    bytes += utf8Bytes(seedText) + utf8Bytes(generatedText) + 4;
  }
  // One flat string, as an editor or a file read gives it.
  return parts.join('');
}
