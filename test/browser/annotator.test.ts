// News Annotator as a person sees it in VS Code: a seed article opened from the Explorer, its names
// in colour, the quick-fix menu on a name, the Summits and Leaders view, a hover card, and an invalid
// fact file left alone. The tests run in order on one workbench: the attendance the second records
// is what the third shows. Each saves the screenshot the README shows, once what it shows is checked.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../integration/codeServerHost';
import { around, eventually, tokenClass, workbench } from './workbench';

const ARTICLE = '001_59ba21db933ddaec.txt';
const FACT_FILE = '001_59ba21db933ddaec.facts.yaml';
const SUMMIT = 'CSTO summit, Yerevan 2022';

/** The number of facts the status bar counts for the open article. */
async function factCount(): Promise<number> {
  const item = (await workbench().statusBar()).find((text) => /\d+ facts?\b/.test(text));
  assert.ok(item, 'the status bar counts the article’s facts');
  return Number(/(\d+) facts?\b/.exec(item)![1]);
}

describe('News Annotator in the workbench', () => {
  beforeEach(async () => {
    await workbench().dismissNotifications();
  });

  it('colours the names of a seed opened from the Explorer: a person unlike a place and unlike plain text', async () => {
    const wb = workbench();
    await wb.openFromExplorer(ARTICLE);
    await eventually(async () => assert.ok((await wb.statusBar()).includes('News Article'), 'the status bar names the language News Article'));

    const putin = await wb.token('Vladimir Putin', { after: ' will visit Yerevan' });
    const yerevan = await wb.token('Yerevan', { before: 'Vladimir Putin will visit ' });
    const [plain] = await wb.findText('will visit', { before: 'Vladimir Putin ' });
    assert.ok(plain, '"will visit" follows "Vladimir Putin" on screen');
    const person = tokenClass(putin.spans[0].className);
    const place = tokenClass(yerevan.spans[0].className);
    const text = tokenClass(plain.spans[0].className);
    assert.ok(person && place && text, `every span has a colour class: ${person}, ${place}, ${text}`);
    assert.notStrictEqual(person, text, 'a person is coloured unlike plain text');
    assert.notStrictEqual(person, place, 'a person is coloured unlike a place');
    assert.notStrictEqual(place, text, 'a place is coloured unlike plain text');

    await wb.mouseAway();
    await wb.screenshot('highlighted-article');
  });

  it('keeps the colours right while the article is edited: a name typed in is coloured, the names after it stay on their words', async () => {
    const wb = workbench();
    await wb.openFromExplorer(ARTICLE);
    const putin = await wb.token('Vladimir Putin', { after: ' will visit Yerevan' });
    const person = tokenClass(putin.spans[0].className);
    const place = tokenClass((await wb.token('Yerevan', { before: 'Vladimir Putin will visit ' })).spans[0].className);
    // The editor asks for the tokens of each new version and is sent only what changed.
    await wb.page.mouse.click(putin.rect.x + 1, putin.rect.y + putin.rect.height / 2);
    await wb.page.keyboard.type('Erevan: ');
    const typed = await wb.token('Erevan', { after: ': Vladimir Putin' });
    assert.equal(tokenClass(typed.spans[0].className), place, 'the typed transliteration is coloured as a place');
    const moved = await wb.token('Vladimir Putin', { before: 'Erevan: ', after: ' will visit Yerevan' });
    assert.equal(tokenClass(moved.spans[0].className), person, 'the name after the typed text keeps its colour, on its own words');
    // Undo may take the typed text back a piece at a time: the space, then the word and its colon.
    for (let k = 0; k < 8 && (await wb.findText('Erevan:')).length > 0; k++) await wb.page.keyboard.press('Control+Z');
    assert.equal((await wb.findText('Erevan:')).length, 0, 'undo took the typed text out again, all of it');
    await wb.token('Vladimir Putin', { before: 'Russian President ', after: ' will visit Yerevan' });
  });

  it('lists the quick fixes on a name and records attendance at the article’s summit from the menu', async () => {
    const wb = workbench();
    await wb.openFromExplorer(ARTICLE);
    const before = await eventually(factCount);
    const putin = await wb.token('Vladimir Putin', { after: ' will visit Yerevan' });
    const expected = `Record: Vladimir Putin was expected at ${SUMMIT}`;
    const menu = await wb.quickFixes(putin.rect, (m) => m.items.some((item) => item.title === expected));
    const titles = menu.items.map((item) => item.title);
    assert.ok(titles.includes('Annotate “Vladimir Putin” as Vladimir Putin'), `the menu offers to annotate the name: ${titles.join(' | ')}`);
    assert.ok(menu.items.every((item) => !item.disabled), 'every fix can be chosen');
    // The menu, and the line it was opened on from the name to a little after it.
    const nameAndAfter = around([{ ...putin.rect, width: putin.rect.width + 120 }], { x: 0, y: 2 });
    await wb.screenshot('quick-fix-menu', around([around([await wb.quickFixMenuRect()], 12), nameAndAfter], 0));
    await wb.chooseQuickFix(expected);
    await wb.explorerRow(FACT_FILE).waitFor();
    await eventually(async () => assert.ok((await factCount()) > before, 'the status bar counts the recorded facts'));

    const afterPutin = await factCount();
    const pashinyan = await wb.token('Nikol Pashinyan', { before: 'Armenian Prime Minister ', after: ', Belarusian' });
    const alsoExpected = `Record: Nikol Pashinyan was expected at ${SUMMIT}`;
    await wb.quickFixes(pashinyan.rect, (m) => m.items.some((item) => item.title === alsoExpected && !item.disabled));
    await wb.chooseQuickFix(alsoExpected);
    await eventually(async () => assert.ok((await factCount()) > afterPutin, 'the status bar counts one more fact'));
  });

  it('shows the summit with the leaders recorded at it in the Summits and Leaders view', async () => {
    const wb = workbench();
    await wb.showContainer('News Annotator');
    await eventually(async () => assert.match(await wb.sideBarTitle(), /Summits and Leaders/));
    await eventually(async () => assert.ok((await wb.treeRows()).some((row) => row.label.includes('Yerevan 2022')), 'a row for the Yerevan 2022 summit'));
    await wb.expandTreeRow('Yerevan 2022');

    await eventually(async () => {
      const all = await wb.treeRows();
      const summit = all.findIndex((row) => row.label.includes('Yerevan 2022'));
      const end = all.findIndex((row, i) => i > summit && row.level <= all[summit].level);
      const under = all.slice(summit + 1, end < 0 ? undefined : end).filter((row) => row.level === all[summit].level + 1);
      const labels = under.map((row) => row.label);
      assert.ok(labels.some((label) => label.includes('Vladimir Putin')), `Vladimir Putin is under the summit: ${labels.join(' | ')}`);
      assert.ok(labels.some((label) => label.includes('Nikol Pashinyan')), `Nikol Pashinyan is under the summit: ${labels.join(' | ')}`);
    });

    // The side bar at its default width, down to its last row.
    await wb.mouseAway();
    const sideBar = await wb.page.locator('.part.sidebar').boundingBox();
    assert.ok(sideBar, 'the side bar shows');
    const lastRow = (await wb.treeRows()).pop()!.rect;
    await wb.screenshot('summits-tree', { x: sideBar.x, y: sideBar.y, width: sideBar.width, height: lastRow.y + lastRow.height + 16 - sideBar.y });
  });

  it('shows a hover card on a name with its canonical name and a role', async () => {
    const wb = workbench();
    await wb.openFromExplorer(ARTICLE);
    await wb.closeWidgets();
    const rakhmon = await wb.token('Rakhmon', {}, ['Emomali Rakhmon']);
    const card = await wb.hover(rakhmon.rect, (text) => text.includes('Emomali Rahmon'));
    assert.match(card.text, /Roles[\s\S]*Tajikistan/, `the card gives a role in Tajikistan:\n${card.text}`);
    await wb.screenshot('hover-card', around([around([card.rect], 12), around([rakhmon.rect], { x: 12, y: 2 })], 0));
    await wb.closeWidgets();
  });

  it('leaves an invalid fact file as it is and says where its problem is', async () => {
    const wb = workbench();
    const brokenFile = path.join(wb.workspace, '003_4e930db99411c7ec.facts.yaml');
    const broken = fs
      .readFileSync(path.join(ROOT, 'seeds', '003_4e930db99411c7ec.facts.yaml'), 'utf8')
      .replace(/^(\s*textHash:).*$/m, '$1 sha256:abc');
    assert.ok(broken.includes('textHash: sha256:abc'), 'the shipped fact file has a textHash to break');
    fs.writeFileSync(brokenFile, broken);

    await wb.openFromExplorer('003_4e930db99411c7ec.txt');
    // The status bar counts the fact file's problem once the extension has read it.
    await eventually(async () => {
      const problems = (await wb.page.locator('#status\\.problems').getAttribute('aria-label')) ?? '';
      assert.match(problems, /Errors: [1-9]/, `the status bar counts an error: ${problems}`);
    }, { timeoutMs: 30_000 });
    // The article's status bar says why no annotation shows, rather than count none.
    await eventually(async () => {
      const items = await wb.statusBar();
      assert.ok(items.includes('Fact file has problems'), `the status bar: ${items.join(' | ')}`);
      assert.ok(!items.some((i) => /annotated ·/.test(i)), `no count of annotations: ${items.join(' | ')}`);
    });
    const putin = await wb.token('Vladimir Putin');
    // The lightbulb leaves disabled fixes out; the one fix it offers says what is wrong.
    const menu = await wb.quickFixes(putin.rect, (m) => m.items.length > 0);
    const usable = menu.items.filter((item) => !item.disabled && /^(Annotate|Record|Mark)\b/.test(item.title));
    assert.deepStrictEqual(usable, [], 'no fix that would write the fact file can be chosen');
    assert.ok(
      menu.items.some((item) => /^Open the fact file at its problem: 003_4e930db99411c7ec\.facts\.yaml:\d+: article\.textHash/.test(item.title)),
      `the menu says why: ${menu.items.map((i) => i.title).join(' | ')}`,
    );
    await wb.closeWidgets();

    // The Problems panel says what is wrong with the fact file.
    await wb.page.keyboard.press('Control+Shift+M');
    await eventually(async () => {
      const problems = (await wb.page.locator('.markers-panel .monaco-list-row').allTextContents()).join('\n');
      assert.match(problems, /003_4e930db99411c7ec\.facts\.yaml/, `the Problems panel names the fact file:\n${problems}`);
      assert.match(problems, /textHash/, `the Problems panel says what is wrong:\n${problems}`);
    });
    // Closed again, as a person does once read, so that the editor has its height back.
    await wb.runCommand('View: Hide Panel');

    assert.strictEqual(fs.readFileSync(brokenFile, 'utf8'), broken, 'the invalid fact file is unchanged on disk');
  });

  it('says when an annotation waits in a fact file with unsaved edits, and saves it from the message', async () => {
    const wb = workbench();
    const factFile = path.join(wb.workspace, FACT_FILE);
    // VS Code in the browser saves a second after each edit; the user turns that off.
    await toggleAutoSave(wb);
    // The user has typed a note into the fact file and not saved it.
    await wb.openFromExplorer(FACT_FILE);
    await wb.page.locator('.editor-instance .monaco-editor .view-line').first().click();
    await wb.page.keyboard.press('Control+Home');
    await wb.page.keyboard.type('# checked up to Pashinyan\n');
    await wb.openFromExplorer(ARTICLE);
    const lukashenko = await wb.token('Alexander Lukashenko', { after: ', Kyrgyz President' });
    const annotate = 'Annotate “Alexander Lukashenko” as Alexander Lukashenko';
    await wb.quickFixes(lukashenko.rect, (m) => m.items.some((item) => item.title === annotate && !item.disabled));
    await wb.chooseQuickFix(annotate);

    // The test workbench shows no notification toasts; the notification is in the list the bell opens.
    const notification = wb.page.locator('.notifications-center .notification-list-item', { hasText: 'which has unsaved changes' }).first();
    await eventually(async () => {
      await wb.runCommand('Notifications: Show Notifications');
      await notification.waitFor({ timeout: 5_000 });
    }, { timeoutMs: 30_000 });
    assert.match((await notification.innerText()).replace(/\s+/g, ' '), new RegExp(`written into ${FACT_FILE.replace(/\./g, '\\.')}, which has unsaved changes: it is not on disk until you save that file`));
    await eventually(async () => assert.ok((await wb.statusBar()).some((text) => text.includes(`Annotations not saved: ${FACT_FILE}`)), 'the status bar says so too'));
    assert.doesNotMatch(fs.readFileSync(factFile, 'utf8'), /person:alexander-lukashenko/, 'not on disk yet');

    await notification.locator('.monaco-button', { hasText: /^Save$/ }).click();
    await eventually(async () => {
      const saved = fs.readFileSync(factFile, 'utf8');
      assert.match(saved, /^# checked up to Pashinyan\n/, 'the user\'s note is saved');
      assert.match(saved, /person:alexander-lukashenko/, 'the annotation is saved');
      assert.ok(!(await wb.statusBar()).some((text) => text.includes('Annotations not saved')), 'the status bar item goes');
    });
    await toggleAutoSave(wb);
  });

  it('saves an article as it was typed, its lines’ trailing blanks kept, though the user trims trailing whitespace on save', async () => {
    const wb = workbench();
    const article = 'trailing-blanks.article.txt';
    // Pasted news: lines that end in blanks, and blank lines at its end. (The user's settings trim
    // both on save: see SETTINGS in run.ts.)
    const text = 'YEREVAN, November 23.  \nVladimir Putin will visit Yerevan. \n\n\n';
    fs.writeFileSync(path.join(wb.workspace, article), text);
    try {
      await wb.runCommand('Refresh Explorer');
      await wb.openFromExplorer(article);
      await wb.token('Vladimir Putin');
      await wb.page.locator('.editor-instance .monaco-editor .view-line').first().click();
      await wb.page.keyboard.press('Control+Home');
      await wb.page.keyboard.press('End');
      await wb.page.keyboard.type('X');
      await wb.page.keyboard.press('Control+S');
      await eventually(() => assert.strictEqual(fs.readFileSync(path.join(wb.workspace, article), 'utf8'), text.replace('23.  \n', '23.  X\n')));
    } finally {
      await wb.page.keyboard.press('Control+W');
      // Had the save failed, the editor asks whether to save: the test's article is not.
      const dontSave = wb.page.locator('.monaco-dialog-box .monaco-button', { hasText: /^Don't Save$/ });
      if (await dontSave.waitFor({ timeout: 1_000 }).then(() => true, () => false)) await dontSave.click();
      fs.rmSync(path.join(wb.workspace, article), { force: true });
    }
  });

  it('offers to read the .txt files of a folder of another name as articles, and then colours their names', async () => {
    const wb = workbench();
    const folder = path.join(wb.workspace, 'reports');
    const settingsFolder = path.join(wb.workspace, '.vscode');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'astana-talks.txt'), 'ASTANA, November 27. Vladimir Putin arrived in Astana for the CSTO summit.\n');
    try {
      await wb.runCommand('Refresh Explorer');
      await wb.page.locator('.explorer-folders-view .monaco-list-row', { hasText: /^reports$/ }).first().click();
      await wb.openFromExplorer('astana-talks.txt');
      // The test workbench shows no notification toasts; the notification is in the list the bell opens.
      const notification = wb.page.locator('.notifications-center .notification-list-item', { hasText: 'is not read as a news article' }).first();
      await eventually(async () => {
        await wb.runCommand('Notifications: Show Notifications');
        await notification.waitFor({ timeout: 5_000 });
      }, { timeoutMs: 30_000 });
      assert.match((await notification.innerText()).replace(/\s+/g, ' '), /reports\/astana-talks\.txt” is not read as a news article/);
      await notification.locator('.monaco-button', { hasText: 'Read the .txt files of “reports” as articles' }).click();
      await eventually(async () => assert.ok((await wb.statusBar()).includes('News Article'), 'the file is now a news article'));
      await wb.token('Vladimir Putin', { after: ' arrived' });
      const settings = JSON.parse(fs.readFileSync(path.join(settingsFolder, 'settings.json'), 'utf8')) as Record<string, string[]>;
      assert.ok(settings['newsAnnotator.articleFiles'].includes('**/reports/**/*.txt'), JSON.stringify(settings));
      assert.ok(settings['newsAnnotator.articleFiles'].includes('**/articles/**/*.txt'), 'the default patterns are kept');
    } finally {
      await wb.page.keyboard.press('Control+W');
      fs.rmSync(folder, { recursive: true, force: true });
      fs.rmSync(settingsFolder, { recursive: true, force: true });
    }
  });
});

/** Runs File: Toggle Auto Save from the command palette. */
function toggleAutoSave(wb: ReturnType<typeof workbench>): Promise<void> {
  return wb.runCommand('File: Toggle Auto Save');
}

