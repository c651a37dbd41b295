// The Latin spellings of people's names that differ by transliteration system, not by person.
import * as assert from 'node:assert/strict';
import { latinSpellings } from '../../src/core/recognizer/latinSpellings';
import { prng } from '../fuzz/editScripts';
import { namesFound as found } from './namesFound';

describe('Latin spellings of people’s names', () => {
  it('writes y as i where it is a vowel, and -slav as the Belarusian -slau', () => {
    assert.deepEqual(latinSpellings('Sadyr Japarov', 'person'), ['Sadir Japarov', 'Sadyr Djaparov']);
    assert.deepEqual(latinSpellings('Dmitry Peskov', 'person'), ['Dmitri Peskov']);
    assert.deepEqual(latinSpellings('Stanislav Zas', 'person'), ['Stanislau Zas']);
  });

  it('writes a double first name with a space for its hyphen, and no other hyphen', () => {
    assert.deepEqual(latinSpellings('Kassym-Jomart Tokayev', 'person'), ['Kassim-Jomart Tokayev', 'Kassym Jomart Tokayev', 'Kassym-Jomart Tokajev', 'Kassym-Jomart Tokaiev']);
    assert.deepEqual(latinSpellings('Aman-Jomart', 'person'), []);
    assert.deepEqual(latinSpellings('Anna Smith-Jones', 'person'), []);
  });

  it('writes sh, zh and ch with a háček, and sh as the Italian sc or sci', () => {
    assert.deepEqual(latinSpellings('Lukashenko', 'person'), ['Lukašenko', 'Lukascenko']);
    assert.deepEqual(latinSpellings('Sergei Shoigu', 'person'), ['Sergei Šoigu', 'Sergei Scioigu', 'Sergej Šojgu', 'Sergej Shojgu']);
    assert.deepEqual(latinSpellings('Ruslan Zhaksylykov', 'person'), ['Ruslan Zhaksilikov', 'Ruslan Žaksylykov']);
    assert.deepEqual(latinSpellings('Sergey Chemezov', 'person'), ['Sergey Čemezov', 'Sergej Čemezov', 'Sergej Chemezov']);
    // An h that makes no digraph, and an sh before no vowel, stay.
    assert.deepEqual(latinSpellings('Emomali Rahmon', 'person'), []);
    assert.deepEqual(latinSpellings('Mash', 'person'), ['Maš']);
  });

  it('finds a leader written with a háček or the Italian sc as one name', () => {
    assert.deepEqual(found('Lukašenko e Lukascenko ricevono Pascinyan a Minsk.'), [
      ['Lukašenko', 'person:alexander-lukashenko'],
      ['Lukascenko', 'person:alexander-lukashenko'],
      ['Pascinyan', 'person:nikol-pashinyan'],
      ['Minsk', 'place:minsk'],
    ]);
  });

  it('writes й and the y of ю, я as the scholarly j, and х as h, or as ch beside the scholarly č', () => {
    assert.deepEqual(latinSpellings('Andrei Serdyukov', 'person'), ['Andrej Serdjukov']);
    assert.deepEqual(latinSpellings('Viktor Khrenin', 'person'), ['Viktor Chrenin', 'Viktor Hrenin']);
    assert.ok(latinSpellings('Yuri Khachaturov', 'person').includes('Juri Chačaturov'));
    assert.deepEqual(latinSpellings('Nikol Pashinyan', 'person'), ['Nikol Pašinyan', 'Nikol Pascinyan', 'Nikol Pašinjan', 'Nikol Pashinjan']);
  });

  it('finds a minister written in the scholarly or the Italian system as one name, first name included', () => {
    assert.deepEqual(found('Il ministro Viktor Hrenin, Viktor Chrenin, Sergej Šojgu e Sergej Shoigu.'), [
      ['Viktor Hrenin', 'person:viktor-khrenin'],
      ['Viktor Chrenin', 'person:viktor-khrenin'],
      ['Sergej Šojgu', 'person:sergei-shoigu'],
      ['Sergej Shoigu', 'person:sergei-shoigu'],
    ]);
  });

  it('writes дж and the Central Asian J as Dj, -ayev as -aiev, and the j without a háček', () => {
    assert.deepEqual(latinSpellings('Jeenbek Kulubaev', 'person'), ['Djeenbek Kulubaev']);
    assert.deepEqual(latinSpellings('Sadyr Dzhaparov', 'person'), ['Sadir Dzhaparov', 'Sadyr Džaparov', 'Sadyr Djaparov']);
    assert.deepEqual(found('Secondo Djaparov, il presidente kazako Kassym-Jomart Tokaiev e Nikol Pashinjan. Pashinjan ha aggiunto.'), [
      ['Djaparov', 'person:sadyr-japarov'],
      ['Kassym-Jomart Tokaiev', 'person:kassym-jomart-tokayev'],
      ['Nikol Pashinjan', 'person:nikol-pashinyan'],
      ['Pashinjan', 'person:nikol-pashinyan'],
    ]);
    // A J inside a word, or before no vowel, stays.
    assert.deepEqual(latinSpellings('Anna Bajrami', 'person'), []);
  });

  it('leaves a y that is no vowel nor й, other entities and other scripts as they are', () => {
    assert.deepEqual(latinSpellings('Yuri Borisov', 'person'), ['Juri Borisov']);
    assert.deepEqual(latinSpellings('Sooronbay Jeenbekov', 'person'), ['Sooronbaj Jeenbekov', 'Sooronbay Djeenbekov']);
    assert.deepEqual(latinSpellings('Emmanuel Macron', 'person'), []);
    assert.deepEqual(latinSpellings('Kyrgyzstan', 'place'), []);
    assert.deepEqual(latinSpellings('Садыр Жапаров', 'person'), []);
  });

  it('finds a leader written in another system as one name, the whole of it', () => {
    assert.deepEqual(found('Belarusian general Stanislau Zas met Sadir Japarov in Bishkek.'), [
      ['Stanislau Zas', 'person:stanislav-zas'],
      ['Sadir Japarov', 'person:sadyr-japarov'],
      ['Bishkek', 'place:bishkek'],
    ]);
  });

  it('gives what the rules give word by word, on names made of the letters they look at', () => {
    // The rules as first written: each word on its own, letter by letter.
    const isConsonant = (c: string | undefined) => c !== undefined && /^[a-z]$/i.test(c) && !'aeiouy'.includes(c.toLowerCase());
    const vowelYAsI = (word: string) => [...word].map((c, k) => (c === 'y' && k > 0 && isConsonant(word[k - 1]) && (k + 1 === word.length || isConsonant(word[k + 1])) ? 'i' : c)).join('');
    const slavAsSlau = (word: string) => (word.endsWith('slav') ? `${word.slice(0, -1)}u` : word);
    // A first word of two capitalised parts and one hyphen, before another word, spaced.
    const spaced = (words: string[]) => {
      const parts = words[0].split('-');
      return words.length > 1 && parts.length === 2 && parts.every((p) => /^[A-Z][a-z]+$/.test(p)) ? [...parts, ...words.slice(1)].join(' ') : words.join(' ');
    };
    // й and the y of ю, я as j: a y before a vowel, an i or y after a vowel (not y) before anything else.
    const vowel = (c: string | undefined) => c !== undefined && 'aeiouy'.includes(c.toLowerCase());
    const scholarly = (name: string) =>
      [...name]
        .map((c, k) => {
          if ((c === 'y' || c === 'Y') && vowel(name[k + 1]) && name[k + 1].toLowerCase() !== 'y') return c === 'Y' ? 'J' : 'j';
          if ((c === 'i' || c === 'y') && vowel(name[k - 1]) && name[k - 1].toLowerCase() !== 'y' && !vowel(name[k + 1])) return 'j';
          return c;
        })
        .join('');
    const reference = (name: string) => {
      const words = name.split(' ');
      const spellings = new Set([words.map(vowelYAsI).join(' '), words.map(slavAsSlau).join(' '), spaced(words), scholarly(name)]);
      spellings.delete(name);
      return [...spellings];
    };
    const next = prng(7);
    const letters = ['y', 'y', 'Y', 'slav', 'a', 'i', 'd', 'D', 'r', 'k', 's', 'l', 'v', ' ', ' ', "'", '-', '-Ja'];
    let changed = 0;
    for (let n = 0; n < 5000; n++) {
      let name = 'Sy';
      for (let k = Math.floor(next() * 12); k > 0; k--) name += letters[Math.floor(next() * letters.length)];
      const expected = reference(name);
      assert.deepEqual(latinSpellings(name, 'person'), expected, name);
      if (expected.length > 0) changed++;
    }
    assert.ok(changed > 1000, `only ${changed} names with other spellings`);
  });
});
