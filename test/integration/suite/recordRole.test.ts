// Recording a role from the lightbulb on a person: the title the text gives, in one click when the
// knowledge base agrees, written to the fact file with the state it names and the person's mention
// as evidence; any other role through the command's answers. Each test on a copy of seed 001.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { COMMAND } from '../../../src/editor/shell/contributions';
import { articleCopyPerTest } from './articleCopy';

describe('recording roles', function () {
  const copy = articleCopyPerTest('930_role');

  it('records the title the text gives, in one click, with the state it names and the person as evidence', async () => {
    const { article } = copy;
    const pashinyan = article.range('by Prime Minister of Armenia Nikol Pashinyan', 'Nikol Pashinyan');
    const [personStart, personEnd] = article.span('by Prime Minister of Armenia Nikol Pashinyan', 'Nikol Pashinyan');
    const [armeniaStart] = article.span('Prime Minister of Armenia Nikol', 'Armenia');
    const titles = (await article.actions(pashinyan, (t) => t.includes('Record a role of Nikol Pashinyan…'))).map((a) => a.title);
    assert.ok(titles.includes('Record: Nikol Pashinyan is Prime Minister of Armenia'), titles.join(' | '));

    assert.strictEqual(await article.run(pashinyan, 'Record: Nikol Pashinyan is Prime Minister of Armenia'), true);
    const factFile = await article.onDisk((f) => f.facts.some((fact) => fact.type === 'role'));
    const role = factFile.facts.find((f) => f.type === 'role')!;
    assert.deepStrictEqual([role.person, role.role, role.country, role.organization], ['person:nikol-pashinyan', 'Prime Minister', 'place:armenia', undefined]);
    const evidence = role.evidence.map((id) => factFile.mentions.find((m) => m.id === id));
    assert.deepStrictEqual(
      evidence.map((m) => m && [m.entity, m.quote, m.start]).sort(),
      [
        ['person:nikol-pashinyan', 'Nikol Pashinyan', personStart],
        ['place:armenia', 'Armenia', armeniaStart],
      ].sort(),
      'the person and the state the title names are the evidence, annotated',
    );
    assert.ok(factFile.mentions.some((m) => m.entity === 'person:nikol-pashinyan' && m.start === personStart && m.end === personEnd), 'the person is annotated');
    // Recorded: the one-click fix is not offered again on the same mention.
    const after = (await article.actions(pashinyan, (t) => t.includes('Record a role of Nikol Pashinyan…'))).map((a) => a.title);
    assert.ok(!after.includes('Record: Nikol Pashinyan is Prime Minister of Armenia'), after.join(' | '));
  });

  it('offers no one-click role where the text’s title and the knowledge base disagree, and records the one chosen', async () => {
    const { article } = copy;
    const peskov = article.range('Kremlin spokesman Dmitry Peskov', 'Dmitry Peskov');
    const titles = (await article.actions(peskov, (t) => t.includes('Record a role of Dmitry Peskov…'))).map((a) => a.title);
    assert.ok(!titles.some((t) => t.startsWith('Record: Dmitry Peskov is')), `"spokesman" is not the knowledge base's Press Secretary: ${titles.join(' | ')}`);

    // The answers the pick would give: the knowledge base's role, held for Russia.
    const [start, end] = article.span('Kremlin spokesman Dmitry Peskov', 'Dmitry Peskov');
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.recordRole, article.document.uri.toString(), start, end, 'Press Secretary', 'place:russia'), true);
    const factFile = await article.onDisk((f) => f.facts.some((fact) => fact.type === 'role'));
    const role = factFile.facts.find((f) => f.type === 'role')!;
    assert.deepStrictEqual([role.person, role.role, role.country], ['person:dmitry-peskov', 'Press Secretary', 'place:russia']);
    assert.deepStrictEqual(role.evidence.map((id) => factFile.mentions.find((m) => m.id === id)?.quote), ['Dmitry Peskov'], 'no state is named beside the title: the person alone');
  });

  it('records a role held for an organization, named in the text or not', async () => {
    const { article } = copy;
    const [start, end] = article.span('current Secretary-General Stanislav Zas', 'Stanislav Zas');
    const uri = article.document.uri.toString();
    // The role alone: what it is held for comes from the knowledge base's same office (the CSTO, not Belarus).
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.recordRole, uri, start, end, 'Secretary General'), true);
    const factFile = await article.onDisk((f) => f.facts.some((fact) => fact.type === 'role'));
    const role = factFile.facts.find((f) => f.type === 'role')!;
    assert.deepStrictEqual([role.person, role.role, role.country, role.organization], ['person:stanislav-zas', 'Secretary General', undefined, 'organization:csto']);
  });

  it('says what to do when the cursor is on no person', async () => {
    const { article } = copy;
    const [start, end] = article.span('will visit Yerevan on', 'Yerevan');
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND.recordRole, article.document.uri.toString(), start, end, 'President'), false);
  });
});
