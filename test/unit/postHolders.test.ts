import * as assert from 'node:assert/strict';
import { IncrementalRecognizer } from '../../src/core/recognizer/incremental';
import { bundledRecognizer } from './namesFound';

const recognizer = bundledRecognizer();
const people = (text: string, articleDate: string) =>
  recognizer
    .recognize(text, { articleDate })
    .filter((m) => m.type === 'person' || m.type === 'candidate')
    .map((m) => [m.text, m.id ?? 'candidate']);

describe('a surname that people of the knowledge base share, after a title', () => {
  it('is the one who holds the post the title names at the article’s date', () => {
    // Sadyr Japarov is President; Akylbek Japarov headed the Cabinet from 2021 to 2024.
    assert.deepEqual(people('Prime Minister Japarov met President Japarov.', '2023-05-01'), [
      ['Japarov', 'person:akylbek-japarov'],
      ['Japarov', 'person:sadyr-japarov'],
    ]);
    assert.deepEqual(people('Премьер Киргизии Жапаров заявил.', '2023-05-01'), [['Жапаров', 'person:akylbek-japarov']]);
    // Serdar Berdimuhamedow succeeded his father in 2022.
    assert.deepEqual(people('President Berdimuhamedow spoke.', '2024-05-01'), [['Berdimuhamedow', 'person:serdar-berdimuhamedow']]);
    assert.deepEqual(people('President Berdimuhamedow spoke.', '2019-05-01'), [['Berdimuhamedow', 'person:gurbanguly-berdimuhamedow']]);
    assert.deepEqual(people('Президент Туркменистана Бердымухамедов прибыл.', '2024-05-01'), [['Бердымухамедов', 'person:serdar-berdimuhamedow']]);
    // An Italian demonym after the title leaves the surname right after it.
    assert.deepEqual(people('Il presidente turkmeno Berdimuhamedov è arrivato.', '2024-05-01'), [['Berdimuhamedov', 'person:serdar-berdimuhamedow']]);
    assert.deepEqual(people('Il presidente turkmeno Berdimuhamedov è arrivato.', '2019-05-01'), [['Berdimuhamedov', 'person:gurbanguly-berdimuhamedow']]);
    assert.deepEqual(people('Il ministro degli Esteri turkmeno Meredov è arrivato.', '2024-05-01'), [['Meredov', 'candidate']]);
  });

  it('stays the best-known one without a title, or when the linked one holds the post', () => {
    assert.deepEqual(people('Japarov spoke; President Japarov spoke.', '2023-05-01'), [
      ['Japarov', 'person:sadyr-japarov'],
      ['Japarov', 'person:sadyr-japarov'],
    ]);
    // After Akylbek Japarov left the Cabinet, no namesake holds the post: the link stays.
    assert.deepEqual(people('Prime Minister Japarov spoke.', '2025-05-01'), [['Japarov', 'person:sadyr-japarov']]);
  });

  it('reads the same piece by piece as in a whole recognition', () => {
    const text = 'Prime Minister Japarov spoke.\n\nPresident Berdimuhamedow replied.';
    const pieces = new IncrementalRecognizer(recognizer).recognize(text, { articleDate: '2023-05-01' }).mentions.map((m) => [m.text, m.id ?? m.type]);
    assert.deepEqual(pieces, recognizer.recognize(text, { articleDate: '2023-05-01' }).map((m) => [m.text, m.id ?? m.type]));
    assert.deepEqual(pieces, [
      ['Japarov', 'person:akylbek-japarov'],
      ['Berdimuhamedow', 'person:serdar-berdimuhamedow'],
    ]);
  });
});
