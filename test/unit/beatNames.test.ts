// Names a report on the CSTO beat uses that are short or belong to bodies around the CSTO: the
// Chinese leader by his surname alone, Kazakhstan's lower house, the CIS's and SCO's bodies, the
// CSTO's bodies in Italian and Russian, and the agencies and broadcasters that reports cite.
import * as assert from 'node:assert/strict';
import { namesFound as found } from './namesFound';

describe('names of the beat', () => {
  it('takes "Xi" and "Си" for Xi Jinping only written with a capital and a small letter', () => {
    assert.deepEqual(found('Xi told the summit; Си выступил.'), [
      ['Xi', 'person:xi-jinping'],
      ['Си', 'person:xi-jinping'],
    ]);
    assert.deepEqual(found('Il XI Congresso, nel XI secolo; the Greek letter xi.'), []);
  });

  it('finds Kazakhstan’s lower house under each transliteration, and in Russian cases', () => {
    assert.deepEqual(found('The Mazhilis, also spelt Majilis, voted; депутаты Мажилиса одобрили.'), [
      ['Mazhilis', 'organization:kazakhstan-mazhilis'],
      ['Majilis', 'organization:kazakhstan-mazhilis'],
      ['Мажилиса', 'organization:kazakhstan-mazhilis'],
    ]);
  });

  it('finds the CSTO’s bodies in Italian and Russian, and the CIS’s bodies beside the CIS', () => {
    assert.deepEqual(found('Lo Stato maggiore congiunto guida le Forze collettive di dispiegamento rapido.'), [
      ['Stato maggiore congiunto', 'organization:csto-joint-staff'],
      ['Forze collettive di dispiegamento rapido', 'organization:csto-collective-rapid-deployment-forces'],
    ]);
    assert.deepEqual(found('На заседании СМИД министры обсудили итоги Совета министров обороны.'), [
      ['СМИД', 'organization:csto-council-of-foreign-ministers'],
      ['Совета министров обороны', 'organization:csto-council-of-defence-ministers'],
    ]);
    assert.deepEqual(found('Исполком СНГ подготовил заседание Совета глав правительств СНГ.'), [
      ['Исполком', 'organization:cis-executive-committee'],
      ['СНГ', 'organization:cis'],
      ['Совета глав правительств', 'organization:cis-council-of-heads-of-government'],
      ['СНГ', 'organization:cis'],
    ]);
  });

  it('finds the agencies and broadcasters a report cites', () => {
    assert.deepEqual(found('Xinhua, France 24, Zvezda TV and Euroradio reported it; по данным РИА «Новости».'), [
      ['Xinhua', 'organization:xinhua'],
      ['France 24', 'organization:france-24'],
      ['Zvezda TV', 'organization:zvezda'],
      ['Euroradio', 'organization:euroradio'],
      ['РИА «Новости»', 'organization:ria-novosti'],
    ]);
  });
});
