// A person named in full, then by surname alone or by first name and patronymic: the short forms
// are mentions of that person (coreference.ts). Articles written for these tests.
import * as assert from 'node:assert/strict';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Recognizer } from '../../src/core/recognizer/recognizer';
import { IncrementalRecognizer } from '../../src/core/recognizer/incremental';
import { factFileMention } from '../../src/core/annotation/status';
import type { Mention } from '../../src/core/recognizer/mention';

const recognizer = new Recognizer(bundledKnowledgeBase());

/** The mentions of `word` in `text`, in order, as text → what they refer to (entity id, or the candidate's full name). */
function referents(text: string, word: string): string[] {
  return recognizer
    .recognize(text)
    .filter((m) => m.text === word)
    .map(referentOf);
}

function referentOf(m: Mention): string {
  if (m.type === 'candidate') return `candidate ${m.name ?? m.text}`;
  return m.id ?? m.type;
}

describe('surnames alone and first names with patronymic, after a full name', () => {
  it('follows a person the knowledge base does not know by surname, possessive included (en)', () => {
    const text = 'Border talks resumed in Osh. Ivan Tarasov said the crossing would reopen.\n\nOn Friday Tarasov met the governor; Tarasov’s deputy stayed behind.';
    assert.deepEqual(referents(text, 'Tarasov'), ['candidate Ivan Tarasov', 'candidate Ivan Tarasov']);
  });

  it('does not take an ordinary word at a sentence start before a surname for another person of that surname', () => {
    // "Later Tarasov added" reads like a name before a verb of speech; it is no new Tarasov.
    const text = 'Ivan Tarasov said the crossing would reopen. Later Tarasov added that Tarasov’s deputy would stay.';
    const possessive = recognizer.recognize(text).filter((m) => m.text === 'Tarasov');
    assert.deepEqual(possessive.map(referentOf), ['candidate Ivan Tarasov']);
  });

  it('follows a known person by surname where the knowledge base has no such alias (it)', () => {
    const text = 'A Bishkek il primo ministro Akylbek Japarov ha presentato il bilancio. Secondo Japarov la crescita continuerà.';
    assert.deepEqual(referents(text, 'Japarov'), ['person:akylbek-japarov']);
  });

  it('gives a surname two known people share to the one the article named in full, not to the alias’s owner', () => {
    // "Japarov" alone is the knowledge base's alias of Sadyr Japarov; this article is about the prime minister.
    const text = 'Akylbek Japarov arrived in Moscow on Monday. Japarov then met the Russian prime minister.';
    const [alone] = recognizer.recognize(text).filter((m) => m.text === 'Japarov');
    assert.equal(alone.id, 'person:akylbek-japarov');
    assert.deepEqual(alone.alternatives, ['person:sadyr-japarov'], 'the alias’s owner stays an alternative');
    // And the nearest full name before it decides between two namesakes.
    const both = 'Sadyr Japarov opened the summit. Akylbek Japarov spoke next. Japarov promised new roads.';
    assert.deepEqual(referents(both, 'Japarov'), ['person:akylbek-japarov']);
  });

  it('keeps the knowledge base’s alias when the article names nobody else with that surname', () => {
    assert.deepEqual(referents('Japarov opened the session in Bishkek.', 'Japarov'), ['person:sadyr-japarov']);
    assert.deepEqual(referents('Japarov opened the session. Sadyr Japarov then left.', 'Japarov'), ['person:sadyr-japarov']);
  });

  it('reads a known namesake’s surname before the full name as that namesake, an unknown surname not at all', () => {
    // A headline with the surname, the article with the full name further on.
    assert.deepEqual(referents('Japarov presents the budget\n\nPrime Minister Akylbek Japarov said spending would rise.', 'Japarov'), ['person:akylbek-japarov']);
    // A word nothing says is a name is not taken backwards.
    assert.deepEqual(referents('Tarasov presents the plan\n\nGovernor Ivan Tarasov said the plan was ready.', 'Tarasov'), []);
  });

  it('follows a Russian surname in its case forms (ru)', () => {
    const text = 'Делегацию возглавил Андрей Петров. На встрече с Петровым обсуждали границу.\nПозиция Петрова не изменилась, сказали в министерстве.';
    assert.deepEqual(referents(text, 'Петровым'), ['candidate Андрей Петров']);
    assert.deepEqual(referents(text, 'Петрова'), ['candidate Андрей Петров']);
    const known = 'В Москве Сергей Лавров провёл переговоры. Встреча с Лавровым длилась час.';
    assert.deepEqual(referents(known, 'Лавровым'), ['person:sergey-lavrov']);
  });

  it('follows a first name with patronymic after the full name (ru, en)', () => {
    const ru = 'Владимир Путин прибыл в Душанбе. Владимира Владимировича встретил президент.';
    assert.deepEqual(referents(ru, 'Владимира Владимировича'), ['person:vladimir-putin']);
    const en = 'Vladimir Putin arrived in Dushanbe. Vladimir Vladimirovich was met at the airport.';
    assert.deepEqual(referents(en, 'Vladimir Vladimirovich'), ['person:vladimir-putin']);
    // The region's leaders, by the patronymics the knowledge base gives them.
    const leader = 'Вопрос обсуждали с президентом Садыром Жапаровым. Садыр Нургожоевич поддержал график. Позже прибыл Никол Пашинян; Никол Воваевич выступил.';
    assert.deepEqual(referents(leader, 'Садыр Нургожоевич'), ['person:sadyr-japarov']);
    assert.deepEqual(referents(leader, 'Никол Воваевич'), ['person:nikol-pashinyan']);
    const unknown = 'Посол Андрей Петрович Волков вручил грамоты. Андрей Петрович поблагодарил хозяев.';
    assert.deepEqual(referents(unknown, 'Андрей Петрович'), ['candidate Андрей Петрович Волков']);
  });

  it('tells two unknown people who share a surname apart by the nearest full name', () => {
    const text = 'Ivan Tarasov said the road was open. Olga Tarasova, who chairs the panel, disagreed. Later, Tarasov was asked again.';
    assert.deepEqual(referents(text, 'Tarasov'), ['candidate Ivan Tarasov']);
    const it = 'Il ministro Marco Conti ha parlato per primo. Poi la portavoce Laura Conti ha risposto. Alla fine Conti ha chiuso la seduta.';
    assert.deepEqual(referents(it, 'Conti'), ['candidate Laura Conti']);
  });

  it('gives a surname back to the person named in full again after a namesake, however often each is named', () => {
    const text =
      'Ivan Tarasov opened the talks. Tarasov spoke first. Then Sergei Tarasov, his cousin, replied. Tarasov disagreed. ' +
      'In the end Ivan Tarasov closed the session. Ivan Tarasov thanked the guests, and Tarasov left.';
    assert.deepEqual(referents(text, 'Tarasov'), ['candidate Ivan Tarasov', 'candidate Sergei Tarasov', 'candidate Ivan Tarasov']);
    const known = 'Akylbek Japarov arrived. Sadyr Japarov met him. Akylbek Japarov spoke. Japarov left. Sadyr Japarov stayed. Japarov waved.';
    assert.deepEqual(referents(known, 'Japarov'), ['person:akylbek-japarov', 'person:sadyr-japarov']);
  });

  it('does not take a surname that may be an ordinary word at the start of a sentence, nor in small letters', () => {
    const text = 'General Ivan Mir inspected the troops. Mir would not last long, the officers said. Later Mir spoke to the press about mir.';
    const found = recognizer.recognize(text).filter((m) => /^mir$/i.test(m.text));
    assert.deepEqual(
      found.map((m) => [m.start, m.name]),
      [[text.indexOf('Later Mir') + 6, 'Ivan Mir']],
    );
    // A surname of the region's shape is a name at a sentence start too.
    assert.deepEqual(referents('Ivan Tarasov landed. Tarasov said little.', 'Tarasov'), ['candidate Ivan Tarasov']);
  });

  it('does not turn a place or body into a person because a surname is spelt like it', () => {
    const text = 'Sergei Minsk, a farmer, said he had never been to the capital. Minsk hosted the summit.';
    const minsk = recognizer.recognize(text).filter((m) => m.text === 'Minsk');
    assert.deepEqual(
      minsk.map((m) => m.type),
      ['place', 'place'],
    );
  });

  it('takes no surname from an alias that describes a person rather than names them', () => {
    const kb = bundledKnowledgeBase().withOverrides({
      entities: [],
      aliases: [{ entity: 'person:alexander-lukashenko', language: 'en', name: 'Belarusian leader', line: 1, column: 1, field: 'aliases.person:alexander-lukashenko.en[0]' }],
    });
    const text = 'The Belarusian leader Alexander Lukashenko spoke first. The Supreme Leader of Iran was absent.';
    const leader = new Recognizer(kb).recognize(text).filter((m) => m.text === 'Leader');
    assert.deepEqual(leader, []);
  });

  it('writes the person the surname refers to when the mention is annotated', () => {
    const text = 'Akylbek Japarov arrived in Moscow. Japarov then met the press.';
    const alone = recognizer.recognize(text).filter((m) => m.text === 'Japarov')[0];
    assert.equal(factFileMention(text, alone).entity, 'person:akylbek-japarov');
  });

  it('gives the same mentions article by article as piece by piece, while the article is edited', () => {
    const text = 'Ivan Tarasov opened the meeting.\n\nAkylbek Japarov listened.\n\nTarasov and Japarov then signed; Tarasov’s aide kept the copy.\n';
    const incremental = new IncrementalRecognizer(recognizer);
    assert.deepEqual(incremental.recognize(text).mentions, recognizer.recognize(text));
    // Removing the full name in the first paragraph changes what the third one's surname is.
    const edited = text.replace('Ivan Tarasov', 'The chair');
    const change = { start: 0, oldEnd: 'Ivan Tarasov'.length, newEnd: 'The chair'.length };
    const after = incremental.recognize(edited, {}, change).mentions;
    assert.deepEqual(after, recognizer.recognize(edited));
    assert.equal(after.filter((m) => m.text === 'Tarasov').length, 0);
    const back = incremental.recognize(text, {}, { start: 0, oldEnd: 'The chair'.length, newEnd: 'Ivan Tarasov'.length }).mentions;
    assert.deepEqual(back.filter((m) => m.text === 'Tarasov').map(referentOf), ['candidate Ivan Tarasov', 'candidate Ivan Tarasov']);
  });
});
