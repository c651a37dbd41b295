// Tests for syntaxes/news-article.tmLanguage.json. The grammar is loaded with vscode-textmate and
// vscode-oniguruma, as VS Code loads it, and run over the seed articles: lines are picked from the
// seeds by their content, and every document is tokenized line by line with the rule stack carried
// from one line to the next (so `\A` matches only on a document's first line).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

// The compiled file lives in out/test/grammar/: the repository root is three levels up.
const repoRoot = path.resolve(__dirname, '..', '..', '..');
const grammarPath = path.join(repoRoot, 'syntaxes', 'news-article.tmLanguage.json');
const seedsDir = path.join(repoRoot, 'seeds');

const SUFFIX = '.news-article';
const HEADLINE = 'markup.heading.headline.news-article';
const SECTION_HEADING = 'markup.heading.section.news-article';
const DATELINE = 'meta.dateline.news-article';
const CITY = 'entity.name.section.city.news-article';
const COUNTRY = 'entity.name.section.country.news-article';
const AGENCY = 'entity.name.tag.agency.news-article';
const DATE = 'constant.numeric.date.news-article';
const BYLINE = 'meta.byline.news-article';
const CREDIT_LINE = 'meta.byline.credit.news-article';
const AUTHOR = 'entity.name.author.news-article';
const STRING = 'string.quoted.double.news-article';
const STRING_BEGIN = 'punctuation.definition.string.begin.news-article';
const STRING_END = 'punctuation.definition.string.end.news-article';
const CAPTION = 'meta.caption.news-article';
const CAPTION_COMMENT = 'comment.line.caption.news-article';

/** One tokenized line: its text and its tokens, each with the scopes from the root outwards in. */
interface Line {
  readonly text: string;
  readonly tokens: readonly vsctm.IToken[];
}

let grammar: vsctm.IGrammar;
const seeds = new Map<string, string>();

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = fs.readFileSync(path.join(repoRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'text.news-article'
        ? vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath)
        : null,
  });
  const loaded = await registry.loadGrammar('text.news-article');
  assert.ok(loaded, 'the grammar text.news-article loads');
  return loaded;
}

/** Tokenizes a whole document as VS Code does: line by line, carrying the rule stack. */
function tokenizeDocument(text: string): Line[] {
  let stack = vsctm.INITIAL;
  return text.split(/\r?\n/).map((lineText) => {
    const result = grammar.tokenizeLine(lineText, stack);
    stack = result.ruleStack;
    return { text: lineText, tokens: result.tokens };
  });
}

/** Tokenizes one line as a line inside a document (not its first line). */
function tokenizeInnerLine(text: string): Line {
  return tokenizeDocument(`\n${text}`)[1];
}

/** The seed whose file name starts with the given number, e.g. "001". */
function seed(number: string): string {
  const name = [...seeds.keys()].find((file) => file.startsWith(`${number}_`));
  assert.ok(name, `seed ${number} exists`);
  return seeds.get(name) as string;
}

/** The tokenized line of a seed that contains `needle` (the whole seed is tokenized). */
function seedLine(number: string, needle: string): Line {
  const line = tokenizeDocument(seed(number)).find((l) => l.text.includes(needle));
  assert.ok(line, `seed ${number} has a line containing ${JSON.stringify(needle)}`);
  return line;
}

/** The first tokenized line of a seed. */
function firstLine(number: string): Line {
  return tokenizeDocument(seed(number))[0];
}

/** The scopes of every token that overlaps the given occurrence of `substring` in the line. */
function scopesOf(line: Line, substring: string, occurrence = 0): string[][] {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = line.text.indexOf(substring, start + 1);
    assert.ok(start >= 0, `${JSON.stringify(substring)} occurs in ${JSON.stringify(line.text.slice(0, 80))}`);
  }
  const end = start + substring.length;
  const covering = line.tokens.filter((t) => t.startIndex < end && t.endIndex > start);
  assert.ok(covering.length > 0, `tokens cover ${JSON.stringify(substring)}`);
  return covering.map((t) => t.scopes);
}

/** Asserts that every token covering `substring` carries `scope`. */
function assertScope(line: Line, substring: string, scope: string, occurrence = 0): void {
  const scopes = scopesOf(line, substring, occurrence);
  for (const tokenScopes of scopes) {
    assert.ok(
      tokenScopes.includes(scope),
      `${JSON.stringify(substring)} should be ${scope}, but a token of it has ${tokenScopes.join(' ')}`,
    );
  }
}

/** Asserts that no token covering `substring` carries `scope`. */
function assertNoScope(line: Line, substring: string, scope: string, occurrence = 0): void {
  for (const tokenScopes of scopesOf(line, substring, occurrence)) {
    assert.ok(!tokenScopes.includes(scope), `${JSON.stringify(substring)} should not be ${scope}`);
  }
}

/** The texts of the maximal runs of tokens that carry `scope`, in order: shows a scope's exact extent. */
function textsWith(line: Line, scope: string): string[] {
  const texts: string[] = [];
  let runStart = -1;
  let runEnd = -1;
  for (const token of line.tokens) {
    if (token.scopes.includes(scope)) {
      if (runStart < 0 || token.startIndex !== runEnd) {
        if (runStart >= 0) texts.push(line.text.slice(runStart, runEnd));
        runStart = token.startIndex;
      }
      runEnd = token.endIndex;
    }
  }
  if (runStart >= 0) texts.push(line.text.slice(runStart, Math.min(runEnd, line.text.length)));
  return texts;
}

/** Every scope used anywhere on the line. */
function allScopes(line: Line): Set<string> {
  return new Set(line.tokens.flatMap((t) => t.scopes));
}

describe('news-article grammar', function () {
  before(async function () {
    grammar = await loadGrammar();
    for (const file of fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
      seeds.set(file, fs.readFileSync(path.join(seedsDir, file), 'utf8'));
    }
    assert.ok(seeds.size >= 5, 'the five seed articles are present');
  });

  describe('grammar file', function () {
    it('has the scope name text.news-article and suffixes every scope with .news-article', function () {
      const raw = JSON.parse(fs.readFileSync(grammarPath, 'utf8')) as { scopeName: string; repository: object; patterns: object };
      assert.equal(raw.scopeName, 'text.news-article');
      const bad: string[] = [];
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (node === null || typeof node !== 'object') return;
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'name' || key === 'contentName') && typeof value === 'string') {
            bad.push(...value.split(' ').filter((scope) => !scope.endsWith(SUFFIX)));
          } else {
            visit(value);
          }
        }
      };
      visit(raw.repository);
      visit(raw.patterns);
      assert.deepEqual(bad, []);
    });
  });

  describe('headline', function () {
    it('scopes the markdown heading of seed 000, with its marks and bold text', function () {
      const line = seedLine('000', '## **Esteri -** Asia');
      assert.deepEqual(textsWith(line, HEADLINE), [line.text]);
      assert.deepEqual(textsWith(line, 'punctuation.definition.heading.news-article'), ['##']);
      assert.deepEqual(textsWith(line, 'markup.bold.news-article'), ['**Esteri -**']);
      assert.deepEqual(textsWith(line, 'punctuation.definition.bold.news-article'), ['**', '**']);
    });

    it('scopes the first line of seed 001 and of seed 003 as the headline', function () {
      const first001 = firstLine('001');
      assert.equal(first001.text, 'Putin to participate in Collective Security Treaty Organization’s summit in Yerevan');
      assert.deepEqual(textsWith(first001, HEADLINE), [first001.text]);
      const first003 = firstLine('003');
      assert.equal(first003.text, 'CSTO Leaders to Convene in Minsk without Pashinyan');
      assert.deepEqual(textsWith(first003, HEADLINE), [first003.text]);
    });

    it('uses the first line only: the same text on a later line is no headline', function () {
      const headline = firstLine('001').text;
      assert.ok(!allScopes(tokenizeInnerLine(headline)).has(HEADLINE));
      assert.ok(!allScopes(seedLine('001', 'The event should also be attended')).has(HEADLINE));
    });

    it('does not take a first line that ends with a full stop (seed 002) for a headline', function () {
      const first002 = firstLine('002');
      assert.match(first002.text, /^Il Kazakistan partecipa/);
      assert.ok(!allScopes(first002).has(HEADLINE));
    });

    it('scopes short section headings such as "Help to Armenia" and "Belarusian presidency"', function () {
      for (const heading of ['Help to Armenia', 'Belarusian presidency', 'Threats from Afghanistan']) {
        const line = seedLine('001', heading);
        assert.deepEqual(textsWith(line, SECTION_HEADING), [heading]);
      }
      assert.deepEqual(textsWith(seedLine('004', 'Il miglior periodo della storia'), SECTION_HEADING), [
        'Il miglior periodo della storia',
      ]);
    });
  });

  describe('dateline', function () {
    it('seed 001: "MOSCOW, November 23. /TASS/." gives city, date and agency their scopes', function () {
      const line = seedLine('001', 'MOSCOW, November 23. /TASS/.');
      assert.deepEqual(textsWith(line, DATELINE), ['MOSCOW, November 23. /TASS/.']);
      assert.deepEqual(textsWith(line, CITY), ['MOSCOW']);
      assert.deepEqual(textsWith(line, DATE), ['November 23']);
      assert.deepEqual(textsWith(line, AGENCY), ['TASS']);
      assertScope(line, '/TASS/', DATELINE);
      assertNoScope(line, 'Russian President Vladimir Putin', DATELINE);
    });

    it('seed 000: "Biškek (Kirghizistan) - 27 nov 2025 (Prima Pagina News)"', function () {
      const line = seedLine('000', 'Biškek (Kirghizistan)');
      assert.deepEqual(textsWith(line, DATELINE), ['Biškek (Kirghizistan) - 27 nov 2025 (Prima Pagina News)']);
      assert.deepEqual(textsWith(line, CITY), ['Biškek']);
      assert.deepEqual(textsWith(line, COUNTRY), ['Kirghizistan']);
      assert.deepEqual(textsWith(line, DATE), ['27 nov 2025']);
      assert.deepEqual(textsWith(line, AGENCY), ['Prima Pagina News']);
      assertNoScope(line, 'I massimi esponenti', DATELINE);
    });

    it('scopes a line that is only a date (seeds 003 and 004) as a dateline', function () {
      const line003 = seedLine('003', '23 November 2023');
      assert.deepEqual(textsWith(line003, DATELINE), ['23 November 2023']);
      assert.deepEqual(textsWith(line003, DATE), ['23 November 2023']);
      const line004 = seedLine('004', 'domenica 1 dicembre 2024');
      assert.deepEqual(textsWith(line004, DATE), ['domenica 1 dicembre 2024']);
      assertScope(line004, 'domenica', DATELINE);
    });

    it('scopes a city in capitals followed by an agency in brackets and a dash', function () {
      const line = tokenizeInnerLine('KYIV (Reuters) — Ukrainian officials said on Monday that talks would resume.');
      assert.deepEqual(textsWith(line, CITY), ['KYIV']);
      assert.deepEqual(textsWith(line, AGENCY), ['Reuters']);
      assertNoScope(line, 'Ukrainian officials', DATELINE);
    });

    it('scopes a capitalised city, a comma, a date and an agency followed by a dash', function () {
      const line = tokenizeInnerLine('Roma, 27 novembre (ANSA) - Il vertice si è aperto stamattina.');
      assert.deepEqual(textsWith(line, DATELINE), ['Roma, 27 novembre (ANSA) -']);
      assert.deepEqual(textsWith(line, CITY), ['Roma']);
      assert.deepEqual(textsWith(line, AGENCY), ['ANSA']);
    });

    it('does not take a sentence that opens with a weekday and a date for a dateline', function () {
      for (const text of ['On Wednesday, November 23, 2022, the leaders met in Yerevan.', 'Roma, 27 novembre è la data del vertice.']) {
        const line = tokenizeInnerLine(text);
        assert.ok(!allScopes(line).has(DATELINE), text);
        assert.equal(textsWith(line, DATE).length, 1, text);
      }
    });

    it('gives an ordinary sentence line no headline, dateline or byline scope', function () {
      const ordinary = [
        seedLine('001', 'The Kremlin press service earlier reported'),
        seedLine('002', 'Armenia, Bielorussia, Kazakistan, Kirghizistan, Russia e Tagikistan sono membri'),
        seedLine('004', 'La capitale del Kazakistan ospita un vertice'),
      ];
      for (const line of ordinary) {
        const scopes = allScopes(line);
        for (const structural of [HEADLINE, SECTION_HEADING, DATELINE, BYLINE, CITY, AGENCY]) {
          assert.ok(!scopes.has(structural), `${JSON.stringify(line.text.slice(0, 40))} has no ${structural}`);
        }
      }
    });
  });

  describe('byline and credits', function () {
    it('seed 000: "di Renato Narciso Giovedì 27 Novembre 2025"', function () {
      const line = seedLine('000', 'di Renato Narciso');
      assert.deepEqual(textsWith(line, BYLINE), [line.text]);
      assert.deepEqual(textsWith(line, AUTHOR), ['Renato Narciso']);
      assert.deepEqual(textsWith(line, 'keyword.other.byline.news-article'), ['di']);
      assert.deepEqual(textsWith(line, DATE), ['Giovedì 27 Novembre 2025']);
    });

    it('seed 004: "Di Farhad Ibragimov – esperto, ..."', function () {
      const line = seedLine('004', 'Di Farhad Ibragimov');
      assert.deepEqual(textsWith(line, BYLINE), [line.text]);
      assert.deepEqual(textsWith(line, AUTHOR), ['Farhad Ibragimov']);
      assert.deepEqual(textsWith(line, 'punctuation.separator.byline.news-article'), ['–']);
    });

    it('scopes an English byline "By ..." followed by a comma', function () {
      const line = tokenizeInnerLine('By Anna Maria Rossi, Moscow correspondent');
      assert.deepEqual(textsWith(line, AUTHOR), ['Anna Maria Rossi']);
    });

    it('does not take sentences that start with Di or By for bylines', function () {
      for (const text of [
        'Di recente, il ministro ha ribadito la posizione del governo.',
        'Di Maio ha dichiarato che la riunione è stata utile.',
        'By Monday, the delegations had left Astana.',
        'By Russia’s estimates, the exercise involved two thousand troops.',
      ]) {
        assert.ok(!allScopes(tokenizeInnerLine(text)).has(BYLINE), text);
      }
    });

    it('seed 003: "Based on materials from TASS" is a credit line naming the agency', function () {
      const line = seedLine('003', 'Based on materials from TASS');
      assert.deepEqual(textsWith(line, CREDIT_LINE), ['Based on materials from TASS']);
      assert.deepEqual(textsWith(line, AGENCY), ['TASS']);
    });
  });

  describe('quotations', function () {
    it('seed 000: straight quotes, long and with apostrophes', function () {
      const line = seedLine('000', '"punto di non ritorno"');
      assert.ok(textsWith(line, STRING).includes('"punto di non ritorno"'));
      const long = seedLine('000', '"Prevediamo inoltre');
      const quote = long.text.match(/"Prevediamo inoltre[^"]*"/)?.[0];
      assert.ok(quote && quote.includes("l'immigrazione"));
      assert.ok(textsWith(long, STRING).includes(quote));
      assertScope(long, "l'immigrazione clandestina", STRING);
    });

    it('seed 001: straight quotes open and close in pairs; the text between two quotes is not quoted', function () {
      const line = seedLine('001', '"traditionally simple"');
      assert.deepEqual(textsWith(line, STRING), ['"traditionally simple"', '"pressing problems"', '"abstract and contrived"']);
      assertNoScope(line, 'priorities: the organization should focus on', STRING);
      assertNoScope(line, ' rather than on ', STRING);
      const single = seedLine('001', '"will have an opportunity"');
      assert.deepEqual(textsWith(single, STRING), ['"will have an opportunity"']);
      assert.deepEqual(textsWith(single, STRING_BEGIN), ['"']);
      assert.deepEqual(textsWith(single, STRING_END), ['"']);
    });

    it('seed 002: curly quotes, with curly apostrophes inside', function () {
      const line = seedLine('002', '“Nerushimoe bratstvo”');
      assert.deepEqual(textsWith(line, STRING), ['“Nerushimoe bratstvo”']);
      assert.deepEqual(textsWith(line, STRING_BEGIN), ['“']);
      assert.deepEqual(textsWith(line, STRING_END), ['”']);
      const long = seedLine('002', '“Il compito principale');
      assertScope(long, 'dell’esercitazione è quello di aumentare', STRING);
      assertNoScope(long, 'si legge nel rapporto', STRING);
    });

    it('guillemets and low-high quotes', function () {
      const line = tokenizeInnerLine('Peskov ha detto: «L’incontro è stato “costruttivo”, ne siamo certi» e poi ha aggiunto „altro“.');
      assert.deepEqual(textsWith(line, STRING), ['«L’incontro è stato “costruttivo”, ne siamo certi»', '„altro“']);
      assert.deepEqual(textsWith(line, STRING_BEGIN), ['«', '„']);
      assert.deepEqual(textsWith(line, STRING_END), ['»', '“']);
    });

    it('an unmatched quote does not run to the end of the line', function () {
      const line = tokenizeInnerLine('The 12" guns and a lone “opening quote stay plain, as does the word "quoted" here.');
      assert.deepEqual(textsWith(line, STRING), ['"quoted"']);
    });
  });

  describe('captions', function () {
    it('seed 000: "(Foto: ...)" inside a paragraph is a caption', function () {
      const line = seedLine('000', '(Foto: Il presidente russo');
      const caption = line.text.slice(line.text.indexOf('(Foto:'));
      assert.ok(caption.endsWith(')'));
      assert.deepEqual(textsWith(line, CAPTION), [caption]);
      assertScope(line, caption, CAPTION_COMMENT);
      assert.deepEqual(textsWith(line, 'entity.other.caption-label.news-article'), ['Foto']);
      assertNoScope(line, 'sulla cooperazione', CAPTION);
    });

    it('seed 003: "Photo: ..." on a line of its own is a caption', function () {
      const line = seedLine('003', 'Photo: official website');
      assert.deepEqual(textsWith(line, CAPTION), [line.text]);
      assertScope(line, 'official website of the President', CAPTION_COMMENT);
    });

    it('seed 004: the © credit, and the caption line it ends', function () {
      const line = seedLine('004', '© Sputnik / Gavriil Grigorov');
      assertScope(line, '© Sputnik / Gavriil Grigorov', CAPTION);
      assertScope(line, '© Sputnik / Gavriil Grigorov', CAPTION_COMMENT);
      assert.deepEqual(textsWith(line, 'meta.credit.news-article'), ['© Sputnik / Gavriil Grigorov']);
      assert.deepEqual(textsWith(line, CAPTION), [line.text]);
    });

    it('a © credit at the end of a long paragraph is still a caption', function () {
      const paragraph = `${'Il vertice si è concluso con la firma di diversi documenti. '.repeat(12)}© ANSA / Mario Rossi`;
      const line = tokenizeInnerLine(paragraph);
      assert.deepEqual(textsWith(line, CAPTION), ['© ANSA / Mario Rossi']);
    });
  });

  describe('dates', function () {
    const cases: readonly { seed: string; date: string }[] = [
      { seed: '002', date: 'dal 6 al 13 ottobre' },
      { seed: '004', date: '28 novembre 2024' },
      { seed: '004', date: 'giovedì 4 luglio 2024' },
      { seed: '003', date: '23 November 2023' },
      { seed: '001', date: 'January 1, 2023' },
      { seed: '001', date: 'October 28' },
      { seed: '001', date: 'November 20' },
      { seed: '000', date: '1° gennaio 2026' },
      { seed: '000', date: '27 nov 2025' },
      { seed: '000', date: 'dicembre 2024' },
    ];
    for (const { seed: number, date } of cases) {
      it(`seed ${number}: "${date}"`, function () {
        const line = seedLine(number, date);
        assert.ok(textsWith(line, DATE).includes(date), `${date} in ${JSON.stringify(textsWith(line, DATE))}`);
      });
    }

    it('"dal" belongs to the date only when a range follows', function () {
      const line = seedLine('000', 'dal 1° gennaio 2026');
      const dates = textsWith(line, DATE);
      assert.ok(dates.includes('1° gennaio 2026'), JSON.stringify(dates));
      assert.ok(!dates.some((date) => date.startsWith('dal')), JSON.stringify(dates));
    });

    it('more forms: weekday and month first, ordinals, day ranges, abbreviations', function () {
      const line = tokenizeInnerLine(
        'On Wednesday, November 23, 2022, then on the 1st of January, from 6 to 13 October, 6–13 ottobre, on Nov. 5 and in Sept 2021.',
      );
      assert.deepEqual(textsWith(line, DATE), [
        'Wednesday, November 23, 2022',
        '1st of January',
        'from 6 to 13 October',
        '6–13 ottobre',
        'Nov. 5',
        'Sept 2021',
      ]);
    });

    it('negative cases: names, numbers and bare month names are not dates', function () {
      const putin = seedLine('001', 'Putin is expected to meet with Pashinyan');
      assertNoScope(putin, 'Putin', DATE);
      assert.deepEqual(textsWith(putin, DATE), []);
      assertNoScope(seedLine('000', '19 documenti'), '19 documenti', DATE);
      assertNoScope(seedLine('001', 'in early November'), 'November', DATE);
      assertNoScope(seedLine('004', 'a maggio a Pechino'), 'maggio', DATE);
      assertNoScope(seedLine('003', 'S-300 complexes'), 'S-300', DATE);
      const english = tokenizeInnerLine('They may 3 times set 2 goals near the Mar Nero in 2020.');
      assert.deepEqual(textsWith(english, DATE), []);
    });
  });

  describe('robustness', function () {
    it('tokenizes every line of every seed quickly and covers each line with tokens', function () {
      for (const [file, text] of seeds) {
        let stack = vsctm.INITIAL;
        for (const lineText of text.split(/\r?\n/)) {
          const started = Date.now();
          const result = grammar.tokenizeLine(lineText, stack, 2000);
          const elapsed = Date.now() - started;
          assert.equal(result.stoppedEarly, false, `${file}: stopped early`);
          assert.ok(elapsed < 1000, `${file}: a line took ${elapsed} ms`);
          assert.equal(result.tokens[0]?.startIndex, 0, `${file}: tokens start the line`);
          assert.ok((result.tokens.at(-1)?.endIndex ?? 0) >= lineText.length, `${file}: tokens reach the end`);
          stack = result.ruleStack;
        }
      }
    });

    it('does not backtrack badly on long lines full of near-misses', function () {
      const traps = [
        '"a '.repeat(5000),
        '“x '.repeat(5000),
        '(Foto: ('.repeat(3000),
        '© x '.repeat(4000),
        'dal 6 al 13 '.repeat(2000),
        'novembre giovedì 12 '.repeat(1500),
        'MOSCOW NEW YORK '.repeat(1500),
        `di ${'Mario Rossi '.repeat(2000)}`,
        `## ${'**a # '.repeat(3000)}`,
        [...seeds.values()].join(' ').replace(/\r?\n/g, ' '),
      ];
      for (const trap of traps) {
        const started = Date.now();
        const result = grammar.tokenizeLine(trap, vsctm.INITIAL, 5000);
        const elapsed = Date.now() - started;
        assert.equal(result.stoppedEarly, false, `stopped early on ${JSON.stringify(trap.slice(0, 20))}`);
        assert.ok(elapsed < 2000, `${elapsed} ms on ${JSON.stringify(trap.slice(0, 20))}`);
      }
    });
  });
});
