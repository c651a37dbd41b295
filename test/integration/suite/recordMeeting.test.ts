// A meeting the knowledge base does not have: recorded from the lightbulb on its organization, the
// event written to the workspace knowledge base and the summit fact to the fact file; attendance
// is then recorded at it, from the lightbulb on a person, as at any event; and the countries
// a sentence names stand for their defence ministers there.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { MeetingAnswers } from '../../../src/editor/annotation/commands/recordMeeting';
import { COMMAND } from '../../../src/editor/shell/contributions';
import { articleCopyPerTest, deleteIfThere, readWorkspaceFile, type ArticleCopy } from './articleCopy';
import { pollUntil, seedUri } from './helpers';

const KNOWLEDGE_BASE = '.news-annotator/knowledge-base.yaml';
const MEETING = 'CSTO meeting of defence ministers, Moscow 2024-11';
const TEXT = [
  'CSTO defence ministers meet in Moscow',
  'MOSCOW, November 20, 2024. The defence ministers of the CSTO member states met in Moscow on 20 November 2024.',
  'Belarusian Defence Minister Viktor Khrenin and Russian Defence Minister Andrey Belousov opened the talks; the defence ministers of Armenia and Tajikistan took part as well.',
  '',
].join('\n');

interface KnowledgeBaseOnDisk {
  entities: { id: string; type: string; kind?: string; name: string; organization?: string; city?: string; host?: string; start?: string; end?: string }[];
}

/** The answers the pick gives for the meeting the text reports: its organization, city and `dates` (the text's date unless given). */
function meetingAnswers(article: ArticleCopy, dates: MeetingAnswers['dates'] = article.span('in Moscow on 20 November 2024', '20 November 2024')): MeetingAnswers {
  return {
    organization: article.span('ministers of the CSTO member', 'CSTO'),
    city: article.span('met in Moscow on', 'Moscow'),
    dates,
    kind: 'meeting',
    name: MEETING,
  };
}

describe('recording a meeting the knowledge base does not have', function () {
  const copy = articleCopyPerTest('931_meeting', { source: { text: TEXT } });
  let knowledgeBaseBefore: string | undefined;

  before(async () => {
    knowledgeBaseBefore = await readWorkspaceFile(KNOWLEDGE_BASE);
  });

  // After the copy is removed: the knowledge base as it was before the suite.
  afterEach(async () => {
    if (knowledgeBaseBefore === undefined) await deleteIfThere('.news-annotator');
    else await vscode.workspace.fs.writeFile(seedUri(KNOWLEDGE_BASE), new TextEncoder().encode(knowledgeBaseBefore));
    await copy.services.knowledgeBase.reload();
  });

  it('writes the event to the workspace knowledge base and the summit fact with the chosen mentions; attendance is then recorded at it', async () => {
    const { article } = copy;
    const organization = article.range('ministers of the CSTO member', 'CSTO');
    const titles = (await article.actions(organization, (t) => t.includes('Record a summit or meeting…'))).map((a) => a.title);
    assert.ok(titles.includes('Record a summit or meeting…'), titles.join(' | '));
    const date = article.range('in Moscow on 20 November 2024', '20 November 2024');
    assert.ok((await article.actions(date, (t) => t.includes('Record a summit or meeting…'))).length > 0);

    const answers = meetingAnswers(article);
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.recordMeeting, article.document.uri.toString(), answers), true);

    const knowledgeBase = parse((await pollUntil('the workspace knowledge base on disk', () => readWorkspaceFile(KNOWLEDGE_BASE)))!) as KnowledgeBaseOnDisk;
    const event = knowledgeBase.entities.find((e) => e.name === MEETING);
    assert.ok(event, `the event is in ${KNOWLEDGE_BASE}: ${JSON.stringify(knowledgeBase.entities)}`);
    assert.match(event.id, /^event:/);
    assert.deepStrictEqual([event.kind, event.organization, event.city, event.host, event.start], ['meeting', 'organization:csto', 'place:moscow', 'place:russia', '2024-11-20']);

    const factFile = await article.onDisk((f) => f.facts.some((fact) => fact.type === 'summit'));
    const summit = factFile.facts.find((f) => f.type === 'summit')!;
    assert.deepStrictEqual([summit.event, summit.organization, summit.city, summit.start], [event.id, 'organization:csto', 'place:moscow', '2024-11-20']);
    const evidence = summit.evidence.map((id) => factFile.mentions.find((m) => m.id === id));
    assert.deepStrictEqual(evidence.map((m) => m && [m.quote, m.start]).sort(), [
      ['20 November 2024', answers.dates![0]],
      ['CSTO', answers.organization![0]],
      ['Moscow', answers.city![0]],
    ].sort() as unknown[]);

    // The new meeting is the article's event: attendance at it is one click on a person.
    const khrenin = article.range('Defence Minister Viktor Khrenin and', 'Viktor Khrenin');
    const attended = `Record: Viktor Khrenin attended ${MEETING}`;
    assert.strictEqual(await article.run(khrenin, attended), true);
    const withAttendance = await article.onDisk((f) => f.facts.some((fact) => fact.type === 'attendance'));
    const attendance = withAttendance.facts.find((f) => f.type === 'attendance')!;
    assert.deepStrictEqual([attendance.person, attendance.event, attendance.status], ['person:viktor-khrenin', event.id, 'attended']);

    // Named by their countries: the defence ministers of Armenia and Tajikistan, at the meeting.
    const countries = article.range('the defence ministers of Armenia and Tajikistan took part', 'Armenia and Tajikistan');
    const byReference = `Record the attendance of the Minister of Defence of Armenia and Tajikistan at ${MEETING}…`;
    const offered = (await article.actions(countries, (t) => t.some((title) => title.startsWith('Record the attendance of the')))).map((a) => a.title);
    assert.ok(offered.includes(byReference), offered.join(' | '));
  });

  it('leaves a workspace knowledge base with errors as it is, and writes nothing', async () => {
    const { article } = copy;
    const broken = 'version: 1\nentities:\n  - id: not-an-id\n    name: Broken\n';
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, KNOWLEDGE_BASE), new TextEncoder().encode(broken));
    const answers = meetingAnswers(article);
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.recordMeeting, article.document.uri.toString(), answers), false);
    assert.strictEqual(await readWorkspaceFile(KNOWLEDGE_BASE), broken, 'the knowledge base as it was');
    assert.strictEqual(await readWorkspaceFile(article.factFile), undefined, 'no fact file');
  });

  it('refuses a date typed that is not one, and writes nothing', async () => {
    const { article } = copy;
    const answers = meetingAnswers(article, '2024-11-31');
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.recordMeeting, article.document.uri.toString(), answers), false);
    assert.strictEqual(await readWorkspaceFile(article.factFile), undefined, 'no fact file');
    assert.strictEqual(await readWorkspaceFile(KNOWLEDGE_BASE), knowledgeBaseBefore, 'the knowledge base as it was');
  });
});
