// Attendance by reference on a copy of seed 004: "i leader di Bielorussia, Kirghizistan e
// Tagikistan" took part in the Astana summit. The lightbulb on the selection offers their
// attendance; the people confirmed get attendance facts with their country's mention as evidence.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { COMMAND } from '../../../src/editor/shell/contributions';
import { articleCopyPerTest, readWorkspaceFile } from './articleCopy';

const SEED = '004_7eca8a9e25d36329.txt';
const ASTANA = 'event:csto-summit-2024-astana';
const COUNTRIES = 'Bielorussia, Kirghizistan e Tagikistan';
const LEADERS = ['person:alexander-lukashenko', 'person:sadyr-japarov', 'person:emomali-rahmon'];

describe('attendance by reference', function () {
  const copy = articleCopyPerTest('932_by_reference', { source: { seed: SEED } });

  it('offers, on a selection naming countries, the attendance of their leaders at the article’s summit', async () => {
    const { article } = copy;
    const titles = (await article.actions(article.range(COUNTRIES), (t) => t.some((title) => title.startsWith('Record the attendance of the leaders')))).map((a) => a.title);
    assert.ok(titles.includes('Record the attendance of the leaders of Belarus, Kyrgyzstan, and Tajikistan at CSTO summit, Astana 2024…'), titles.join(' | '));
    // A cursor is no selection: nothing is offered by reference.
    const cursor = article.range(COUNTRIES, 'Bielorussia');
    const onCursor = (await article.actions(new vscode.Range(cursor.start, cursor.start), (t) => t.length > 0)).map((a) => a.title);
    assert.ok(!onCursor.some((t) => t.startsWith('Record the attendance of the leaders')), onCursor.join(' | '));
  });

  it('records the people confirmed, each with the mention of their country as evidence', async () => {
    const { article } = copy;
    const action = (await article.actions(article.range(COUNTRIES), (t) => t.some((title) => title.startsWith('Record the attendance of the leaders')))).find((a) =>
      a.title.startsWith('Record the attendance of the leaders'),
    )!;
    // The lightbulb's command, with the answers the multi-select and the status pick would give.
    assert.strictEqual(await vscode.commands.executeCommand(action.command!.command, ...action.command!.arguments!, LEADERS, 'attended'), true);
    const factFile = await article.onDisk((f) => f.facts.filter((fact) => fact.type === 'attendance').length === 3);
    const attendance = factFile.facts.filter((f) => f.type === 'attendance');
    const countryOf = Object.fromEntries(
      attendance.map((f) => {
        assert.strictEqual(f.event, ASTANA);
        assert.strictEqual(f.status, 'attended');
        const evidence = f.evidence.map((id) => factFile.mentions.find((m) => m.id === id)!);
        return [f.person, evidence.map((m) => `${m.entity} “${m.quote}” ${article.document.getText().slice(m.start, m.end)}`)];
      }),
    );
    assert.deepStrictEqual(countryOf, {
      'person:alexander-lukashenko': ['place:belarus “Bielorussia” Bielorussia'],
      'person:sadyr-japarov': ['place:kyrgyzstan “Kirghizistan” Kirghizistan'],
      'person:emomali-rahmon': ['place:tajikistan “Tagikistan” Tagikistan'],
    });
    const [from, to] = article.span(COUNTRIES);
    for (const f of attendance) {
      const mention = factFile.mentions.find((m) => m.id === f.evidence[0])!;
      assert.ok(from <= mention.start && mention.end <= to, 'the evidence is in the selection');
    }
    assert.ok(factFile.facts.some((f) => f.type === 'summit' && f.event === ASTANA), 'the summit is recorded too');
  });

  it('refuses a person who did not hold office for the countries, and writes nothing', async () => {
    const { article } = copy;
    const [start, end] = article.span(COUNTRIES);
    const uri = article.document.uri.toString();
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.recordAttendanceByReference, uri, start, end, ASTANA, ['person:vladimir-putin'], 'attended'), false);
    assert.strictEqual(await readWorkspaceFile(article.factFile), undefined);
  });
});
