// How articles and the Summits and Leaders view look, theme by theme: each kind of name in a colour
// of its own, unlike the error red, the warning yellow and plain text; typographic spaces and
// apostrophes left alone while a zero-width space inside a name is framed; the view's labels whole
// at the side bar's default width. Each test writes what it needs and takes it away afterwards.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { MENTION_TYPES, type MentionType } from '../../src/core/recognizer/mention';
import { ROOT } from '../integration/codeServerHost';
import { colourDifference, contrastRatio, hexOf, parseColour, type Rgb } from './colour';
import { around, eventually, workbench, type Rect, type Workbench } from './workbench';

const COLOURS_ARTICLE = 'colours.article.txt';
/** One name of each type, as the recognizer reads them: a candidate is a name a title introduces. */
const NAMES: Record<MentionType, string> = {
  date: '23 November 2022',
  candidate: 'Mario Rossi',
  person: 'Vladimir Putin',
  place: 'Yerevan',
  organization: 'CSTO',
  event: 'Indestructible Brotherhood',
};
const FIRST_LINE = 'On 23 November 2022 President Mario Rossi met Vladimir Putin in Yerevan.';
const SECOND_LINE = 'The CSTO held Indestructible Brotherhood there.';
const PLAIN = 'met';

/** The themes VS Code ships, as its theme picker names them, and the file each is read from. */
const THEMES = [
  { label: 'Dark 2026', file: '2026-dark' },
  { label: 'Dark Modern', file: 'dark_modern' },
  { label: 'Dark+', file: 'dark_plus' },
  { label: 'Dark High Contrast', file: 'hc_black' },
  { label: 'Light Modern', file: 'light_modern' },
  { label: 'Light+', file: 'light_plus' },
  { label: 'Light High Contrast', file: 'hc_light' },
  // Last: the theme the browser tests run in.
  { label: 'Light 2026', file: '2026-light' },
];
const DEFAULT_THEME = THEMES[THEMES.length - 1];
/** The README's pictures of the six kinds of names, in the default dark and light themes. */
const PICTURES: Record<string, string> = { 'Dark 2026': 'entity-colours-dark', 'Light 2026': 'entity-colours-light' };

/**
 * How far apart (ΔE00) two colours must be to tell two things apart. Dark 2026's lavender and
 * orchid, which people took for one purple when organizations and events wore them, are 12.8 apart.
 */
const DISTINCT = 13;
/** The contrast WCAG asks of text (level AA). */
const READABLE = 4.5;

const SEED_002 = '002_ef37a1a118df8b80.txt';
const ZERO_WIDTH_SPACE = '\u200b';
const NO_BREAK_SPACE = '\u00a0';

describe('How articles and the view look', () => {
  beforeEach(async () => {
    await workbench().dismissNotifications();
  });

  it('gives each kind of name a colour of its own in every theme VS Code ships, unlike errors, warnings and plain text', async function () {
    this.timeout(THEMES.length * 30_000);
    const wb = workbench();
    const article = path.join(wb.workspace, COLOURS_ARTICLE);
    fs.writeFileSync(article, `How names look\n\n${FIRST_LINE}\n\n${SECOND_LINE}\n`);
    try {
      await wb.runCommand('Refresh Explorer');
      await wb.openFromExplorer(COLOURS_ARTICLE);
      const problems: string[] = [];
      const seen: string[] = [];
      for (const theme of THEMES) {
        await chooseTheme(wb, theme);
        const colours = await settledColours(wb);
        seen.push(`${theme.label}: ${MENTION_TYPES.map((type) => `${type} ${hexOf(colours.types[type])}`).join(', ')}; text ${hexOf(colours.text)}`);
        problems.push(...colourProblems(colours).map((problem) => `${theme.label}: ${problem}`));
        if (PICTURES[theme.label]) {
          await wb.mouseAway();
          const lines = [...(await wb.findText(FIRST_LINE)), ...(await wb.findText(SECOND_LINE))].map((found) => found.rect);
          await wb.screenshot(PICTURES[theme.label], around(lines, { x: 14, y: 10 }));
        }
      }
      assert.deepStrictEqual(problems, [], `the colours on screen:\n${seen.join('\n')}`);
    } finally {
      await chooseTheme(wb, DEFAULT_THEME);
      await wb.runCommand('View: Close Editor');
      fs.rmSync(article, { force: true });
    }
  });

  it('leaves no-break spaces and typographic apostrophes in an article alone, and frames a zero-width space inside a name', async () => {
    const wb = workbench();
    await wb.openFromExplorer(SEED_002);
    // "… nel Nagorno-Karabakh. Pashinyan ha affermato all’inizio …", with a no-break space after the full stop.
    await wb.goToLine(15);
    const [pashi] = await eventually(async () => {
      const found = await wb.findText('Pashi', { before: 'Karabakh. ', after: 'nyan' });
      assert.strictEqual(found.length, 1, `"Karabakh.${NO_BREAK_SPACE}Pashinyan" of line 15 is on screen`);
      return found;
    });
    // A zero-width space pasted into the name, as text copied from a web page may bring one.
    await wb.page.mouse.click(pashi.rect.x + pashi.rect.width, pashi.rect.y + pashi.rect.height / 2);
    await wb.page.keyboard.insertText(ZERO_WIDTH_SPACE);
    try {
      const { framed, inName } = await eventually(async () => {
        const [name] = await wb.findText(`Pashi${ZERO_WIDTH_SPACE}nyan`, { before: 'Karabakh. ' });
        assert.ok(name, 'the name with the zero-width space is on screen');
        const within = (box: Rect): boolean =>
          box.x >= name.rect.x - 1 && box.x + box.width <= name.rect.x + name.rect.width + 1 && Math.abs(box.y - name.rect.y) < name.rect.height;
        const boxes = await highlightBoxes(wb);
        assert.ok(boxes.some(within), 'the editor frames the zero-width space inside the name');
        return { framed: boxes, inName: within };
      });
      assert.deepStrictEqual(
        framed.map((box) => (inName(box) ? 'inside the name' : `at ${Math.round(box.x)},${Math.round(box.y)}`)),
        ['inside the name'],
        'the only character framed on screen is the zero-width space: no-break spaces, ’ and “ ” are not',
      );
    } finally {
      await eventually(async () => {
        if ((await wb.findText(`Pashi${ZERO_WIDTH_SPACE}nyan`)).length > 0) {
          await wb.page.keyboard.press('Control+Z');
        }
        assert.strictEqual((await wb.findText('Pashinyan', { before: 'Karabakh. ' })).length, 1, 'undo took the zero-width space out again');
      });
    }
  });

  it('frames no letter of a Russian article: Cyrillic letters that look Latin are its own alphabet', async () => {
    const wb = workbench();
    const article = 'astana-russian.article.txt';
    // Words whose every letter has a Latin look-alike: "В", "АСТАНА", "ТАСС", "с".
    fs.writeFileSync(path.join(wb.workspace, article), 'В Астане открылся саммит\nАСТАНА, 28 ноября. /ТАСС/. Встреча с лидерами стран ОДКБ прошла в Астане.\n');
    try {
      await wb.runCommand('Refresh Explorer');
      await wb.openFromExplorer(article);
      await eventually(async () => assert.strictEqual((await wb.findText('ТАСС')).length, 1, 'the dateline is on screen'));
      // The editor frames what it takes for a look-alike shortly after it shows the text.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      assert.deepStrictEqual(await highlightBoxes(wb), [], 'no character is framed');
    } finally {
      await wb.page.keyboard.press('Control+W');
      fs.rmSync(path.join(wb.workspace, article), { force: true });
    }
  });

  it('lists no diagnostics as left out in the Problems view for a long article, its hints on its names', async () => {
    const wb = workbench();
    // Twenty copies of a seed: some 1,400 mentions, more than VS Code shows of one diagnostic collection in a file.
    const article = 'long-report.article.txt';
    const seed = fs.readFileSync(path.join(wb.workspace, '001_59ba21db933ddaec.txt'), 'utf8');
    fs.writeFileSync(path.join(wb.workspace, article), `${seed.trimEnd()}\n\n`.repeat(20));
    try {
      await wb.runCommand('Refresh Explorer');
      await wb.openFromExplorer(article);
      const hints = wb.page.locator('.editor-instance .monaco-editor .view-overlays .squiggly-hint');
      await eventually(async () => assert.ok((await hints.count()) > 0, 'hints under the names on screen'), { timeoutMs: 20_000 });
      await wb.runCommand('View: Focus Problems');
      const problems = wb.page.locator('.markers-panel');
      await problems.waitFor();
      // Hints are not listed there: the view has nothing for the article, not a message that some
      // were left out (other tests may leave a fact file's problem in the workspace).
      await eventually(async () => assert.match(await problems.innerText(), /No problems have been detected|\.facts\.yaml/));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const listed = await problems.innerText();
      assert.doesNotMatch(listed, /further errors and warnings/);
      assert.doesNotMatch(listed, /long-report\.article\.txt/);
    } finally {
      await wb.runCommand('View: Hide Panel');
      await wb.closeAllEditors();
      fs.rmSync(path.join(wb.workspace, article), { force: true });
    }
  });

  it('shows the summits’ and leaders’ labels whole, and each summit’s date, at the side bar’s default width', async () => {
    const wb = workbench();
    // A fact file with a summit and six leaders, unless a test before wrote one for this seed.
    const factFile = path.join(wb.workspace, '000_3208a376056ee470.facts.yaml');
    const copied = !fs.existsSync(factFile);
    if (copied) {
      fs.copyFileSync(path.join(ROOT, 'seeds', '000_3208a376056ee470.facts.yaml'), factFile);
    }
    try {
      await wb.showContainer('News Annotator');
      await eventually(async () => assert.ok((await wb.treeRows()).some((row) => row.label.includes('Bishkek 2025')), 'a row for the Bishkek 2025 summit'), { timeoutMs: 20_000 });
      await resetSideBarWidth(wb);
      await expandRow(wb, 2, /Bishkek 2025/);
      for (const leader of ['Alexander Lukashenko', 'Kassym-Jomart Tokayev', 'Vladimir Putin']) {
        await expandRow(wb, 2, new RegExp(`^${leader}$`));
      }
      await wb.mouseAway();
      const rows = await eventually(async () => {
        const shown = await sideBarRows(wb);
        assert.ok(shown.some((row) => row.root === 'Leaders' && row.level === 3), `the leaders' summits show: ${shown.map((row) => row.label).join(' | ')}`);
        return shown;
      });
      const cut = rows
        .filter((row) => row.root === 'Summits' || row.root === 'Leaders')
        .filter((row) => row.level === 2 || (row.level === 3 && !row.label.startsWith('Evidence')))
        .flatMap((row) => {
          const summit = row.root === 'Summits' && row.level === 2;
          return [
            ...(row.labelCut ? [`the label "${row.label}"`] : []),
            ...(summit && row.descriptionCut ? [`the date "${row.description}" of "${row.label}"`] : []),
          ];
        });
      assert.deepStrictEqual(cut, [], `cut short at ${Math.round((await wb.page.locator('.part.sidebar').boundingBox())?.width ?? 0)} px`);
    } finally {
      if (copied) {
        fs.rmSync(factFile, { force: true });
      }
    }
  });
});

/** The colours on screen of one name of each type, of plain text, and the theme's own colours. */
interface Colours {
  types: Record<MentionType, Rgb>;
  text: Rgb;
  error: Rgb;
  warning: Rgb;
  background: Rgb;
}

/** What the colours on screen get wrong: too alike, like an error or a warning, or too faint. */
function colourProblems(colours: Colours): string[] {
  const problems: string[] = [];
  const alike = (what: string, one: Rgb, two: Rgb): void => {
    const difference = colourDifference(one, two);
    if (difference < DISTINCT) problems.push(`${what} look alike (${hexOf(one)}, ${hexOf(two)}: ΔE00 ${difference.toFixed(1)})`);
  };
  MENTION_TYPES.forEach((type, k) => {
    const colour = colours.types[type];
    for (const other of MENTION_TYPES.slice(k + 1)) alike(`${type} and ${other}`, colour, colours.types[other]);
    alike(`${type} and plain text`, colour, colours.text);
    alike(`${type} and the error red`, colour, colours.error);
    alike(`${type} and the warning yellow`, colour, colours.warning);
    const contrast = contrastRatio(colour, colours.background);
    if (contrast < READABLE) problems.push(`${type} is faint (${hexOf(colour)} on ${hexOf(colours.background)}: ${contrast.toFixed(1)}:1)`);
  });
  return problems;
}

/** Chooses a colour theme in the theme picker (Ctrl+K Ctrl+T) and waits until the workbench wears it. */
async function chooseTheme(wb: Workbench, theme: { label: string; file: string }): Promise<void> {
  const worn = async (): Promise<boolean> => (await wb.page.evaluate(readWorkbenchClasses)).includes(`vscode-theme-defaults-themes-${theme.file}-json`);
  if (await worn()) {
    return;
  }
  await wb.page.keyboard.press('Control+K');
  await wb.page.keyboard.press('Control+T');
  const input = wb.page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(theme.label);
  const exactly = new RegExp(`^${theme.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await wb.page.locator('.quick-input-widget .monaco-list-row').filter({ has: wb.page.locator('.label-name', { hasText: exactly }) }).first().click();
  await input.waitFor({ state: 'hidden' });
  await eventually(async () => assert.ok(await worn(), `the workbench wears ${theme.label}`));
}

/**
 * The colours of the names once the editor has drawn them in the new theme: plain text in the
 * theme's foreground, every name a token of its own, and the same colours on three looks in a row.
 */
async function settledColours(wb: Workbench): Promise<Colours> {
  const texts = [...MENTION_TYPES.map((type) => NAMES[type]), PLAIN];
  let last = '';
  let same = 0;
  return eventually(
    async () => {
      const found = await wb.page.evaluate(readColours, texts);
      const missing = texts.filter((text) => !found.tokens[text]);
      assert.deepStrictEqual(missing, [], 'every name is a token of its own on screen');
      const colours: Colours = {
        types: Object.fromEntries(MENTION_TYPES.map((type) => [type, parseColour(found.tokens[NAMES[type]])])) as Record<MentionType, Rgb>,
        text: parseColour(found.tokens[PLAIN]),
        error: parseColour(found.error),
        warning: parseColour(found.warning),
        background: parseColour(found.background),
      };
      assert.strictEqual(hexOf(colours.text), hexOf(parseColour(found.foreground)), 'plain text is drawn in the theme’s foreground');
      const key = JSON.stringify(colours);
      same = key === last ? same + 1 : 0;
      last = key;
      assert.ok(same >= 2, 'the colours have settled');
      return colours;
    },
    { timeoutMs: 20_000, intervalMs: 200 },
  );
}

// What the page functions below need of the DOM, declared here because the project compiles without
// the DOM library (src/ must not use it).
interface DomRect {
  x: number;
  y: number;
  width: number;
  height: number;
  right: number;
}
interface DomElement {
  readonly textContent: string | null;
  readonly childElementCount: number;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): DomRect;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}
interface DomWindow {
  document: DomElement;
  getComputedStyle(element: DomElement): { color: string; getPropertyValue(name: string): string };
}

/** Runs in the page: the computed colour of each text drawn as a span of its own, and the theme's colours. */
function readColours(texts: string[]): { tokens: Record<string, string>; foreground: string; background: string; error: string; warning: string } {
  const page = globalThis as unknown as DomWindow;
  const tokens: Record<string, string> = {};
  for (const span of page.document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line span')) {
    const text = (span.textContent ?? '').replace(/\s/g, ' ').trim();
    if (span.childElementCount === 0 && texts.includes(text) && !(text in tokens)) {
      tokens[text] = page.getComputedStyle(span).color;
    }
  }
  const theme = page.getComputedStyle(page.document.querySelector('.monaco-workbench')!);
  const variable = (name: string): string => theme.getPropertyValue(`--vscode-${name}`).trim();
  return {
    tokens,
    foreground: variable('editor-foreground'),
    background: variable('editor-background'),
    error: variable('editorError-foreground'),
    warning: variable('editorWarning-foreground'),
  };
}

/** Runs in the page: the workbench's class names, among them the one naming the colour theme's file. */
function readWorkbenchClasses(): string[] {
  const page = globalThis as unknown as DomWindow;
  return (page.document.querySelector('.monaco-workbench')?.getAttribute('class') ?? '').split(/\s+/);
}

/** Runs in the page: where the active editor frames characters as suspicious (VS Code's unicode highlights). */
function readHighlightBoxes(): Rect[] {
  const page = globalThis as unknown as DomWindow;
  return [...page.document.querySelectorAll('.editor-instance .monaco-editor .unicode-highlight')].map((element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height };
  });
}

function highlightBoxes(wb: Workbench): Promise<Rect[]> {
  return wb.page.evaluate(readHighlightBoxes);
}

interface SideBarRow {
  /** The top-level row it is under: "Summits", "Leaders" or "Needs attention". */
  root: string;
  level: number;
  label: string;
  description: string;
  labelCut: boolean;
  descriptionCut: boolean;
}

/** Runs in the page: the side bar's tree rows, and whether their label and description are cut off. */
function readSideBarRows(): SideBarRow[] {
  const page = globalThis as unknown as DomWindow;
  const rows = [...page.document.querySelectorAll('.part.sidebar .monaco-list-row')].sort((a, b) => a.getBoundingClientRect().y - b.getBoundingClientRect().y);
  let root = '';
  return rows.map((row) => {
    const level = Number(row.getAttribute('aria-level'));
    const label = row.querySelector('.label-name');
    const description = row.querySelector('.label-description');
    const shown = row.querySelector('.monaco-icon-label-container')?.getBoundingClientRect().right ?? 0;
    const labelText = (label?.textContent ?? '').trim();
    if (level === 1) root = labelText;
    return {
      root,
      level,
      label: labelText,
      description: (description?.textContent ?? '').trim(),
      labelCut: (label?.getBoundingClientRect().right ?? 0) > shown + 0.5,
      descriptionCut: (description?.getBoundingClientRect().right ?? 0) > shown + 0.5,
    };
  });
}

function sideBarRows(wb: Workbench): Promise<SideBarRow[]> {
  return wb.page.evaluate(readSideBarRows);
}

/** Expands the side bar's tree row at `level` whose label matches, unless it is expanded. */
async function expandRow(wb: Workbench, level: number, label: RegExp): Promise<void> {
  const row = wb.page.locator(`.part.sidebar .monaco-list-row[aria-level="${level}"]`).filter({ has: wb.page.locator('.label-name', { hasText: label }) }).last();
  await row.waitFor();
  const expanded = async (): Promise<void> => assert.strictEqual(await row.getAttribute('aria-expanded'), 'true', `the row ${label} expands`);
  // A click can land while the view is still being laid out after the side bar's width changed,
  // and then nothing opens; a person would click again, and so does this, after a pause long
  // enough that a slow first click is not undone by a second.
  for (let click = 1; ; click++) {
    if ((await row.getAttribute('aria-expanded')) === 'false') {
      await row.locator('.monaco-tl-twistie').click();
    }
    try {
      await eventually(expanded, { timeoutMs: 4_000 });
      return;
    } catch (error) {
      if (click === 3) throw error;
    }
  }
}

/** Double-clicks the edge between the side bar and the editor, which puts the side bar back at its default width. */
async function resetSideBarWidth(wb: Workbench): Promise<void> {
  const sash = await wb.page.locator('.monaco-sash.primary-sidebar-sash').boundingBox();
  assert.ok(sash, 'the side bar has an edge');
  await wb.page.mouse.dblclick(sash.x + sash.width / 2, sash.y + sash.height / 2);
}


