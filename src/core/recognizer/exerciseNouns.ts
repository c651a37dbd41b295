// The nouns that name a military exercise or a named operation, in the three languages, kept in
// one place: an edition's name is told by the noun next to it ("the Rubezh-2024 exercises",
// «учения «Поиск-2023»», «операция «Канал-2023»»), and an English body's name in small letters
// before an exercise's noun is a mere attribute ("command staff drills").

/** A noun as it starts a sentence or a headline. */
function capitalised(noun: string): string {
  return noun[0].toUpperCase() + noun.slice(1);
}

/** English nouns of an exercise, singular and plural. */
export const ENGLISH_EXERCISE_NOUNS = ['exercise', 'exercises', 'drill', 'drills', 'manoeuvres', 'maneuvers'];

/** Italian nouns of an exercise. */
export const ITALIAN_EXERCISE_NOUNS = ['esercitazione', 'esercitazioni', 'manovre'];

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
export const CAPITALISED_RUSSIAN_EXERCISE_NOUNS: readonly string[] = RUSSIAN_EXERCISE_NOUNS.map(capitalised);

/** Italian nouns of an operation. */
export const ITALIAN_OPERATION_NOUNS = ['operazione', 'operazioni'];

/**
 * Nouns of a named operation, which is written with its year as an exercise's edition is:
 * «операция «Канал-2023»», "the anti-drug operation Kanal-2023", "l'operazione Nelegal-2023".
 */
export const OPERATION_NOUNS: readonly string[] = [
  'operation', 'operations', 'Operation', ...ITALIAN_OPERATION_NOUNS,
  ...['операция', 'операции', 'операцию', 'операцией', 'операций', 'операциям', 'операциями', 'операциях'].flatMap((noun) => [noun, capitalised(noun)]),
];
