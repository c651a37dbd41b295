import * as assert from 'node:assert/strict';
import { IncrementalRecognizer } from '../../src/core/recognizer/incremental';
import { bundledRecognizer } from './namesFound';

const recognizer = bundledRecognizer();
const people = (text: string, articleDate = '2025-05-01') =>
  recognizer
    .recognize(text, { articleDate })
    .filter((m) => m.type === 'person' || m.type === 'candidate')
    .map((m) => [m.text, m.id ?? `candidate${m.role ? ` (${m.role})` : ''}`]);

describe('a surname after "former" and a title its person still holds', () => {
  it('is a namesake, a candidate with the title as its role, in English, Italian and Russian', () => {
    assert.deepEqual(people("Azerbaijan's former leader Aliyev died in 2003."), [['Aliyev', 'candidate (leader)']]);
    assert.deepEqual(people('Ex-president Aliyev was buried in Baku.'), [['Aliyev', 'candidate (president)']]);
    assert.deepEqual(people("L'ex presidente Aliyev morì nel 2003."), [['Aliyev', 'candidate (presidente)']]);
    assert.deepEqual(people('Бывший президент Азербайджана Алиев умер в 2003 году.'), [['Алиев', 'candidate (президент)']]);
    assert.deepEqual(people('The late Aliyev was buried in Baku.'), [['Aliyev', 'candidate']]);
  });

  it('stays linked when the person left that post, or holds no other the title names, or is named in full', () => {
    // Shoigu was Minister of Defence until 2024; Putin was President once before.
    assert.deepEqual(people('Former defence minister Shoigu met Lukashenko.'), [
      ['Shoigu', 'person:sergei-shoigu'],
      ['Lukashenko', 'person:alexander-lukashenko'],
    ]);
    assert.deepEqual(people('Former president Putin', '2010-01-15'), [['Putin', 'person:vladimir-putin']]);
    assert.deepEqual(people('The former president Nazarbayev spoke.'), [['Nazarbayev', 'person:nursultan-nazarbayev']]);
    // "Former" qualifies the state, and a full name is the writer's own.
    assert.deepEqual(people("In the former Soviet republic's capital Tokayev spoke."), [['Tokayev', 'person:kassym-jomart-tokayev']]);
    assert.deepEqual(people('Former president Ilham Aliyev'), [['Ilham Aliyev', 'person:ilham-aliyev']]);
    // The title before another person's name is that person's.
    assert.deepEqual(people('The former president Nazarbayev and Aliyev spoke.'), [
      ['Nazarbayev', 'person:nursultan-nazarbayev'],
      ['Aliyev', 'person:ilham-aliyev'],
    ]);
  });

  it('reads the same piece by piece as in a whole recognition', () => {
    const text = "Azerbaijan's former leader Aliyev died in 2003.\n\nAliyev and Putin met in Baku.";
    const incremental = new IncrementalRecognizer(recognizer);
    const pieces = incremental.recognize(text, { articleDate: '2025-05-01' }).mentions.map((m) => [m.text, m.id ?? m.type]);
    assert.deepEqual(pieces, recognizer.recognize(text, { articleDate: '2025-05-01' }).map((m) => [m.text, m.id ?? m.type]));
    assert.ok(pieces.some(([text, id]) => text === 'Aliyev' && id === 'candidate'));
  });
});
