// Places, people and bodies that reports on border clashes, drills and summits of the region name
// beside the members: the Baltic and European neighbours and capitals, the Soviet Union, towns and
// districts on the Armenian-Azerbaijani and Kyrgyz-Tajik borders, training grounds, and the
// officials who speak for the security services and councils.
import * as assert from 'node:assert/strict';
import { bundledRecognizer } from './namesFound';

function found(text: string): [string, string | undefined][] {
  return bundledRecognizer().recognize(text).map((m) => [m.text, m.id]);
}

describe('neighbours, border towns, sites and officials of the region', () => {
  it('finds the European neighbours and capitals, and the Soviet Union under its names', () => {
    assert.deepEqual(found('The drills drew protests from Lithuania and Poland; leaders met in Prague, Czech Republic. Gli archivi dell’URSS; распад Советского Союза.'), [
      ['Lithuania', 'place:lithuania'],
      ['Poland', 'place:poland'],
      ['Prague', 'place:prague'],
      ['Czech Republic', 'place:czech-republic'],
      ['URSS', 'place:soviet-union'],
      ['Советского Союза', 'place:soviet-union'],
    ]);
    // The demonym names no place.
    assert.deepEqual(found('A Lithuanian diplomat and a Soviet-era tank.'), []);
  });

  it('finds border towns and districts, the districts listed under one head', () => {
    assert.deepEqual(found('Shelling hit Jermuk and Vardenis; troops moved through the Lachin and Kalbajar districts and the Leilek district.'), [
      ['Jermuk', 'place:jermuk'],
      ['Vardenis', 'place:vardenis'],
      ['Lachin', 'place:lachin-district'],
      ['Kalbajar districts', 'place:kalbajar-district'],
      ['Leilek district', 'place:leilek-district'],
    ]);
    assert.deepEqual(found('Saidov met Kulubaev in Andijan; в Андижане.').filter(([, id]) => id?.startsWith('place:')), [
      ['Andijan', 'place:andijan'],
      ['Андижане', 'place:andijan'],
    ]);
    assert.deepEqual(found('Refugees left by the Lachin corridor; the Nizhny Novgorod region hosted the drills at the Mulino training ground.'), [
      ['Lachin corridor', 'place:lachin-corridor'],
      ['Nizhny Novgorod region', 'place:nizhny-novgorod-region'],
      ['Mulino', 'place:mulino-training-ground'],
    ]);
    // "mulino" is an Italian word for a mill: the site's bare name needs its head or quotes.
    assert.deepEqual(found('Il vecchio mulino di Mulino resta chiuso.'), []);
  });

  it('finds the officials of the security services and councils, and Ukraine’s Foreign Ministry after its possessive', () => {
    assert.deepEqual(found('Kamchybek Tashiev and Saimumin Yatimov led the talks; Armen Grigoryan and Alexander Volfovich spoke.').map(([, id]) => id), [
      'person:kamchybek-tashiev',
      'person:saimumin-yatimov',
      'person:armen-grigoryan',
      'person:alexander-volfovich',
    ]);
    assert.deepEqual(found("Ukraine's Foreign Ministry protested."), [
      ['Ukraine', 'place:ukraine'],
      ['Foreign Ministry', 'organization:ukraine-foreign-ministry'],
    ]);
  });
});

describe('Russia’s regions on the border with Belarus', () => {
  it('finds them listed under one head, the towns of the same names giving way, and the towns alone', () => {
    assert.deepEqual(found('Troops from the Pskov, Smolensk and Leningrad regions moved; a convoy left Pskov for Smolensk. В Псковской и Смоленской областях.'), [
      ['Pskov', 'place:pskov-region'],
      ['Smolensk', 'place:smolensk-region'],
      ['Leningrad regions', 'place:leningrad-region'],
      ['Pskov', 'place:pskov'],
      ['Smolensk', 'place:smolensk'],
      ['Псковской', 'place:pskov-region'],
      ['Смоленской областях', 'place:smolensk-region'],
    ]);
  });
});

describe('Armenia’s provinces and its exercise with the United States', () => {
  it('finds the provinces alone, under their head and listed under one, and Lori only with its head', () => {
    assert.deepEqual(found('Drills were held in the Shirak and Aragatsotn provinces, then in Kotayk and in Lori Province. Lori said nothing.'), [
      ['Shirak', 'place:shirak'],
      ['Aragatsotn provinces', 'place:aragatsotn'],
      ['Kotayk', 'place:kotayk'],
      ['Lori Province', 'place:lori'],
    ]);
  });

  it('finds the Eagle Partner exercise by its name and head, its bare name only with a year', () => {
    assert.deepEqual(found('U.S. troops joined the Eagle Partner exercise; Eagle Partner-2024 followed.').map(([text, id]) => [text, id]), [
      ['U.S.', 'place:united-states'],
      ['Eagle Partner', 'event:eagle-partner-exercise'],
      ['Eagle Partner-2024', 'event:eagle-partner-exercise'],
    ]);
    assert.deepEqual(found('An eagle partner of the zoo.'), []);
  });
});

describe('the services of Radio Free Europe, think tanks and a Kazakh training ground', () => {
  it('finds the Kazakh, Kyrgyz and Tajik services and the Jamestown Foundation', () => {
    assert.deepEqual(found('Azattyq, Azattyk and Radio Ozodi reported it; analysts at the Jamestown Foundation disagreed.').map(([, id]) => id), [
      'organization:azattyq',
      'organization:azattyk',
      'organization:ozodi',
      'organization:jamestown-foundation',
    ]);
  });

  it('finds the Oymasha training ground by its name proper, in both spellings', () => {
    assert.deepEqual(found('Drills at the Oimasha training ground and the Oymasha training range; на полигоне Оймаша.'), [
      ['Oimasha', 'place:oymasha-training-ground'],
      ['Oymasha', 'place:oymasha-training-ground'],
      ['Оймаша', 'place:oymasha-training-ground'],
    ]);
  });
});
