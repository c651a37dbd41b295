// Full recognition takes shortcuts that must not change what it finds: the short forms of names are
// looked for among the words already read, with most words ruled out on their units; most commas
// are passed without reading on for a title; known spans are found from where the last question
// left off. Each is checked here against the plain reading it stands for, on the seeds, the
// evaluation texts and random edits of them.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEvaluationCorpus } from '../../bench/evaluation/corpus';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import {
  commasReadForTitles,
  lastWordsIn,
  mayBeNameWord,
  mayBeNameWordAt,
  titleExpression,
  titleFollowsComma,
  titlesIn,
  wordsIn,
  wordsReadIn,
} from '../../src/core/recognizer/candidates';
import { datelineDay, datelineYear, findDates, findDatesPlainly } from '../../src/core/recognizer/dates';
import { WordDateFinder } from '../../src/core/recognizer/dateWords';
import {
  hasSurnameEndingAt,
  hasSurnameEnding,
  isKnownFirstName,
  isKnownFirstNameAt,
  isPatronymic,
  isPatronymicAt,
  lineStart,
  lineStartPlain,
  NamesByShape,
  capitalisedStart,
  sentenceStart,
  sentenceStartPlain,
  speechAfter,
  speechAfterPlain,
} from '../../src/core/recognizer/personShape';
import { firstEndAfter, Recognizer } from '../../src/core/recognizer/recognizer';
import { capitalWordsOf, type TextWords, WordBoundaries, WORDS_PIECE, wordsOf } from '../../src/core/recognizer/textScan';
import { FoldedWordMatcher, type WordMatches } from '../../src/core/recognizer/wordMatcher';
import { HEADS } from '../../src/core/recognizer/institutions';
import { WordSet } from '../../src/core/recognizer/wordSet';
import { EntityMatcher, foldedNamesOf, selectLongest } from '../../src/core/recognizer/entityMatcher';
import type { Mention } from '../../src/core/recognizer/mention';
import { partitionPoint } from '../../src/core/text/binarySearch';
import { prng } from '../fuzz/editScripts';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const originals = [
  ...readdirSync(SEEDS)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(join(SEEDS, n), 'utf8')),
  ...readEvaluationCorpus().map((a) => a.text),
];

// What edits insert: names in full and by surname, capitals that are no letters (Ⓐ), hyphens,
// invisible characters, characters outside the Basic Multilingual Plane, and titles after commas,
// glued to their article or cut by the 80 units the expression reads.
const SNIPPETS = [
  ' ', ',', '.', '-', '\n', 'Ivan Tarasov said', ' Tarasov', ' Tarasov ', 'Tarasov’s', ' Лавровым ', 'Сергей Лавров', ' Лаврова', 'Vladimir Vladimirovich',
  'Ⓐbc', 'ⒶTarasov', 'Ⓑ', 'Petrov-', '-Petrov', '\u00ad', '\u200b', '𝐀', '𝐀Tarasov', 'Later ', ', il presidente', ', ilpresidente',
  ', thepresident', ', l’ambasciatore', ', the CSTO Chief of Staff', ', capo del dipartimento', ' VICE-PRESIDENTS ', ' Segretario Generale ', ' heads',
  // "presidenti" starts no title, but cut where the expression stops reading, it is "president".
  `, ${'y'.repeat(68)} presidenti`, `, ${'y'.repeat(68)} generali`, ', Vice President', 'ǅ', 'Ⅻ', 'İstanbul',
];

/** `text` with a few random insertions, deletions and stretches in capitals. */
function edited(text: string, next: () => number): string {
  const edits = 1 + Math.floor(next() * 25);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * (text.length + 1));
    const kind = next();
    if (kind < 0.6) text = text.slice(0, at) + SNIPPETS[Math.floor(next() * SNIPPETS.length)] + text.slice(at);
    else if (kind < 0.8) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 5));
    else text = text.slice(0, at) + text.slice(at, at + 20).toUpperCase() + text.slice(at + 20);
  }
  return text;
}

const next = prng(21);
// Half the edited texts open with a person named in full, whom the rest may name by surname (one
// whose last letter folds to two, "Strauß" being "strauss", its folded length not its own).
const opening = 'Ivan Tarasov said the talks went well; Сергей Лавров and Ivan Strauss agreed. Strauß left.\n';
const texts = [...originals, ...Array.from({ length: 120 }, (_, k) => edited((k % 2 === 0 ? opening : '') + originals[k % originals.length], next))];

// Beside the edits above: combining marks, halves of surrogate pairs alone, a letter outside the
// Basic Multilingual Plane, invisible characters, symbols that fold to letters (Ⓐ) and a letter
// that folds to a separator (ʼ).
const RARE = ['e\u0301', '\u0301', '\ud835', '\udc00', '𝐀', '𝐀\ud835', '\u2060', '\ufeff', 'x', '1', 'Ⓐ', 'ʼ', 'Ⓑc'];
const nextRare = prng(31);
const rareTexts = texts.map((text) => {
  for (let e = Math.floor(nextRare() * 6); e > 0; e--) {
    const at = Math.floor(nextRare() * (text.length + 1));
    text = text.slice(0, at) + RARE[Math.floor(nextRare() * RARE.length)] + text.slice(at);
  }
  return text;
});

function spansOf(words: TextWords): number[][] {
  return Array.from({ length: words.count }, (_, k) => [words.starts[k], words.ends[k]]);
}

function matchesOf(matches: WordMatches): number[][] {
  return Array.from({ length: matches.count }, (_, k) => [matches.pattern[k], matches.start[k], matches.end[k]]);
}

describe('the shortcuts of full recognition, against the plain readings they stand for', () => {
  const recognizer = new Recognizer(bundledKnowledgeBase());

  it('resolves the same short forms of names as reading every capitalized word of the text in turn', () => {
    let resolved = 0;
    for (const text of texts) {
      const year = datelineYear(text);
      const found = recognizer.recognizeWithYear(text, year, true, datelineDay(text, year));
      // The article read as one piece, the way the incremental recognizer reads a piece: every
      // capitalized word looked at, folded and kept as a place where a short form may stand.
      const [piece] = recognizer.coreference.resolve([{ text, start: 0, mentions: found, names: recognizer.coreference.namesIn(text, found) }]);
      assert.deepEqual(recognizer.recognize(text), piece.mentions());
      resolved += piece.changes.length;
    }
    // The texts must have had short forms to resolve, or the comparison says little.
    assert.ok(resolved > 10, `only ${resolved} short forms resolved`);
  });

  it('reads on after every comma where a title follows, whatever it passes', () => {
    let titles = 0;
    for (const text of texts) {
      const read = new Set(commasReadForTitles(text));
      for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
        if (!titleFollowsComma(text, comma)) continue;
        titles++;
        assert.ok(read.has(comma), `the comma at ${comma} is passed before ${JSON.stringify(text.slice(comma, comma + 80))}`);
      }
      assert.ok(read.size < text.split(',').length, 'some commas are passed');
    }
    assert.ok(titles > 100, `only ${titles} titles after commas`);
  });

  it('finds the titles a scan of the whole text finds, though it tries only the words a title may start at', () => {
    // Titles in any case, plural, hyphenated, glued to what follows, and words that share a title's
    // first letters, length or last letter ("presidency", "premiere", "heads", "Head2").
    const odd = 'PRESIDENT Vice-Presidents, ViCe PrEsIdEnT, Spokesmen, presidency, premiere, heads, Head2, Minister’s, Прези\u212a, aide-de-camp, spo\u212aesman';
    let titles = 0;
    for (const text of [...texts, odd]) {
      const plain = [...text.matchAll(titleExpression())].map((m) => ({ index: m.index, title: m[0] }));
      assert.deepEqual(titlesIn(text), plain);
      titles += plain.length;
    }
    assert.ok(titles > 500, `only ${titles} titles`);
  });

  it('reads the words after a title one code point at a time as the expression for words reads them', () => {
    // Marks, apostrophes and hyphens, letters outside the Basic Multilingual Plane, halves of
    // them, and words that the end of the stretch cuts.
    const odd = 'Ivan 𝐀Tarasov\u0301 l’Abc- -- Petrov-, x\ud835 Ivan\u0301’, ’’ -- 𝐀\udc00 \ud835\udc00b ǅ Ⅻ İstanbul 12ab';
    const random = prng(11);
    let words = 0;
    for (const text of [...texts, odd]) {
      for (let round = 0; round < 40; round++) {
        const from = Math.floor(random() * text.length);
        // The words after a title are read from its end, never from inside a pair.
        if (/[\udc00-\udfff]/.test(text[from]) && /[\ud800-\udbff]/.test(text[from - 1] ?? '')) continue;
        const to = Math.min(text.length, from + Math.floor(random() * 160));
        const expected = wordsIn(text, from, to);
        assert.deepEqual(wordsReadIn(text, from, to), expected, JSON.stringify(text.slice(from, to)));
        words += expected.length;
      }
    }
    assert.ok(words > 10000, `only ${words} words read`);
  });

  it('reads the last words before a comma back from it as reading forward from 80 units before finds them', () => {
    // A name before a title after a comma is read from the words the comma follows, read back.
    // Marks, apostrophes and hyphens, letters outside the Basic Multilingual Plane, halves of them,
    // and words and pairs that the 80 units cut.
    const odd = [
      'Ivan 𝐀Tarasov\u0301 l’Abc- -- Petrov-, x\ud835 Ivan\u0301’, ',
      `${'𝐀'.repeat(45)}Ⓐ Ivan, ${'𝐀'.repeat(44)}Ⓐ Ivan, ${'Abcdefghij'.repeat(9)} Ivan, -${'Abcdefghij'.repeat(8)}, `,
    ];
    let readBack = 0;
    for (const text of [...texts, ...odd]) {
      for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
        const from = Math.max(0, comma - 80);
        const back = lastWordsIn(text, from, comma, 4);
        if (!back) continue;
        readBack++;
        assert.deepEqual(back, wordsIn(text, from, comma).slice(-4), JSON.stringify(text.slice(from, comma)));
      }
    }
    assert.ok(readBack > 1000, `only ${readBack} commas read back`);
  });

  it('keeps a part of a year in the date, whatever letter ends it and in either case', () => {
    // The expressions for a part of a year are tried only after a unit that may end one.
    const parts = ['early', 'Late', 'MID', 'mid-', 'at the end of', 'metà', 'Inizio', 'fine del', 'середине', 'Середины', 'начале', 'до начала', 'конце', 'с КОНЦА'];
    for (const part of parts) {
      const text = `Il piano: ${part}${part.endsWith('-') ? '' : ' '}2026.`;
      const date = findDates(text).find((d) => d.iso === '2026');
      const expected = part.replace(/^(?:до|с|at the) /, '');
      assert.ok(date?.text.startsWith(expected), `${JSON.stringify(text)}: ${JSON.stringify(date?.text)}`);
    }
  });

  it('keeps a part of a year whose last word is spelled in letters that only ignoring case makes its own', () => {
    // The word before a year is read before the expressions for a part of a year run, and must be
    // read as they read it: ᲁ and ᲂ are old forms of д and о, which case-insensitive matching joins.
    const cases = [
      ['Il piano: сереᲁине 2026.', 'сереᲁине 2026'],
      ['Il piano: СЕРЕᲁИНЫ 2026.', 'СЕРЕᲁИНЫ 2026'],
      ['в кᲂнце 2026 года', 'кᲂнце 2026'],
      ['a metà dell’  2026', 'metà dell’  2026'],
      ["all'inizio dell' 2026", "inizio dell' 2026"],
      ['by mid–2026', 'mid–2026'],
      ['MID‐2026', 'MID‐2026'],
      ['in early\u00a02026', 'early\u00a02026'],
      ['at the end of THE 2026', 'end of THE 2026'],
      ['alla fine\u00a0del 2026', 'fine\u00a0del 2026'],
    ];
    for (const [text, expected] of cases) {
      const date = findDates(text).find((d) => d.iso === '2026');
      assert.equal(date?.text, expected, JSON.stringify(text));
    }
  });

  it('takes a four-digit number for a year after a word of time or a part of a year, and not as a count', () => {
    // Whether a number can be a year alone is read around its digits before the expression runs.
    const years = ['in 2022', 'IN 2022', 'Nel 2022', 'ВО 2022', "nell'2022", 'dall’ 2022', 'в\u00a02022\u00a0году', '2022 года', 'с 2022 г.', 'a metà 2022', 'mid-2022', 'inizio 2022', 'the end of 2022'];
    for (const text of years) assert.ok(findDates(`Il piano: ${text}.`).some((d) => d.iso === '2022'), JSON.stringify(text));
    for (const text of ['contava 2022 soldati', '2022-5', 'nel 2022.5']) assert.ok(!findDates(text).some((d) => d.iso === '2022'), JSON.stringify(text));
  });

  it('takes a day of a month as a date made of it does, whatever the year', () => {
    // Days are counted per month and leap year rather than asked of a Date; the years a Date reads
    // otherwise (under 100, as in the 1900s) are still asked of one.
    const months = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
    const years = [1900, 1904, 1999, 2000, 2023, 2024, 2099];
    const referenceYears = [50, 99, 100, 1600, 1700, 2100, 2400, 9999];
    let days = 0;
    for (const [month, name] of months.entries()) {
      for (const day of [28, 29, 30, 31]) {
        const dayOf = (year: number) => new Date(Date.UTC(year, month, day)).getUTCMonth() === month;
        for (const year of years) {
          const found = findDates(`il ${day} ${name} ${year}`).some((d) => d.iso === `${year}-${String(month + 1).padStart(2, '0')}-${day}`);
          assert.equal(found, dayOf(year), `${day} ${name} ${year}`);
          if (found) days++;
        }
        for (const year of referenceYears) {
          const found = findDates(`il ${day} ${name}`, year).some((d) => d.iso === `${year}-${String(month + 1).padStart(2, '0')}-${day}`);
          assert.equal(found, dayOf(year), `${day} ${name}, in ${year}`);
        }
      }
    }
    assert.ok(days > 100);
  });

  it('reads a month written in any case, with or without a full stop, however often a text repeats it', () => {
    // The month of a name is kept by the name as written.
    const text = '27 NOVEMBRE 2025, 3 Nov. 2025, 4 nov 2025, 5 novembre 2025, 6 NOVEMBRE 2025, 7 Nov. 2025, 8 NOV. 2025, 9 Dec. 2025';
    assert.deepEqual(
      findDates(text).map((d) => d.iso),
      ['2025-11-27', '2025-11-03', '2025-11-04', '2025-11-05', '2025-11-06', '2025-11-07', '2025-11-08', '2025-12-09'],
    );
  });

  it('takes a weekday for the coming one after a word of the future in any case', () => {
    // Most words before a weekday are ruled out by their first letter and length before they are lower-cased.
    const day = '2023-11-23'; // a Thursday
    for (const text of ['The leaders will meet on Friday.', 'The leaders WILL meet on Friday.', 'The leaders Will meet on Friday.', 'The summit is Scheduled for Friday.', 'Il vertice SI TERRÀ venerdì.', 'Саммит СОСТОИТСЯ в пятницу.']) {
      assert.deepEqual(findDates(text, 2023, day).map((d) => d.iso), ['2023-11-24'], text);
    }
    assert.deepEqual(findDates('The leaders met on Friday.', 2023, day).map((d) => d.iso), ['2023-11-17']);
  });

  it('reads the words of a text as the expression of runs of letters and digits finds them, with what the text holds besides', () => {
    for (const text of [...texts, ...rareTexts, '', 'a', '𝐀', '\ud835', 'é', 'ab\u0301', 'a b']) {
      const words = wordsOf(text);
      const spans = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => [m.index, m.index + m[0].length]);
      assert.deepEqual(spansOf(words), spans);
      assert.equal(words.unitWords, !/[\p{M}\ud800-\udfff]/u.test(text) && !/[\ud800-\udfff]/.test(text), JSON.stringify(text.slice(0, 40)));
      assert.equal(words.invisibles, /[\u00ad\u200b-\u200d\u2060\ufeff]/.test(text));
    }
  });

  it('reads the words of a text as it looks for names as wordsOf reads them, and finds the same names', () => {
    const names = foldedNamesOf(bundledKnowledgeBase());
    // Long texts, read in pieces whose ends cut words, and a word longer than a piece.
    const long = [texts.join(''), rareTexts.join('') + 'x'.repeat(40_000) + texts[0], 'Ⓐ'.repeat(20_000) + texts[1]];
    // Names cut by the end of a piece.
    for (let cut = 1; cut < 12; cut++) long.push(' '.repeat(WORDS_PIECE - cut) + 'Сергей Лавров, Moscow, CSTO, Kazakhstan');
    // Names on either side of units read carefully, and scans stopped by a full list of first
    // words, then a careful unit or a name: the hash of a word must start afresh after each stop.
    const careful = ['Moscow\u0301 Minsk', 'Moscow\u00adMinsk Yerevan', 'x\u0301 Moscow', 'ⒶMoscow Minsk', 'MoscowⒶ Minsk', 'Moscow𝐀 Minsk, Moscow'];
    for (let full = 120; full < 136; full++) long.push('Moscow '.repeat(full) + careful[full % careful.length] + ' Moscow Minsk');
    // A matcher that has seen other texts, and new ones, which learn the units of the text as they meet them.
    const seasoned = new FoldedWordMatcher(names);
    for (const [k, text] of [...texts, ...rareTexts, ...long, ...careful, 'Ⓐbc Ⓐ', 'ʼa ʼ', 'x\u0301y', '𝐀b'].entries()) {
      const matcher = k % 10 === 0 ? new FoldedWordMatcher(names) : seasoned;
      const boundaries = new WordBoundaries(text.length);
      const reading = matchesOf(matcher.findAllReadingWords(text, boundaries));
      const words = boundaries.words(text.length);
      assert.deepEqual(spansOf(words), spansOf(wordsOf(text)), JSON.stringify(text.slice(0, 40)));
      assert.deepEqual([words.unitWords, words.invisibles], [wordsOf(text).unitWords, wordsOf(text).invisibles]);
      assert.deepEqual(reading, matchesOf(matcher.findAll(text)));
    }
  });

  it('takes the names that choosing among every match takes, though it passes over the words inside a name taken', () => {
    const matcher = new EntityMatcher(bundledKnowledgeBase());
    let inside = 0;
    for (const text of [...texts, ...rareTexts]) {
      const all = matcher.findAll(text);
      assert.deepEqual(matcher.findLongest(text), selectLongest(all), JSON.stringify(text.slice(0, 40)));
      // Names that start inside a name taken: the words passed over.
      inside += all.filter((m, k) => k > 0 && m.start > all[k - 1].start && m.start < all[k - 1].end).length;
    }
    assert.ok(inside > 100, `only ${inside} names inside others`);
  });

  it('splits the names that join parts, found by their starts among the chosen mentions, as reading every mention does', () => {
    const matcher = new EntityMatcher(bundledKnowledgeBase());
    const byStart = (a: Mention, b: Mention) => a.start - b.start || a.end - b.end;
    let split = 0;
    for (const text of [...texts, ...rareTexts]) {
      const chosen = matcher.findLongest(text);
      const parts = matcher.splitCompounds(text, chosen);
      // In reverse, the list is read mention by mention.
      const read = matcher.splitCompounds(text, [...matcher.findLongest(text)].reverse());
      assert.deepEqual(parts, [...read].sort(byStart));
      if (parts.length !== chosen.length || parts.some((m, k) => m !== chosen[k])) split++;
    }
    assert.ok(split > 10, `only ${split} texts with names split`);
  });

  it('finds the dates without a number that showing every word to their finder finds', () => {
    // Only the words that may be dates without a number, by their first unit and length, are shown
    // to the finder; weekdays and months in every case, and letters that lower-case oddly (İ, K).
    const odd = [
      'in SEPTEMBER, a Ottobre, a OTTOBRE, в СЕНТЯБРЕ, во второй декаде Сентября, пятого МАЯ, In İn September, by \u212aovember',
      'on FRIDAY, on Friday, VENERDÌ scorso, Venerdì prossimo. Giovedì. в ПЯТНИЦУ, в прошлую Пятницу, on monday, on 𝐀Friday, on Friday𝐀',
    ];
    let worded = 0;
    for (const text of [...texts, ...odd]) {
      const year = datelineYear(text) ?? 2023;
      const day = datelineDay(text, year) ?? '2023-11-23';
      const plain = new WordDateFinder(text, { year, day });
      const words = wordsOf(text);
      for (let k = 0; k < words.count; k++) plain.word(words, k);
      // The dates without a number come after those with one.
      const found = findDates(text, year, day);
      assert.deepEqual(found.slice(found.length - plain.found.length), plain.found, JSON.stringify(text.slice(0, 80)));
      assert.ok(!found.slice(0, found.length - plain.found.length).some((d) => !/\d/.test(d.text)), JSON.stringify(text.slice(0, 80)));
      worded += plain.found.length;
    }
    assert.ok(worded > 100, `only ${worded} dates without a number`);
  });

  it('reads the name before a number, in any case, as the start of a date', () => {
    // The word before a number is looked up only when a name has its first unit and length; the
    // long s is read as s, as case-insensitive matching reads it.
    const cases = [
      ['SEPT. 5, 2023', 'SEPT. 5, 2023', '2023-09-05'],
      ['ſabato 5 novembre 2025', 'ſabato 5 novembre 2025', '2025-11-05'],
      ['Il SABATO 5 novembre 2025', 'SABATO 5 novembre 2025', '2025-11-05'],
      ['GIOVEDÌ, 27 NOVEMBRE 2025', 'GIOVEDÌ, 27 NOVEMBRE 2025', '2025-11-27'],
      ['Wednesday,\u00a0November 23, 2022', 'Wednesday,\u00a0November 23, 2022', '2022-11-23'],
      ["negli ANNI '90", "ANNI '90", '1990/1999'],
      ['DAL 6 AL 13 OTTOBRE 2023', '6 AL 13 OTTOBRE 2023', '2023-10-06/2023-10-13'],
      ['FROM 30 November TO 2 December 2022', '30 November TO 2 December 2022', '2022-11-30/2022-12-02'],
      ['ДЕКАБРЯ 2024', 'ДЕКАБРЯ 2024', '2024-12'],
      ['October 6–13, 2023', 'October 6–13, 2023', '2023-10-06/2023-10-13'],
    ];
    for (const [text, span, iso] of cases) {
      const date = findDates(text).find((d) => d.iso === iso);
      assert.equal(date?.text, span, JSON.stringify(text));
    }
  });

  it('takes a month and year unless a day comes before it, and a date in digits wherever its separators stand', () => {
    // A month and year is not tried after a digit and spaces, nor a date in digits without a full
    // stop or slash, a digit, and another full stop or slash after its day.
    const cases: [string, string[]][] = [
      ['dicembre 2024', ['2024-12']],
      ['il 5, dicembre 2024', ['2024-12']],
      ['27 dicembre 2024', ['2024-12-27']],
      ['27\u00a0 dicembre 2024', ['2024-12-27']],
      ['x5 dicembre 2024', []],
      ['1st December 2024', ['2024-12-01']],
      ['27.11.2025', ['2025-11-27']],
      ['1/5/2024', ['2024-05-01']],
      ['1st.5.2024', ['2024-05-01']],
      ['1°/12/2024', ['2024-12-01']],
      ['31.4.2024', []],
      ['27. 11.2025', []],
      ['27.11 2025', []],
    ];
    for (const [text, isos] of cases) assert.deepEqual(findDates(text).map((d) => d.iso), isos, JSON.stringify(text));
  });

  it('reads the sentence before a weekday word by word as its letters read', () => {
    // The sentence is read from the text's words: its runs of letters, split at digits, other
    // letters and marks, the window of 200 units cutting a word, the full stops between words.
    const day = '2023-11-23'; // a Thursday
    const ahead = [
      'The leaders will2 meet on Friday.',
      'The leaders 2will meet on Friday.',
      'The leaders Ñ WILL meet on Friday.',
      'The leaders met. Will they meet on Friday?',
      'They will.Met on Friday.',
      `swill${' '.repeat(196)}Friday`,
      'will\u0301 meet on Friday',
      'Саммит СОСТОИТСЯ2 в пятницу.',
      'Il vertice si terrà\nvenerdì.',
    ];
    const before = [
      'The leaders ÑWILL meet on Friday.',
      'They will. Met on Friday.',
      'They will.\u00a0Met on Friday.',
      `swill${' '.repeat(195)}Friday`,
      `will${' '.repeat(197)}Friday`,
      '𝐀will meet on Friday',
      'Il vertice si terrà.\nvenerdì.',
    ];
    for (const text of ahead) assert.deepEqual(findDates(text, 2023, day).map((d) => d.iso), ['2023-11-24'], JSON.stringify(text));
    for (const text of before) assert.deepEqual(findDates(text, 2023, day).map((d) => d.iso), ['2023-11-17'], JSON.stringify(text));
  });

  it('reads names in more case variants than are kept as written, each as its lower case', () => {
    // Month names and the words before numbers are looked up by the word as written, a thousand kept.
    const variants = (word: string) =>
      Array.from({ length: 2 ** word.length }, (_, bits) => [...word].map((c, i) => (bits & (1 << i) ? c.toUpperCase() : c)).join(''));
    const months: [string, string][] = [['settembre', '09'], ['november', '11'], ['dicembre', '12'], ['ottobre', '10']];
    let read = 0;
    for (const [name, month] of months) {
      for (const written of variants(name)) {
        const text = `il 5 ${written} 2025; ${written} 6, 2025`;
        assert.deepEqual(findDates(text).map((d) => d.iso), [`2025-${month}-05`, `2025-${month}-06`], text);
        read++;
      }
    }
    assert.ok(read > 1000);
  });

  it('reads the word before a weekday or a month in any case', () => {
    // The word before a weekday or a month is lower-cased only when a word that says which day or
    // makes the month a time has its first unit and length.
    const day = '2023-11-23'; // a Thursday
    const cases: [string, string, string][] = [
      ['They met LAST Friday.', 'LAST Friday', '2023-11-17'],
      ['They meet NEXT Friday.', 'NEXT Friday', '2023-11-24'],
      ['Они встречались в ПРОШЛУЮ пятницу.', 'ПРОШЛУЮ пятницу', '2023-11-17'],
      ['Они встретятся в СЛЕДУЮЩУЮ пятницу.', 'СЛЕДУЮЩУЮ пятницу', '2023-11-24'],
      ['IN September', 'September', '2023-09'],
      ['DOPO ottobre', 'ottobre', '2023-10'],
      ['ENTRO dicembre', 'dicembre', '2023-12'],
      ['В сентябре', 'сентябре', '2023-09'],
      ['ДО сентября', 'сентября', '2023-09'],
      ['Во ВТОРОЙ ДЕКАДЕ сентября', 'ВТОРОЙ ДЕКАДЕ сентября', '2023-09-11/2023-09-20'],
      ['Mid-October', 'Mid-October', '2023-10'],
    ];
    for (const [text, span, iso] of cases) assert.deepEqual(findDates(text, 2023, day).map((d) => [d.text, d.iso]), [[span, iso]], text);
  });

  it('reads what surrounds a name of capitalised words in place as the expressions read it on copies', () => {
    // Verbs of speech and ", who" after names: glued to a letter or digit, with other spaces, cut by
    // the 40 units the expression reads, as a verb's first letters, and a surname's ending spelled twice.
    const cues = [
      ' said', ' saidx', ' said1', ' said\u0301', ' said𝐀', ', who', ',who', ',  who', ', whom', '\u00a0said', ' \u00a0 says', ' ha detto', ' ha  detto', ' ha dettox',
      ' заявил', ' заявила', ' заявилась', ', которая', ', который,', ' сказалa', '\t said', ' s', ', ', `${' '.repeat(35)}said`, `${' '.repeat(36)}said`, `,${' '.repeat(35)}che`,
      `${' '.repeat(34)}said𝐀`, ' Petrovova', ' Петровичем', ' Ivanovna', ' Андреем', ' Андреемx', ' Ivan', ' Ivanx', ' Iva', '\n', '.  ', ':\t', '» ', '”\u00a0',
    ];
    const random = prng(41);
    let spoken = 0;
    let firstNames = 0;
    for (const original of [...texts, ...rareTexts]) {
      let text = original;
      for (let e = 0; e < 30; e++) {
        const at = Math.floor(random() * (text.length + 1));
        text = text.slice(0, at) + cues[Math.floor(random() * cues.length)] + text.slice(at);
      }
      const words = wordsOf(text);
      for (let k = 0; k < words.count; k++) {
        const [start, end] = [words.starts[k], words.ends[k]];
        const speech = speechAfter(text, end);
        assert.equal(speech, speechAfterPlain(text, end), JSON.stringify(text.slice(start, end + 40)));
        if (speech !== undefined) spoken++;
        assert.equal(sentenceStart(text, start), sentenceStartPlain(text, start), JSON.stringify(text.slice(start - 8, end)));
        assert.equal(lineStart(text, start), lineStartPlain(text, start), JSON.stringify(text.slice(start - 20, end)));
        const word = text.slice(start, end);
        assert.equal(hasSurnameEndingAt(text, start, end), hasSurnameEnding(word), word);
        assert.equal(isPatronymicAt(text, start, end), isPatronymic(word), word);
        if (isKnownFirstNameAt(text, start, end)) firstNames++;
        assert.equal(isKnownFirstNameAt(text, start, end), isKnownFirstName(word), word);
      }
    }
    assert.ok(spoken > 1000, `only ${spoken} verbs of speech`);
    assert.ok(firstNames > 1000, `only ${firstNames} first names`);
  });

  it('finds the first span ending after an offset from any earlier answer as a search from the start does', () => {
    const random = prng(7);
    for (let round = 0; round < 200; round++) {
      const ends = new Int32Array(Math.floor(random() * 40));
      for (let i = 0, end = 0; i < ends.length; i++) ends[i] = end += Math.floor(random() * 4);
      let hint = 0;
      for (let question = 0; question < 30; question++) {
        const offset = Math.floor(random() * (ends.length * 4 + 4)) - 2;
        const expected = partitionPoint(0, ends.length, (i) => ends[i] <= offset);
        // From the last answer, or from anywhere at all.
        hint = random() < 0.8 ? hint : Math.floor(random() * (ends.length + 3));
        hint = firstEndAfter(ends, offset, hint);
        assert.equal(hint, expected, `ends ${[...ends].join(',')}, offset ${offset}`);
      }
    }
  });
});

describe('the shortcuts of the candidate scan, against the plain readings they stand for', () => {
  /** Every text's words, with some in other cases: as written, in capitals, in small letters, with the case of each letter turned. */
  const wordTexts = [...texts, ...rareTexts].map((text, k) => (k % 3 === 0 ? text.toUpperCase() : k % 3 === 1 ? text.toLowerCase() : text));
  const turned = (s: string) => [...s].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');

  it('tells a word of a set in place, as written or in any ASCII case, as a copy of it (in small letters) does', () => {
    // Heads in Latin and Cyrillic letters, one ending with "k" (K, the Kelvin sign, is no ASCII capital).
    const words = [...HEADS, 'Bank', 'Banks', 'ban\u212a'];
    const asWritten = new WordSet(words);
    const small = new Set(words.map((w) => w.toLowerCase()));
    const anyCase = new WordSet(small, true);
    let found = 0;
    for (const original of [...wordTexts, turned(words.join(' ')), words.join(' ').toUpperCase(), 'BAN\u212a bank Ba\u212a']) {
      const text = original + ' ' + turned(original.slice(0, 2000));
      const { count, starts, ends } = wordsOf(text);
      for (let k = 0; k < count; k++) {
        const word = text.slice(starts[k], ends[k]);
        assert.equal(asWritten.hasAt(text, starts[k], ends[k]), asWritten.has(word), word);
        // In any ASCII case: what the small letters of a word of ASCII units say.
        if (/^[\x00-\x7f]*$/.test(word)) assert.equal(anyCase.hasAt(text, starts[k], ends[k]), small.has(word.toLowerCase()), word);
        else if (anyCase.hasAt(text, starts[k], ends[k])) assert.ok(small.has(word.toLowerCase()), word);
        if (small.has(word.toLowerCase())) found++;
      }
    }
    assert.ok(found > 1000, `only ${found} words of the set`);
  });

  it('tells the words that may be part of a name after a title in place, as copies of them tell', () => {
    // Titles' words in any case, one spelled with K, the Kelvin sign, heads, words that start
    // sentences, capitals outside the Basic Multilingual Plane and of other scripts.
    const odd = 'GENERAL General Spo\u212aesman SPO\u212aESMAN Ministry Ministero Совета The Della 𝐀bc 𝐀 ǅx Ⅻ İstanbul Éric Ивана ivan';
    let names = 0;
    for (const text of [...wordTexts, odd]) {
      for (const word of wordsReadIn(text, 0, text.length)) {
        const plain = mayBeNameWord(word.text);
        assert.equal(mayBeNameWordAt(text, word.start, word.end), plain, word.text);
        if (plain) names++;
      }
    }
    assert.ok(names > 10000, `only ${names} words of names`);
  });

  it('tells a capital then a small letter on one branch in ASCII, as comparing each unit does', () => {
    for (let first = 0; first < 0x80; first++) {
      for (let second = 0; second < 0x80; second++) {
        const plain = first >= 0x41 && first <= 0x5a && second >= 0x61 && second <= 0x7a;
        assert.equal(capitalisedStart(first, second), plain, String.fromCharCode(first, second));
      }
    }
  });

  it('finds the names by shape given only the capitalised words as given every word, the others ending a run', () => {
    // Names with a word between their parts, and words glued by hyphens, where a run must end or go on.
    const snippets = [' Sergey a Lavrov said', '\nBy Anna x Petrova\n', ' Ivan-petrov Sidorov said', ' Ivan Ivanov-Petrov said', ' Yesterday Sergey Lebedev ', ' Oleg 1 Petrov, who'];
    const random = prng(51);
    let names = 0;
    for (const original of wordTexts) {
      let text = original;
      for (let e = 0; e < 10; e++) {
        const at = Math.floor(random() * (text.length + 1));
        text = text.slice(0, at) + snippets[Math.floor(random() * snippets.length)] + text.slice(at);
      }
      const { count, starts, ends } = wordsOf(text);
      const found = (everyWord: boolean) => {
        const out: string[] = [];
        const shapes = new NamesByShape(
          text,
          (start) => start % 7 === 0,
          (words, cue) => out.push(`${words.map((w) => `${w.start}-${w.end}`).join(' ')} ${cue}`),
        );
        for (let k = 0; k < count; k++) {
          const [start, end] = [starts[k], ends[k]];
          if (end - start > 1 && capitalisedStart(text.charCodeAt(start), text.charCodeAt(start + 1))) shapes.capitalised(start, end);
          // A word that is no name's ends the run it follows.
          else if (everyWord) shapes.end();
        }
        shapes.end();
        return out;
      };
      const plain = found(true);
      assert.deepEqual(found(false), plain);
      names += plain.length;
    }
    assert.ok(names > 100, `only ${names} names by shape`);
  });
});

describe('the capitalized words, listed once for the short forms of names and the slips of place names', () => {
  it('lists every word that starts with a capital or follows one outside ASCII, and more only beyond Cyrillic', () => {
    // Capitals of Latin, Greek, Cyrillic, Armenian and Georgian, titlecase, capitals that are no
    // letters (Ⓐ) and letters outside the Basic Multilingual Plane, before words and in them.
    const odd = 'Ⴀბ ⴀb Ḁbc ḁbc Ⓐbc ⓐbc Ⓑ ǅx Ωmega ωmega Ժողով ժողով Ⅻ ⅻ 𝐀b Ⓒ-Petrov «Lavrov» Éric À É';
    const isCapital = (unit: string) => unit !== unit.toLowerCase();
    let listedBeyond = 0;
    for (const text of [...texts, ...rareTexts, odd, '', 'A', 'a']) {
      const words = wordsOf(text);
      // Plainly: each word's first unit and the one before it, as strings.
      const plain = new Set<number>();
      for (let k = 0; k < words.count; k++) {
        const start = words.starts[k];
        if (isCapital(text[start]) || (start > 0 && text.charCodeAt(start - 1) >= 0x80 && isCapital(text[start - 1]))) plain.add(k);
      }
      const listed = [...capitalWordsOf(text, words)];
      assert.deepEqual(
        listed.filter((k) => plain.has(k)),
        [...plain],
        JSON.stringify(text.slice(0, 40)),
      );
      for (const k of listed) {
        if (plain.has(k)) continue;
        // A word listed without a capital stands at a unit beyond Cyrillic, or after one.
        const start = words.starts[k];
        assert.ok(text.charCodeAt(start) >= 0x600 || text.charCodeAt(start - 1) >= 0x600, `${JSON.stringify(text.slice(start - 1, words.ends[k]))} is listed`);
        listedBeyond++;
      }
      assert.deepEqual([...listed].sort((a, b) => a - b), listed);
    }
    assert.ok(listedBeyond > 0, 'no word was listed beyond Cyrillic: the check of those says nothing');
  });
});

describe('the shortcuts of the date stage, against the expressions they stand for', () => {
  // Dates made of a day, a month and a year in either order, each part in and out of range, and
  // joined and ended by what a date may hold or what stops one: spaces of each kind, commas, full
  // stops, dashes, degree signs and suffixes, a weekday or a preposition before it, months in any
  // case and in letters that only ignoring case makes a month's (ſ, the Kelvin sign), a mark and a
  // letter outside the Basic Multilingual Plane after it.
  const BEFORE = ['', '', 'giovedì ', 'Thursday, ', 'dal ', 'from ', 'in ', 'x', '5'];
  const DAYS = ['5', '27', '05', '0', '00', '31', '32', '123', '1', '٥'];
  const JOINS = [' ', ' ', '  ', '\u00a0', '\t', '\n', ', ', '. ', '.', '-', ' - ', '–', '° ', 'º ', 'st ', 'ſt ', ''];
  const MONTHS = ['novembre', 'November', 'NOV', 'nov', 'sept', 'ſept', 'марта', 'МАРТА', 'мая', 'may', 'marzo', 'mar', 'dic', 'Dicembre', 'novembrex', '\u212aov', 'giovedì'];
  const YEARS = ['2025', '2025', '1999', '2100', '20255', '5', '13', ''];
  const AFTER = ['', '', '.', '. ', 'x', ' ', '-', ' - 3 marzo', '–4', '°', 'é', '\u0301', '𝐀', ',', ' 2024'];

  it('reads a day and a month in place as their expressions read them', () => {
    const random = prng(23);
    const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)];
    const pieced = Array.from({ length: 10000 }, () => {
      let text = '';
      for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
        const [first, second] = random() < 0.5 ? [pick(DAYS), pick(MONTHS)] : [pick(MONTHS), pick(DAYS)];
        text += pick(BEFORE) + first + pick(JOINS) + second + pick(JOINS) + pick(YEARS) + pick(AFTER) + pick([' ', '\n', '']);
      }
      return text;
    });
    let dated = 0;
    for (const text of [...texts, ...rareTexts, ...pieced]) {
      for (const year of [undefined, 2023]) {
        const found = findDates(text, year, '2023-11-23');
        assert.deepEqual(found, findDatesPlainly(text, year, '2023-11-23'), JSON.stringify(text.slice(0, 200)));
        dated += found.filter((d) => /^\d{4}-\d\d-\d\d$|^--/.test(d.iso ?? '')).length;
      }
    }
    assert.ok(dated > 5000, `only ${dated} days found`);
  });
});
