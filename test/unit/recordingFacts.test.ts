// What the editor offers when recording facts: the role a sentence gives a name and what it is held
// for, the events to offer (those of the article's date first, workspace events among them), the
// event made for a meeting the knowledge base lacks, and the countries a selection names instead
// of people.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { countriesNamedIn, officeNamedFor } from '../../src/core/annotation/attendanceByReference';
import { describeArticle } from '../../src/core/annotation/articleMetadata';
import { eventsInOrder, meetingEvent, meetingName, officeOfMeeting } from '../../src/core/annotation/events';
import { representativesOf } from '../../src/core/annotation/representatives';
import { confirmedRole, roleInText, suggestRolesInText } from '../../src/core/annotation/roleInText';
import { suggestRoles } from '../../src/core/annotation/roles';
import { clearSummit, inferSummits } from '../../src/core/annotation/summits';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Entity, type Person } from '../../src/core/knowledgeBase/schema';
import { Recognizer } from '../../src/core/recognizer/recognizer';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const kb = bundledKnowledgeBase();
const recognizer = new Recognizer(kb);
const person = (id: string) => kb.get(id) as Person;
const seed = (prefix: string) => readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))!), 'utf8');

/** The role the text gives `name` where `context` (which holds it) stands in `text`. */
function roleOf(text: string, context: string, name: string) {
  const at = text.indexOf(context);
  assert.ok(at >= 0 && context.includes(name), `"${context}" is in the text and holds "${name}"`);
  const start = at + context.indexOf(name);
  const found = roleInText(text, start, start + name.length, recognizer.recognize(text), kb);
  return found && { role: found.title.role, country: found.country && { id: found.country.id, words: text.slice(found.country.start, found.country.end), recognized: found.country.mention !== undefined }, organization: found.organization?.id };
}

describe('the role a sentence gives a name', () => {
  it('reads the state from a demonym before or after the title, from "of", and from the words after the name', () => {
    const text = [
      'Russian President Vladimir Putin met Armenian Prime Minister Nikol Pashinyan.',
      'Il presidente kazako Kassym-Jomart Tokayev ha descritto la visita.',
      'The event should also be attended by Prime Minister of Armenia Nikol Pashinyan.',
      'Joining him will be Presidents Kassym-Jomart Tokayev of Kazakhstan.',
      'Sergei Lavrov, the Russian foreign minister, said.',
    ].join('\n');
    assert.deepEqual(roleOf(text, 'Russian President Vladimir Putin', 'Vladimir Putin'), { role: 'President', country: { id: 'place:russia', words: 'Russian', recognized: false }, organization: undefined });
    assert.deepEqual(roleOf(text, 'Armenian Prime Minister Nikol Pashinyan', 'Nikol Pashinyan')?.country?.id, 'place:armenia');
    assert.deepEqual(roleOf(text, 'Il presidente kazako Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev')?.country, { id: 'place:kazakhstan', words: 'kazako', recognized: false });
    assert.deepEqual(roleOf(text, 'Prime Minister of Armenia Nikol Pashinyan', 'Nikol Pashinyan')?.country, { id: 'place:armenia', words: 'Armenia', recognized: true });
    assert.deepEqual(roleOf(text, 'Presidents Kassym-Jomart Tokayev of Kazakhstan', 'Kassym-Jomart Tokayev')?.country, { id: 'place:kazakhstan', words: 'Kazakhstan', recognized: true });
    assert.deepEqual(roleOf(text, 'Sergei Lavrov, the Russian', 'Sergei Lavrov')?.role, 'Minister of Foreign Affairs');
    assert.deepEqual(roleOf(text, 'Sergei Lavrov, the Russian', 'Sergei Lavrov')?.country?.id, 'place:russia');
  });

  it('reads the title and country the seeds give, and none where they give no title', () => {
    const seed000 = seed('000');
    assert.deepEqual(roleOf(seed000, 'il presidente della Bielorussia Alexander Lukashenko', 'Alexander Lukashenko')?.country?.id, 'place:belarus');
    assert.deepEqual(roleOf(seed000, 'il Ministro degli Esteri armeno Ararat Mirzoyan', 'Ararat Mirzoyan'), { role: 'Minister of Foreign Affairs', country: { id: 'place:armenia', words: 'armeno', recognized: false }, organization: undefined });
    assert.equal(roleOf(seed000, 'Secondo Sagynbek Abdumutalip', 'Sagynbek Abdumutalip'), undefined);
    assert.deepEqual(roleOf(seed('001'), 'current Secretary-General Stanislav Zas', 'Stanislav Zas'), { role: 'Secretary General', country: undefined, organization: undefined });
  });

  it('offers the title of the text first, held for what the text names or the knowledge base says', () => {
    const text = 'The organization’s current Secretary-General Stanislav Zas said';
    const start = text.indexOf('Stanislav Zas');
    const found = roleInText(text, start, start + 13, recognizer.recognize(text), kb);
    // A CSTO office is held for the organization, not for the holder's country (Belarus).
    assert.deepEqual(suggestRolesInText(person('person:stanislav-zas'), '2022-11-23', found)[0], { role: 'Secretary General', country: undefined, organization: 'organization:csto', source: 'text' });
    assert.deepEqual(suggestRolesInText(person('person:stanislav-zas'), undefined, found)[0], { role: 'Secretary General', country: undefined, organization: 'organization:csto', source: 'text' }, 'also when the article has no date, and the office has ended since');
    assert.deepEqual(suggestRoles(person('person:vladimir-putin'), '2024-11-28', { role: 'President', country: 'place:russia' }).map((s) => [s.role, s.country, s.source]), [['President', 'place:russia', 'text']]);
  });

  it('confirms in one click only a title the knowledge base agrees with at the article’s date', () => {
    const text = 'Russian President Vladimir Putin and Kremlin spokesman Dmitry Peskov';
    const mentions = recognizer.recognize(text);
    const at = (name: string) => roleInText(text, text.indexOf(name), text.indexOf(name) + name.length, mentions, kb);
    assert.deepEqual(confirmedRole(person('person:vladimir-putin'), '2024-11-28', at('Vladimir Putin')), { role: 'President', country: 'place:russia', organization: undefined, source: 'text' });
    assert.equal(confirmedRole(person('person:vladimir-putin'), '2010-01-01', at('Vladimir Putin')), undefined, 'Prime Minister in 2010, not President');
    assert.equal(confirmedRole(person('person:dmitry-peskov'), '2024-11-28', at('Dmitry Peskov')), undefined, 'the knowledge base calls his office Press Secretary');
  });
});

describe('events to record attendance at', () => {
  const meeting = Entity.parse({ id: 'event:csto-defence-ministers-2024-moscow', type: 'event', kind: 'meeting', name: 'CSTO meeting of defence ministers, Moscow 2024-11', organization: 'organization:csto', city: 'place:moscow', start: '2024-11-20' });
  const withMeeting = kb.withOverrides({ entities: [meeting] });

  it('lists every event, the article’s likely ones first, then those of its date, then the latest', () => {
    const events = eventsInOrder(withMeeting, '2024-11-22', ['event:csto-summit-2024-astana']).map((e) => e.id);
    assert.equal(events.length, withMeeting.ofType('event').length);
    assert.deepEqual(events.slice(0, 2), ['event:csto-summit-2024-astana', 'event:csto-defence-ministers-2024-moscow']);
    const dated = withMeeting.ofType('event').filter((e) => e.start);
    const rest = events.slice(2, dated.length).map((id) => withMeeting.get(id)!).map((e) => (e.type === 'event' ? e.start! : ''));
    assert.deepEqual(rest, [...rest].sort().reverse(), 'the rest, latest first');
    assert.ok(events.slice(dated.length).every((id) => !(withMeeting.get(id) as { start?: string }).start), 'undated last');
  });

  it('reads a summit named in the text as its organization and city, as the guidelines annotate it, and infers the summit from them', () => {
    const text = 'YEREVAN, November 23, 2022. Putin arrived for the CSTO summit in Yerevan; il vertice di Erevan; саммит ОДКБ в Ереване.';
    const mentions = recognizer.recognize(text);
    assert.deepEqual(
      mentions.filter((m) => m.type !== 'date').map((m) => [m.text, m.id]),
      [['YEREVAN', 'place:yerevan'], ['Putin', 'person:vladimir-putin'], ['CSTO', 'organization:csto'], ['Yerevan', 'place:yerevan'], ['Erevan', 'place:yerevan'], ['ОДКБ', 'organization:csto'], ['Ереване', 'place:yerevan']],
    );
    assert.equal(clearSummit(inferSummits(mentions, kb, describeArticle(text, mentions, kb).published))?.event.id, 'event:csto-summit-2022-yerevan');
    // A workspace's own meeting is no name in the text either; an exercise is.
    const named = (entities: Entity[]) => new Recognizer(kb.withOverrides({ entities })).entities('The Minsk defence talks and the Frontier drill.').map((m) => m.id);
    const talks = Entity.parse({ id: 'event:minsk-defence-talks', type: 'event', kind: 'meeting', name: 'Minsk defence talks', organization: 'organization:csto', city: 'place:minsk', start: '2024-11-20' });
    const drill = Entity.parse({ id: 'event:frontier-drill', type: 'event', kind: 'exercise', name: 'Frontier drill' });
    assert.deepEqual(named([talks, drill]), ['place:minsk', 'event:frontier-drill']);
  });

  it('guesses a workspace meeting as the article’s event, and not an exercise', () => {
    const text = 'MOSCOW, November 20, 2024. The defence ministers of the CSTO met in Moscow on 20 November 2024.';
    const mentions = recognizer.recognize(text);
    const published = describeArticle(text, mentions, withMeeting).published;
    assert.equal(clearSummit(inferSummits(mentions, withMeeting, published))?.event.id, meeting.id);
    assert.equal(clearSummit(inferSummits(mentions, kb, published))?.event.id, undefined, 'without it, no bundled summit fits');
    const exercise = Entity.parse({ ...meeting, id: 'event:csto-exercise-2024-moscow', kind: 'exercise' });
    assert.equal(clearSummit(inferSummits(mentions, kb.withOverrides({ entities: [exercise] }), published)), undefined);
  });

  it('makes the workspace event of a meeting, its host the state its city lies in, with an id of its own', () => {
    const input = meetingEvent(withMeeting, { kind: 'meeting', name: 'CSTO meeting of defence ministers, Moscow 2024-11', organization: 'organization:csto', city: 'place:moscow', dates: '2024-11-19/2024-11-20' });
    assert.deepEqual(input, {
      id: 'event:csto-meeting-of-defence-ministers-moscow-2024-11',
      type: 'event',
      kind: 'meeting',
      name: 'CSTO meeting of defence ministers, Moscow 2024-11',
      organization: 'organization:csto',
      city: 'place:moscow',
      host: 'place:russia',
      start: '2024-11-19',
      end: '2024-11-20',
    });
    assert.ok(Entity.safeParse(input).success);
  });

  it('names a new event as the bundled ones are named, with the offices the sentence says meet', () => {
    const context = 'a Bishkek si terranno una riunione congiunta dei Consigli dei ministri degli Esteri e dei ministri della Difesa';
    assert.equal(meetingName(kb, { kind: 'meeting', organization: 'organization:csto', city: 'place:bishkek', dates: '2025-11-26', context }), 'CSTO meeting of foreign ministers and defence ministers, Bishkek 2025-11');
    assert.equal(meetingName(kb, { kind: 'exercise', organization: 'organization:csto', city: 'place:bishkek', dates: '2023-10-06/2023-10-13', context }), 'CSTO exercise, Bishkek 2023-10');
    assert.equal(meetingName(kb, { kind: 'summit' }), 'summit');
  });
});

describe('countries named instead of people', () => {
  it('reads the countries of a selection in order, each once, from mentions and demonyms', () => {
    const text = seed('004');
    const selected = 'Bielorussia, Kirghizistan e Tagikistan';
    const from = text.indexOf(selected);
    const countries = countriesNamedIn(text, from, from + selected.length, recognizer.recognize(text), kb);
    assert.deepEqual(countries.map((c) => [c.id, text.slice(c.start, c.end), c.mention !== undefined]), [
      ['place:belarus', 'Bielorussia', true],
      ['place:kyrgyzstan', 'Kirghizistan', true],
      ['place:tajikistan', 'Tagikistan', true],
    ]);
    const demonyms = 'the Belarusian and Kyrgyz and again Belarusian delegations';
    assert.deepEqual(countriesNamedIn(demonyms, 0, demonyms.length, [], kb).map((c) => c.id), ['place:belarus', 'place:kyrgyzstan']);
  });

  it('reads the office the text names for them, in the selection or just before it', () => {
    const text = 'Erano presenti i ministri della Difesa di Bielorussia e Armenia, e i leader di Kirghizistan e Tagikistan.';
    const span = (words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;
    assert.equal(officeNamedFor(text, ...span('Bielorussia e Armenia')), 'Minister of Defence');
    assert.equal(officeNamedFor(text, ...span('i ministri della Difesa di Bielorussia')), 'Minister of Defence');
    assert.equal(officeNamedFor(text, ...span('Kirghizistan e Tagikistan')), undefined);
  });

  it('takes the office from the meeting’s name where the text names none: the foreign ministers of a foreign ministers’ meeting', () => {
    const event = (name: string) => ({ id: 'event:x', type: 'event' as const, kind: 'meeting' as const, name, aliases: {} });
    const named = meetingName(kb, { kind: 'meeting', organization: 'organization:csto', city: 'place:astana', dates: '2025-11-26', context: 'The foreign ministers of the CSTO met in Astana.' });
    assert.equal(named, 'CSTO meeting of foreign ministers, Astana 2025-11');
    assert.equal(officeOfMeeting(event(named)), 'Minister of Foreign Affairs');
    assert.equal(officeOfMeeting(event('CSTO meeting of deputy foreign ministers, Moscow 2024-03')), 'Deputy Minister of Foreign Affairs');
    assert.equal(officeOfMeeting(event('CSTO meeting of defence ministers and foreign ministers, Minsk 2023-11')), undefined, 'two offices: none is the one');
    assert.equal(officeOfMeeting(event('CSTO summit, Astana 2024')), undefined);

    // Armenia at that meeting: its foreign minister is the likely one, not its president.
    const armenia = representativesOf(kb, ['place:armenia'], '2025-11-26', officeOfMeeting(event(named)));
    assert.deepEqual(armenia.filter((r) => r.likely).map((r) => [r.person.id, r.role.role]), [['person:ararat-mirzoyan', 'Minister of Foreign Affairs']]);
  });
});
