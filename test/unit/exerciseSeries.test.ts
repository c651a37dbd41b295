// Exercises recur every year under one name; a report writes the edition as the name with its
// year. The mention must cover the year and name the edition when the knowledge base has it.
import * as assert from 'node:assert/strict';
import { bundledKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Entity } from '../../src/core/knowledgeBase/schema';
import { Recognizer } from '../../src/core/recognizer/recognizer';

function found(recognizer: Recognizer, text: string): [string, string | undefined][] {
  return recognizer.entities(text).map((m) => [m.text, m.id]);
}

describe('exercise series written with a year', () => {
  const kb = new KnowledgeBase([
    Entity.parse({ id: 'event:drill', type: 'event', kind: 'exercise', name: 'Shield (exercise)', aliases: { ru: ['учения «Щит»'] } }),
    Entity.parse({ id: 'event:drill-2021', type: 'event', kind: 'exercise', name: 'Shield-2021', start: '2021-09' }),
  ]);
  const recognizer = new Recognizer(kb);

  it('takes the year into the span and resolves it to the edition the knowledge base has, else to the series', () => {
    assert.deepEqual(found(recognizer, 'After Shield-2021 came Shield – 2022 and a shield.'), [
      ['Shield-2021', 'event:drill-2021'],
      ['Shield – 2022', 'event:drill'],
    ]);
    // A year after a space, or its last two digits after a dash, as wire copy writes them.
    assert.deepEqual(found(recognizer, 'Shield 2021 drills, then Shield-21 and Shield-81.'), [
      ['Shield 2021', 'event:drill-2021'],
      ['Shield-21', 'event:drill-2021'],
      ['Shield-81', 'event:drill'],
    ]);
  });

  it('reads a series named without its year as the edition its sentence dates, else the article\'s year, where the knowledge base has it', () => {
    const dated = (text: string, year?: number) => recognizer.recognize(text, { referenceYear: year }).filter((m) => m.type === 'event').map((m) => m.id);
    assert.deepEqual(dated('В 2021 году прошли учения «Щит».'), ['event:drill-2021']);
    assert.deepEqual(dated('Учения «Щит» прошли в сентябре.', 2021), ['event:drill-2021']);
    // A year no edition has, or a date in another sentence, leaves the series.
    assert.deepEqual(dated('В 2022 году прошли учения «Щит».'), ['event:drill']);
    assert.deepEqual(dated('Это было в 2021 году. Учения «Щит» прошли.', 2023), ['event:drill']);
  });

  it('finds a bare series name in quotes, quotes outside, and not as an ordinary word', () => {
    assert.deepEqual(found(recognizer, 'Учения «Щит» прошли, щит и Щит остались.'), [['Щит', 'event:drill']]);
    // A Russian name declined, with its year or in quotes, is the series or its edition; as an ordinary word, nothing.
    assert.deepEqual(found(recognizer, 'Итоги «Щита-2021» и «Щита», за щитом.'), [
      ['Щита-2021', 'event:drill-2021'],
      ['Щита', 'event:drill'],
    ]);
    // In any case of the noun before it, the name is what the quotes hold.
    assert.deepEqual(found(recognizer, 'В рамках учений «Щит» и на учениях «Щит» войска отработали задачи.'), [
      ['Щит', 'event:drill'],
      ['Щит', 'event:drill'],
    ]);
  });

  it('finds an exercise\'s bare English name with its capital before "exercise" or "drills", alone or in a list', () => {
    const bundled = new Recognizer(bundledKnowledgeBase());
    assert.deepEqual(found(bundled, 'The troops held the Interaction exercise, then the Echelon and Search drills.'), [
      ['Interaction', 'event:csto-exercise-interaction'],
      ['Echelon', 'event:csto-exercise-echelon'],
      ['Search', 'event:csto-exercise-search'],
    ]);
    assert.deepEqual(found(bundled, 'Interaction and Search exercises were held in Belarus.'), [
      ['Interaction', 'event:csto-exercise-interaction'],
      ['Search', 'event:csto-exercise-search'],
      ['Belarus', 'place:belarus'],
    ]);
    // One name starting a sentence, small letters, a noun of another kind, or an exhibition: no exercise.
    assert.deepEqual(found(bundled, 'Search exercises went on. Search and rescue exercises too. The interaction exercise; the Search teams; the Army exercises.'), []);
  });

  it('works on the bundled series in three languages', () => {
    const bundled = new Recognizer(bundledKnowledgeBase());
    assert.deepEqual(found(bundled, 'The Interaction-2026 drills followed «Эшелон-2026» and the esercitazione Rubezh-2026.'), [
      ['Interaction-2026', 'event:csto-exercise-interaction'],
      ['Эшелон-2026', 'event:csto-exercise-echelon'],
      ['Rubezh-2026', 'event:csto-exercise-rubezh'],
    ]);
    assert.deepEqual(found(bundled, 'В 2023 году прошли учения «Нерушимое братство-2023».'), [
      ['Нерушимое братство-2023', 'event:csto-exercise-indestructible-brotherhood-2023'],
    ]);
    assert.deepEqual(found(bundled, 'Участники «Рубежа-2024» и «Нерушимому братству-2023», на рубеже веков.'), [
      ['Рубежа-2024', 'event:csto-exercise-rubezh'],
      ['Нерушимому братству-2023', 'event:csto-exercise-indestructible-brotherhood-2023'],
    ]);
  });
});
