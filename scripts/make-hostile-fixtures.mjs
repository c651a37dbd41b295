// Writes the hostile fixtures too large to commit: a 50 MB article and a 5 MB article on a single
// line. The same bytes every time (a fixed seed, no clock), so that a test that fails can be
// run again on the same input. The unit tests call this at test time into a temporary folder;
// run it by hand to try the files in the editor:
//
//   node scripts/make-hostile-fixtures.mjs OUT_DIR [big] [long-line]
//
// The small hostile fixtures are committed under test/fixtures/hostile/.
import { mkdirSync, openSync, closeSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const MB = 1024 * 1024;

export const LARGE_FIXTURES = {
  big: { file: 'big-50mb.article.txt', bytes: 50 * MB, singleLine: false },
  'long-line': { file: 'long-line-5mb.article.txt', bytes: 5 * MB, singleLine: true },
};

// Sentences in the style of the wire reports the extension is for: known people, places and
// organizations, dates in both languages, titles that introduce unknown names, non-Latin scripts
// and characters outside the Basic Multilingual Plane.
const SENTENCES = [
  'MOSCOW, 23 November 2023. Russian President Vladimir Putin arrived in Minsk for the CSTO summit.',
  'Kazakh President Kassym-Jomart Tokayev met Belarusian President Alexander Lukashenko on Thursday.',
  'Il presidente del Kirghizistan Sadyr Zhaparov è atteso a Erevan dal 6 al 13 ottobre 2023.',
  'Armenian Prime Minister Nikol Pashinyan said on January 1, 2023 that he would not attend.',
  'Foreign Minister Sergei Lavrov, the head of Russian diplomacy, spoke to reporters in Moscow.',
  'Путин провёл переговоры с Токаевым в Астане 27.11.2025, сообщили в Кремле.',
  'Spokeswoman Maria Zakharova told TASS that the talks were "constructive and frank."',
  'Sagynbek Abdumutalip, capo del dipartimento, ha confermato la data del 28 novembre 2024.',
  'The ministers of the Collective Security Treaty Organization gathered in Bishkek in December 2024.',
  'Secretary General Imangali Tasmagambetov opened the session; Emomali Rahmon of Tajikistan followed.',
  'Le delegazioni di Mosca, Astana e Dušanbe hanno firmato tre accordi giovedì 4 luglio 2024.',
  'Posted on 𝕏 by the press service: «Встреча прошла в дружественной атмосфере».',
  'Photo: Kremlin press service. © 2023',
  'Numbers that are not dates: 1.5 million, 2023-13-45, 31/02/2024 and 12:30.',
];

/** A small linear congruential generator: the same sequence from the same seed. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Writes `bytes` bytes of article text to `path`. Paragraphs are separated by blank lines, or,
 * for a single-line article, by spaces only. The file ends inside whole characters: the last
 * bytes are ASCII padding.
 */
export function writeArticle(path, bytes, { singleLine = false, seed = 20231123 } = {}) {
  const next = random(seed);
  const fd = openSync(path, 'w');
  try {
    let written = 0;
    let chunk = '';
    const flush = () => {
      const buffer = Buffer.from(chunk, 'utf8');
      chunk = '';
      const room = bytes - written;
      // Never cut a character in two: trim to the last whole character that fits, pad with spaces.
      let end = Math.min(buffer.length, room);
      while (end > 0 && end < buffer.length && (buffer[end] & 0xc0) === 0x80) end--;
      writeSync(fd, buffer, 0, end);
      written += end;
      if (end < buffer.length && written < bytes) {
        writeSync(fd, Buffer.alloc(bytes - written, 0x20));
        written = bytes;
      }
    };
    while (written < bytes) {
      const sentences = 3 + Math.floor(next() * 5);
      const paragraph = [];
      for (let i = 0; i < sentences; i++) paragraph.push(SENTENCES[Math.floor(next() * SENTENCES.length)]);
      chunk += paragraph.join(' ') + (singleLine ? ' ' : '\n\n');
      if (chunk.length >= 1 << 16) flush();
    }
    if (chunk) flush();
    return written;
  } finally {
    closeSync(fd);
  }
}

/** Writes the named large fixtures (all by default) into `dir`; returns their paths by name. */
export function makeLargeFixtures(dir, names = Object.keys(LARGE_FIXTURES)) {
  mkdirSync(dir, { recursive: true });
  const paths = {};
  for (const name of names) {
    const spec = LARGE_FIXTURES[name];
    if (!spec) throw new Error(`unknown fixture ${name} (expected ${Object.keys(LARGE_FIXTURES).join(', ')})`);
    const path = join(dir, spec.file);
    writeArticle(path, spec.bytes, { singleLine: spec.singleLine });
    paths[name] = path;
  }
  return paths;
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const [dir, ...names] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write(`usage: node scripts/make-hostile-fixtures.mjs OUT_DIR [${Object.keys(LARGE_FIXTURES).join('] [')}]\n`);
    process.exit(2);
  }
  const paths = makeLargeFixtures(dir, names.length > 0 ? names : undefined);
  process.stdout.write(`${JSON.stringify(paths)}\n`);
}
