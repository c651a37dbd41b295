// Articles saved from the web: web addresses are not read for names, and Markdown's marks of
// emphasis do not hide a byline or a title from the name beside them.
import * as assert from 'node:assert/strict';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { IncrementalRecognizer } from '../../src/core/recognizer/incremental';
import { withoutMarkup } from '../../src/core/recognizer/markup';
import { Recognizer } from '../../src/core/recognizer/recognizer';

const recognizer = new Recognizer(bundledKnowledgeBase());
const found = (text: string) => recognizer.recognize(text, { articleDate: '2025-11-28' }).map((m) => [m.text, m.id ?? m.iso ?? m.type]);

describe('web addresses and Markdown in articles', () => {
  it('blanks web addresses, link targets and marks of emphasis, and nothing else, keeping every offset', () => {
    const text = '- [Vladimir Putin](http://en.kremlin.ru/) (Russia). *By Helen Marwick*. Source: kremlin.ru. Credit: mil.ru, INTERFAX.RU; snake_case **Putin**, 2 * 3. See https://tass.ru/politika/2024/11/05.';
    const blanked = withoutMarkup(text);
    assert.equal(
      blanked,
      '- [Vladimir Putin]                        (Russia).  By Helen Marwick . Source:           . Credit:       , INTERFAX.RU; snake_case   Putin  , 2 * 3. See                                    .',
    );
    assert.equal(withoutMarkup('Putin met Tokayev in Astana on 28 November. U.S. officials, e.g. the envoy, said 2.5 percent.'), undefined);
    assert.equal(withoutMarkup('* a list item\n- another'), undefined);
    // Figures and a domain alone are an outlet's name as much as its address; with a path, an address.
    assert.equal(withoutMarkup('The portal 24.kg reported, citing 24.kg/news/1.'), `The portal 24.kg reported, citing ${' '.repeat('24.kg/news/1'.length)}.`);
  });

  it('blanks runs that pair as emphasis only, and keeps any text of marks and brackets at its length, blanking nothing but', () => {
    assert.equal(withoutMarkup('C# C++ (.*)?[] and (.*) RE; a * b * c; Meta* banned'), undefined);
    assert.equal(withoutMarkup('**Putin**\n**Tokayev'), '  Putin  \n**Tokayev');
    // Random strings of marks, brackets, addresses and words: the same length, and only spaces where they differ.
    const parts = ['*', '**', '_', '](', '(', ')', '[', ']', 'http://', 'x.ru', '.', ' ', '\n', 'Putin', 'a'];
    let state = 7;
    const next = (n: number) => (state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) % n;
    for (let round = 0; round < 500; round++) {
      let text = '';
      for (let k = next(40); k > 0; k--) text += parts[next(parts.length)];
      const blanked = withoutMarkup(text) ?? text;
      assert.equal(blanked.length, text.length, JSON.stringify(text));
      for (let k = 0; k < text.length; k++) if (blanked[k] !== text[k]) assert.equal(blanked[k], ' ', JSON.stringify(text));
    }
  });

  it('blanks a footnote’s number glued to a word or a sentence, and no other figure', () => {
    assert.equal(withoutMarkup('activities.2 President Tokayev³, Лавров³.'), 'activities.  President Tokayev , Лавров .');
    assert.equal(withoutMarkup('Su-30, CO2, G20, 2nd, 5.11.2024, nel 2024, l’8 novembre, 1990s, 1234, France24 ha detto'), undefined);
    assert.deepEqual(found('President Kassym-Jomart Tokayev³ and Сергей Лавров³ met.4 France24, a channel.'), [
      ['Kassym-Jomart Tokayev', 'person:kassym-jomart-tokayev'],
      ['Сергей Лавров', 'person:sergey-lavrov'],
      ['France24', 'organization:france-24'],
    ]);
  });

  it('finds no name in a web address, in a link or bare', () => {
    assert.deepEqual(found('- [Vladimir Putin](http://en.kremlin.ru/) (Russia), [Kassym-Jomart Tokayev](https://akorda.kz/en)'), [
      ['Vladimir Putin', 'person:vladimir-putin'],
      ['Russia', 'place:russia'],
      ['Kassym-Jomart Tokayev', 'person:kassym-jomart-tokayev'],
    ]);
    assert.deepEqual(found('Source: http://en.kremlin.ru/events/president/news/123. Photo: www.kremlin.ru, akorda.kz'), []);
    // Nor in a handle; a hashtag is the name it tags.
    assert.deepEqual(found('Follow @CSTO_official and @KremlinRussia_E, write to press@mid.ru #CSTO'), [['CSTO', 'organization:csto']]);
    // An agency's name written as its address, in capitals, is the agency.
    assert.deepEqual(found('Москва. 19 января. INTERFAX.RU - Президент'), [
      ['Москва', 'place:moscow'],
      ['19 января', '2025-01-19'],
      ['INTERFAX.RU', 'organization:interfax'],
    ]);
  });

  it('reads a byline or a title through marks of emphasis, and keeps the marks out of the names', () => {
    assert.deepEqual(found('*By Helen Marwick*'), [['Helen Marwick', 'candidate']]);
    assert.deepEqual(found('**di Chiara Bellandi**'), [['Chiara Bellandi', 'candidate']]);
    assert.deepEqual(found('**By Oleg Varenik** | Minsk | Sep. 8, 2025'), [
      ['Oleg Varenik', 'candidate'],
      ['Minsk', 'place:minsk'],
      ['Sep. 8, 2025', '2025-09-08'],
    ]);
    const analyst = recognizer.recognize('Analyst **Helen Marwick** said so.').find((m) => m.text === 'Helen Marwick');
    assert.equal(analyst?.role, 'Analyst');
    assert.deepEqual(found('Prime Minister _Nikol Pashinyan_ met __Lukashenko__.'), [
      ['Nikol Pashinyan', 'person:nikol-pashinyan'],
      ['Lukashenko', 'person:alexander-lukashenko'],
    ]);
  });

  it('reads a Markdown article piece by piece as it does whole', () => {
    const article = '# Leaders meet in Bishkek\n\n*By Helen Marwick*\n\n- [Vladimir Putin](http://en.kremlin.ru/) (Russia)\n- **Sadyr Japarov** (Kyrgyzstan)\n\n> "We agreed," said _Nikol Pashinyan_.\n';
    const incremental = new IncrementalRecognizer(recognizer);
    assert.deepEqual(incremental.recognize(article, {}).mentions, recognizer.recognize(article));
    const at = article.indexOf('kremlin');
    const edited = `${article.slice(0, at)}x${article.slice(at)}`;
    assert.deepEqual(incremental.recognize(edited, {}, { start: at, oldEnd: at, newEnd: at + 1 }).mentions, recognizer.recognize(edited));
    assert.ok(!recognizer.recognize(edited).some((m) => m.text.includes('kremlin')));
  });
});
