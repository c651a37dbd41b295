// A whole short article annotated from the keyboard, as a person would: the key that goes to the
// next mention to do, then one key per mention, Alt+Enter to annotate it as recognized and
// Shift+Alt+Enter to mark it as not an entity, each moving on to the next. Every recognized
// mention ends annotated or rejected on disk, and the status bar counts the mention the article's
// fact file had annotated by hand as well.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { recordedMention } from '../../src/core/annotation/corrections';
import { textHash } from '../../src/core/factFile/ids';
import { factFilePathFor } from '../../src/core/factFile/paths';
import { applyFactFileEdits, newFactFileText } from '../../src/core/factFile/store';
import { ROOT } from '../integration/codeServerHost';
import { eventually, workbench } from './workbench';

const ARTICLE = 'keyboard-flow.article.txt';
const TEXT = [
  'Putin and Lukashenko meet in Minsk',
  '',
  'MINSK, November 23, 2023. Russian President Vladimir Putin met Belarusian President Alexander Lukashenko in Minsk on Thursday, the Kremlin said.',
  '',
].join('\n');
/** Annotated by hand before the keys: the recognizer does not read the demonym. */
const BY_HAND = { quote: 'Belarusian', entity: 'place:belarus' };
/** The position, among the mentions to do, of the one the keys mark as not an entity. */
const REJECTED = 2;

interface Recognized {
  start: number;
  end: number;
  text: string;
  type: string;
  id?: string;
  iso?: string;
}

interface OnDisk {
  mentions: { entity?: string; date?: string; quote: string; start: number; end: number }[];
  rejections: { quote: string; start: number; end: number }[];
}

/** The "annotated/total" the status bar shows for the open article. */
async function progress(): Promise<string> {
  const item = (await workbench().statusBar()).find((text) => /\d+\/\d+ annotated/.test(text));
  assert.ok(item, 'the status bar counts the annotated mentions');
  return /(\d+\/\d+) annotated/.exec(item)![1];
}

describe('a whole article from the keyboard', () => {
  after(async () => {
    // Closes the editors (Ctrl+K Ctrl+W) and takes the article away from the tests after these.
    const wb = workbench();
    await wb.closeWidgets();
    await wb.page.keyboard.press('Control+K');
    await wb.page.keyboard.press('Control+W');
    for (const name of [ARTICLE, path.basename(factFilePathFor(ARTICLE))]) fs.rmSync(path.join(wb.workspace, name), { force: true });
  });

  it('annotates or rejects every mention with one key each, in text order, on disk', async () => {
    const wb = workbench();
    await wb.dismissNotifications();
    await wb.closeWidgets();
    const file = path.join(wb.workspace, ARTICLE);
    fs.writeFileSync(file, TEXT);
    // What the recognizer finds, asked of the command line: the mentions the keys go through.
    const recognized = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'recognize', file, '--json'], { encoding: 'utf8' })) as Recognized[];
    assert.ok(recognized.length > REJECTED + 1 && recognized.every((m) => m.type !== 'candidate'), JSON.stringify(recognized));
    const byHand = TEXT.indexOf(BY_HAND.quote);
    assert.ok(!recognized.some((m) => m.start < byHand + BY_HAND.quote.length && byHand < m.end), 'the recognizer leaves the demonym out');
    const empty = await newFactFileText({ file: ARTICLE, language: 'en', textHash: await textHash(TEXT) });
    const written = applyFactFileEdits(empty, 'fact file', [{ kind: 'addMention', mention: recordedMention(TEXT, byHand, byHand + BY_HAND.quote.length, { entity: BY_HAND.entity }) }]);
    assert.ok(written.ok);
    const factFile = factFilePathFor(file);
    fs.writeFileSync(factFile, written.text);

    await wb.openFromExplorer(ARTICLE);
    const total = recognized.length + 1;
    await eventually(async () => assert.strictEqual(await progress(), `1/${total}`, 'the mention annotated by hand is counted'));
    await wb.page.locator('.editor-instance .monaco-editor .view-line').first().click();
    await wb.page.keyboard.press('Control+Home');
    await wb.page.keyboard.press('Control+K');
    await wb.page.keyboard.press('Control+N');
    for (let k = 0; k < recognized.length; k++) {
      const before = await progress();
      await wb.page.keyboard.press(k === REJECTED ? 'Shift+Alt+Enter' : 'Alt+Enter');
      // A person sees the count change before pressing the next key.
      await eventually(async () => assert.notStrictEqual(await progress(), before, `the count changes after key ${k + 1}`));
    }
    await eventually(async () => assert.strictEqual(await progress(), `${total - 1}/${total - 1}`, 'every mention is annotated but the rejected one'));

    const onDisk = parse(fs.readFileSync(factFile, 'utf8')) as OnDisk;
    const rejected = recognized[REJECTED];
    assert.deepStrictEqual(onDisk.rejections.map((r) => [r.quote, r.start]), [[rejected.text, rejected.start]], 'the mention rejected is the one the key was pressed on');
    for (const m of recognized) {
      if (m === rejected) continue;
      const annotated = onDisk.mentions.find((a) => a.start === m.start && a.end === m.end);
      assert.ok(annotated, `"${m.text}" at ${m.start} is annotated`);
      assert.strictEqual(annotated.entity ?? annotated.date, m.id ?? m.iso, `"${m.text}" as recognized`);
    }
    assert.ok(onDisk.mentions.some((a) => a.start === byHand && a.entity === BY_HAND.entity), 'the mention annotated by hand stays');
    assert.strictEqual(onDisk.mentions.length, total - 1);
  });
});

