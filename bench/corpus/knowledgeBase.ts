// A generated knowledge base of 10,000 entities with about five aliases each, in English, Italian,
// Russian (Cyrillic) and its Latin transliteration, with the diacritics news in both languages use.
// Names are built from syllables, so they look like names and collide as real ones do (two people
// with one surname). The same seed always gives the same entities.
import { KnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Entity, type EntityInput } from '../../src/core/knowledgeBase/schema';
import { Random } from '../lib/random';

const ONSETS = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'š', 'ž', 'č', 'ł', 'ğ', 'ş', 'kh', 'sh', 'zh', 'ch', 'br', 'dr', 'gr', 'kr', 'pr', 'st', 'tr', 'vl', 'j', 'f', 'h'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'á', 'é', 'í', 'ó', 'ú', 'ë', 'ö', 'ü', 'ı', 'ă', 'ę', 'ą', 'ő', 'à', 'è', 'ì', 'ò', 'ù'];
const CODAS = ['', '', '', 'n', 'r', 'l', 'v', 'k', 's', 'm', 'ć', 'ń', 'ş', 'z', 't'];
const SURNAME_ENDINGS = ['ov', 'ev', 'enko', 'yan', 'ić', 'ski', 'ović', 'bekov', 'ulı', 'oğlu', 'escu', 'ini', 'ello', 'aş', 'zadeh', 'uly', 'in', 'ova', 'eva', 'yev'];
const PLACE_ENDINGS = ['grad', 'abad', 'stan', 'ovo', 'sk', 'polis', 'kent', 'ia', 'ino', 'ara', 'burg', 'ovec', 'köy', 'yurt'];
const ORG_KINDS: [en: string, it: string][] = [
  ['Ministry of Foreign Affairs of', 'Ministero degli Affari Esteri di'],
  ['Ministry of Defence of', 'Ministero della Difesa di'],
  ['National Bank of', 'Banca Nazionale di'],
  ['Security Council of', 'Consiglio di Sicurezza di'],
  ['Central Election Commission of', 'Commissione Elettorale Centrale di'],
  ['Supreme Court of', 'Corte Suprema di'],
  ['State News Agency of', 'Agenzia di Stampa Statale di'],
  ['Academy of Sciences of', 'Accademia delle Scienze di'],
];
const EVENT_KINDS: [en: string, it: string][] = [
  ['Summit', 'Vertice'],
  ['Forum', 'Forum'],
  ['Conference', 'Conferenza'],
];

// Latin to Cyrillic, longest first: how the Russian form of a generated name is written.
const CYRILLIC: [string, string][] = [
  ['shch', 'щ'], ['kh', 'х'], ['sh', 'ш'], ['zh', 'ж'], ['ch', 'ч'], ['ts', 'ц'], ['yu', 'ю'], ['ya', 'я'], ['yo', 'ё'],
  ['a', 'а'], ['b', 'б'], ['v', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'], ['y', 'ы'], ['k', 'к'],
  ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'],
  ['h', 'х'], ['j', 'й'], ['c', 'к'],
];

const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/ı/g, 'i');
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const slug = (s: string) => plain(s).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function cyrillic(name: string): string {
  const words = plain(name).toLowerCase().split(' ');
  return words
    .map((word) => {
      let out = '';
      for (let i = 0; i < word.length; ) {
        const pair = CYRILLIC.find(([latin]) => word.startsWith(latin, i));
        if (pair) {
          out += pair[1];
          i += pair[0].length;
        } else {
          out += word[i++];
        }
      }
      return capitalize(out);
    })
    .join(' ');
}

/** The spelling a Russian-to-Latin transliteration gives: without diacritics, with its own habits. */
function transliterated(name: string): string {
  return plain(name).replace(/š/g, 'sh').replace(/ž/g, 'zh').replace(/č/g, 'ch').replace(/y\b/g, 'iy').replace(/j/g, 'y');
}

function syllables(random: Random, count: number): string {
  let word = '';
  for (let i = 0; i < count; i++) word += random.pick(ONSETS) + random.pick(VOWELS) + (i === count - 1 ? random.pick(CODAS) : '');
  return word;
}

/** The entities, valid for the knowledge-base schema. */
export function generatedEntities(count: number, seed: number): EntityInput[] {
  const random = new Random(seed);
  const entities: EntityInput[] = [];
  const used = new Set<string>();
  const unique = (id: string) => {
    let candidate = id;
    for (let k = 2; used.has(candidate); k++) candidate = `${id}-${k}`;
    used.add(candidate);
    return candidate;
  };
  const places: string[] = [];
  for (let n = 0; n < count; n++) {
    const kind = n % 20;
    if (kind < 10) {
      // A person: given name and surname in each language, the surname alone, the Cyrillic forms.
      const given = capitalize(syllables(random, 2 + random.int(2)));
      const family = capitalize(syllables(random, 1 + random.int(2)) + random.pick(SURNAME_ENDINGS));
      const name = `${given} ${family}`;
      const italianGiven = given.replace(/kh/g, 'ch').replace(/y/g, 'j');
      entities.push({
        id: unique(`person:${slug(name)}`),
        type: 'person',
        name,
        aliases: {
          en: [name, family, `${given.charAt(0)}. ${family}`],
          it: [`${italianGiven} ${family}`, family],
          ru: [cyrillic(name), cyrillic(family)],
          'ru-Latn': [transliterated(name), transliterated(family)],
        },
      });
    } else if (kind < 15) {
      const stem = capitalize(syllables(random, 1 + random.int(2)) + random.pick(PLACE_ENDINGS));
      const italian = stem.replace(/stan$/, 'stan').replace(/ia$/, 'ia').replace(/sk$/, 'sk') + (random.chance(0.3) ? 'a' : '');
      places.push(stem);
      entities.push({
        id: unique(`place:${slug(stem)}`),
        type: 'place',
        kind: random.chance(0.2) ? 'state' : 'city',
        name: stem,
        aliases: { en: [stem, `${stem} City`], it: [italian, `Città di ${italian}`], ru: [cyrillic(stem)], 'ru-Latn': [transliterated(stem)] },
      });
    } else if (kind < 19) {
      const [en, it] = random.pick(ORG_KINDS);
      const where = places.length > 0 ? random.pick(places) : capitalize(syllables(random, 2));
      const nameEn = `${en} ${where}`;
      const nameIt = `${it} ${where}`;
      const acronym = (nameEn.match(/\b\p{Lu}/gu) ?? []).join('').slice(0, 5) + random.int(10);
      entities.push({
        id: unique(`organization:${slug(nameEn)}`),
        type: 'organization',
        kind: 'body',
        name: nameEn,
        aliases: { en: [nameEn, acronym], it: [nameIt, `${acronym.slice(0, -1)}-${random.int(100)}`], ru: [cyrillic(`${where} ${syllables(random, 2)}`)], 'ru-Latn': [transliterated(`${where} ${syllables(random, 2)}`)] },
      });
    } else {
      const [en, it] = random.pick(EVENT_KINDS);
      const where = places.length > 0 ? random.pick(places) : capitalize(syllables(random, 2));
      const year = 1995 + random.int(31);
      const nameEn = `${where} ${en} ${year}`;
      entities.push({
        id: unique(`event:${slug(nameEn)}`),
        type: 'event',
        kind: 'summit',
        name: nameEn,
        aliases: { en: [nameEn, `${en} in ${where}`], it: [`${it} di ${where} ${year}`, `${it} di ${where}`], ru: [cyrillic(`${where} ${year}`)] },
      });
    }
  }
  return entities;
}

export function generatedKnowledgeBase(count: number, seed: number): KnowledgeBase {
  return new KnowledgeBase(generatedEntities(count, seed).map((e) => Entity.parse(e)));
}

/** A scalar as a person writes it in YAML: plain where that reads back as the same string, else quoted. */
function yamlScalar(value: string): string {
  return /^[\p{L}][\p{L}\p{N} .:'’-]*$/u.test(value) && !value.includes(': ') && !/^(?:true|false|yes|no|on|off|null|y|n)$/i.test(value) && !value.endsWith(' ') ? value : JSON.stringify(value);
}

/**
 * The entities as a workspace knowledge-base file, in the style of the README's example: one
 * block per entity, aliases and other lists in flow style.
 */
export function knowledgeBaseYaml(entities: readonly EntityInput[]): string {
  const out: string[] = ['version: 1', 'entities:'];
  for (const entity of entities) {
    let first = true;
    for (const [key, value] of Object.entries(entity)) {
      if (value === undefined) continue;
      let text: string;
      if (typeof value === 'string') text = yamlScalar(value);
      else if (key === 'aliases' || key === 'demonyms') {
        // A name is not written again among the aliases.
        const lists = Object.entries(value as Record<string, string[]>).map(([language, aliases]) => `${language}: [${aliases.filter((a) => a !== entity.name).map(yamlScalar).join(', ')}]`);
        text = `{ ${lists.join(', ')} }`;
      } else text = JSON.stringify(value);
      out.push(`${first ? '  - ' : '    '}${key}: ${text}`);
      first = false;
    }
  }
  out.push('');
  return out.join('\n');
}
