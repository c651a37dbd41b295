// The nouns that name a military exercise, in the three languages, kept in one place: an edition's
// name is told by the noun next to it ("the Rubezh-2024 exercises", «учения «Поиск-2023»»), and
// an English body's name in small letters before one is a mere attribute ("command staff drills").

/** English nouns of an exercise, singular and plural. */
export const ENGLISH_EXERCISE_NOUNS = ['exercise', 'exercises', 'drill', 'drills', 'manoeuvres', 'maneuvers'];

/** Italian nouns of an exercise. */
const ITALIAN_EXERCISE_NOUNS = ['esercitazione', 'esercitazioni', 'manovre'];

/**
 * Russian nouns of an exercise in their cases: the plural «учения» (whose nominative is also the
 * singular's genitive), the singular «учение», and «маневры» with and without its ё.
 */
const RUSSIAN_EXERCISE_NOUNS = [
  'учения', 'учений', 'учениям', 'учениями', 'учениях',
  'учение', 'учению', 'учением', 'учении',
  'маневры', 'маневров', 'маневрам', 'маневрами', 'маневрах',
  'манёвры', 'манёвров', 'манёврам', 'манёврами', 'манёврах',
];

/** Every noun of an exercise in small letters. */
export const EXERCISE_NOUNS: readonly string[] = [...ENGLISH_EXERCISE_NOUNS, ...ITALIAN_EXERCISE_NOUNS, ...RUSSIAN_EXERCISE_NOUNS];

/** The Russian ones as they start a sentence or a headline: «Учения «Щит Союза-2023» завершились». */
export const CAPITALISED_RUSSIAN_EXERCISE_NOUNS: readonly string[] = RUSSIAN_EXERCISE_NOUNS.map((noun) => noun[0].toUpperCase() + noun.slice(1));
