// Activation registers the manifest's commands before the features are loaded, from a list of its
// own: a command missing from it would be "not found" when run, one too many would never work.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { ARTICLE_LANGUAGE, COMMAND, COMMANDS, FACTS_VIEW } from '../../src/editor/shell/contributions';

const manifestText = readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText) as {
  contributes: {
    commands: { command: string }[];
    languages: { id: string }[];
    views: Record<string, { id: string }[]>;
    menus: Record<string, { command?: string; submenu?: string; when?: string }[]>;
  };
};

describe('contributions', () => {
  it('lists exactly the commands the manifest contributes', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepStrictEqual([...COMMANDS].sort(), contributed);
  });

  it('names the language and the view the manifest declares', () => {
    assert.ok(manifest.contributes.languages.some((l) => l.id === ARTICLE_LANGUAGE));
    assert.ok(Object.values(manifest.contributes.views).flat().some((v) => v.id === FACTS_VIEW));
  });

  it('names no key twice: JSON.parse would keep only the last, and a menu would vanish', () => {
    const errors = parseDocument(manifestText).errors.map((e) => e.message);
    assert.deepEqual(errors, []);
  });

  it('puts the actions on a selection and on a mention in the News Annotator group of the editor\'s context menu', () => {
    const [group] = manifest.contributes.menus['editor/context'].filter((item) => item.submenu);
    assert.ok(group, 'a submenu in the context menu');
    const commands = manifest.contributes.menus[group.submenu!].map((item) => item.command);
    for (const command of [COMMAND.annotateSelection, COMMAND.setMentionSpan, COMMAND.recordAttendanceByReference, COMMAND.chooseEntity, COMMAND.removeAnnotation, COMMAND.rejectMention]) {
      assert.ok(commands.includes(command), `${command} is in the group`);
    }
  });
});
