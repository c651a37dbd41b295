// Annotates the seed articles with the extension itself, in a real VS Code, through the same
// commands a person runs from the lightbulb: every recognized mention, the attendance each article
// reports (of people it names, and of people it names by their countries), and the roles it
// states. `npm run annotate-seeds` runs this and copies the fact files into seeds/.
// The decisions below are an annotator's reading of each article; the writing is the extension's.
import * as vscode from 'vscode';
import type { AttendanceStatus } from '../../src/core/factFile/schema';
import type { NewsAnnotatorApi } from '../../src/extension';
import { COMMAND, type CommandId } from '../../src/editor/shell/contributions';

interface Attendance {
  /** A unique phrase of the article, and the person's name inside it. */
  context: string;
  name: string;
  status: AttendanceStatus;
  event: string;
}

/** Attendance by reference: the people who stood for the countries a phrase names. */
interface ByReference {
  /** A unique phrase of the article, and the words naming the countries inside it (the selection). */
  context: string;
  countries: string;
  people: string[];
  status: AttendanceStatus;
  event: string;
}

/** A role the article states: the person's name inside a unique phrase, the role and what it is held for. */
interface StatedRole {
  context: string;
  name: string;
  role: string;
  heldFor: string;
}

interface SeedPlan {
  file: string;
  /** For a dateline without a year. */
  published?: string;
  attendances: Attendance[];
  byReference?: ByReference[];
  roles: StatedRole[];
}

const BISHKEK_2025 = 'event:csto-summit-2025-bishkek';
const YEREVAN_2022 = 'event:csto-summit-2022-yerevan';
const MINSK_2023 = 'event:csto-summit-2023-minsk';
const ASTANA_2024 = 'event:csto-summit-2024-astana';
const SCO_ASTANA_2024 = 'event:sco-summit-2024-astana';
const SOCHI_2022 = 'event:sochi-trilateral-meeting-2022';

const RUSSIA = 'place:russia';
const BELARUS = 'place:belarus';
const KAZAKHSTAN = 'place:kazakhstan';
const KYRGYZSTAN = 'place:kyrgyzstan';
const TAJIKISTAN = 'place:tajikistan';
const ARMENIA = 'place:armenia';
const CSTO = 'organization:csto';

const PLAN: SeedPlan[] = [
  {
    // "All'incontro parteciperanno i presidenti …": announced, the summit had not happened yet.
    // "l'Armenia non parteciperà al vertice di Bishkek": Armenia's leader stays away.
    file: '000_3208a376056ee470.txt',
    attendances: [
      { context: 'parteciperanno i presidenti Vladimir Putin per la Russia', name: 'Vladimir Putin', status: 'expected', event: BISHKEK_2025 },
      { context: 'Alexander Lukashenko per la Bielorussia', name: 'Alexander Lukashenko', status: 'expected', event: BISHKEK_2025 },
      { context: 'Kassym-Jomart Tokayev per il Kazakistan', name: 'Kassym-Jomart Tokayev', status: 'expected', event: BISHKEK_2025 },
      { context: 'Sadyr Japarov per il Kirghizistan', name: 'Sadyr Japarov', status: 'expected', event: BISHKEK_2025 },
      { context: 'ed Emomali Rahmon del Tagikistan', name: 'Emomali Rahmon', status: 'expected', event: BISHKEK_2025 },
      { context: 'il Primo Ministro armeno Nikol Pashinyan', name: 'Nikol Pashinyan', status: 'absent', event: BISHKEK_2025 },
    ],
    roles: [
      { context: 'Il presidente russo Vladimir Putin mentre prova', name: 'Vladimir Putin', role: 'President', heldFor: RUSSIA },
      { context: 'i presidenti Vladimir Putin per la Russia', name: 'Vladimir Putin', role: 'President', heldFor: RUSSIA },
      { context: 'il presidente della Bielorussia Alexander Lukashenko', name: 'Alexander Lukashenko', role: 'President', heldFor: BELARUS },
      { context: 'il presidente del Kazakistan Kassym-Jomart Tokayev', name: 'Kassym-Jomart Tokayev', role: 'President', heldFor: KAZAKHSTAN },
      { context: 'il presidente del Kirghizistan Sadyr Japarov', name: 'Sadyr Japarov', role: 'President', heldFor: KYRGYZSTAN },
      { context: 'il presidente del Tagikistan Emomali Rahmon', name: 'Emomali Rahmon', role: 'President', heldFor: TAJIKISTAN },
      { context: "l'assistente presidenziale russo Yuri Ushakov", name: 'Yuri Ushakov', role: 'Aide to the President', heldFor: RUSSIA },
      {
        context: 'Sagynbek Abdumutalip, capo del dipartimento di politica estera',
        name: 'Sagynbek Abdumutalip',
        role: 'Head of the Foreign Policy Department of the Presidential Administration',
        heldFor: KYRGYZSTAN,
      },
      { context: 'Il presidente del parlamento armeno, Alen Simonyan', name: 'Alen Simonyan', role: 'Chairman of the National Assembly', heldFor: ARMENIA },
      // "il viceministro […] degli Esteri armeno": the page break of the source runs through the title.
      { context: 'degli Esteri armeno Mnatsakan Safaryan', name: 'Mnatsakan Safaryan', role: 'Deputy Minister of Foreign Affairs', heldFor: ARMENIA },
      { context: 'il Primo Ministro armeno Nikol Pashinyan', name: 'Nikol Pashinyan', role: 'Prime Minister', heldFor: ARMENIA },
      { context: 'il Ministro degli Esteri armeno Ararat Mirzoyan', name: 'Ararat Mirzoyan', role: 'Minister of Foreign Affairs', heldFor: ARMENIA },
      { context: 'Ministero degli Esteri russo Maria Zakharova', name: 'Maria Zakharova', role: 'Spokesperson of the Ministry of Foreign Affairs', heldFor: RUSSIA },
    ],
  },
  {
    // TASS, 23 November 2022: "The event should also be attended by …"; Tokayev's participation
    // "is now under question".
    file: '001_59ba21db933ddaec.txt',
    published: '2022-11-23',
    attendances: [
      { context: 'Russian President Vladimir Putin will visit Yerevan', name: 'Vladimir Putin', status: 'expected', event: YEREVAN_2022 },
      { context: 'Armenian Prime Minister Nikol Pashinyan, Belarusian', name: 'Nikol Pashinyan', status: 'expected', event: YEREVAN_2022 },
      { context: 'Belarusian President Alexander Lukashenko, Kyrgyz', name: 'Alexander Lukashenko', status: 'expected', event: YEREVAN_2022 },
      { context: 'Kyrgyz President Sadyr Zhaparov', name: 'Sadyr Zhaparov', status: 'expected', event: YEREVAN_2022 },
      { context: 'Tajik President Emomali Rakhmon. The participation', name: 'Emomali Rakhmon', status: 'expected', event: YEREVAN_2022 },
      { context: 'Kazakh leader Kassym-Jomart Tokayev, who won', name: 'Kassym-Jomart Tokayev', status: 'uncertain', event: YEREVAN_2022 },
      // "Sochi hosted in-person talks of … on October 31": the trilateral meeting, which took place.
      { context: 'talks of Russian President Vladimir Putin, Armenian', name: 'Vladimir Putin', status: 'attended', event: SOCHI_2022 },
      { context: 'Armenian Prime Minister Nikol Pashinyan and Azerbaijani', name: 'Nikol Pashinyan', status: 'attended', event: SOCHI_2022 },
      { context: 'Azerbaijani President Ilkham Aliyev on October 31', name: 'Ilkham Aliyev', status: 'attended', event: SOCHI_2022 },
    ],
    roles: [
      { context: 'Prime Minister of Armenia Nikol Pashinyan', name: 'Nikol Pashinyan', role: 'Prime Minister', heldFor: ARMENIA },
      { context: 'Armenian Prime Minister Nikol Pashinyan, Belarusian', name: 'Nikol Pashinyan', role: 'Prime Minister', heldFor: ARMENIA },
      { context: 'Presidents of Belarus Alexander Lukashenko', name: 'Alexander Lukashenko', role: 'President', heldFor: BELARUS },
      { context: 'Belarusian President Alexander Lukashenko, Kyrgyz', name: 'Alexander Lukashenko', role: 'President', heldFor: BELARUS },
      { context: 'Russian President Vladimir Putin will visit', name: 'Vladimir Putin', role: 'President', heldFor: RUSSIA },
      { context: 'Kyrgyz President Sadyr Zhaparov', name: 'Sadyr Zhaparov', role: 'President', heldFor: KYRGYZSTAN },
      { context: 'Tajik President Emomali Rakhmon. The participation', name: 'Emomali Rakhmon', role: 'President', heldFor: TAJIKISTAN },
      // "Kazakh leader …, who won the November 20 early presidential election".
      { context: 'Kazakh leader Kassym-Jomart Tokayev, who won', name: 'Kassym-Jomart Tokayev', role: 'President', heldFor: KAZAKHSTAN },
      // "Kremlin spokesman": the office the knowledge base calls Press Secretary (of the President of Russia).
      { context: 'Kremlin spokesman Dmitry Peskov', name: 'Dmitry Peskov', role: 'Press Secretary', heldFor: RUSSIA },
      { context: 'Azerbaijani President Ilkham Aliyev', name: 'Ilkham Aliyev', role: 'President', heldFor: 'place:azerbaijan' },
      { context: 'current Secretary-General Stanislav Zas', name: 'Stanislav Zas', role: 'Secretary General', heldFor: CSTO },
    ],
  },
  // An exercise, not a summit: mentions, and the one title the article gives.
  {
    file: '002_ef37a1a118df8b80.txt',
    attendances: [],
    roles: [{ context: 'Il primo ministro armeno Nikol Pashinyan', name: 'Nikol Pashinyan', role: 'Prime Minister', heldFor: ARMENIA }],
  },
  {
    // "Putin is set to attend … Joining him will be … hosted by … will not include Pashinyan".
    file: '003_4e930db99411c7ec.txt',
    attendances: [
      { context: 'Russian President Vladimir Putin is set to attend', name: 'Vladimir Putin', status: 'expected', event: MINSK_2023 },
      { context: 'Presidents Kassym-Jomart Tokayev of Kazakhstan', name: 'Kassym-Jomart Tokayev', status: 'expected', event: MINSK_2023 },
      { context: 'Sadyr Zhaparov of Kyrgyzstan', name: 'Sadyr Zhaparov', status: 'expected', event: MINSK_2023 },
      { context: 'Emomali Rahmon of Tajikistan. The summit', name: 'Emomali Rahmon', status: 'expected', event: MINSK_2023 },
      { context: 'hosted by Belarusian President Alexander Lukashenko', name: 'Alexander Lukashenko', status: 'expected', event: MINSK_2023 },
      { context: 'will not include Armenian Prime Minister Nikol Pashinyan', name: 'Nikol Pashinyan', status: 'absent', event: MINSK_2023 },
    ],
    roles: [
      { context: 'Russian President Vladimir Putin is set', name: 'Vladimir Putin', role: 'President', heldFor: RUSSIA },
      { context: 'Presidents Kassym-Jomart Tokayev of Kazakhstan', name: 'Kassym-Jomart Tokayev', role: 'President', heldFor: KAZAKHSTAN },
      // "Presidents Tokayev of Kazakhstan, Sadyr Zhaparov of Kyrgyzstan, and Emomali Rahmon of Tajikistan".
      { context: 'Sadyr Zhaparov of Kyrgyzstan', name: 'Sadyr Zhaparov', role: 'President', heldFor: KYRGYZSTAN },
      { context: 'Emomali Rahmon of Tajikistan. The summit', name: 'Emomali Rahmon', role: 'President', heldFor: TAJIKISTAN },
      { context: 'hosted by Belarusian President Alexander Lukashenko', name: 'Alexander Lukashenko', role: 'President', heldFor: BELARUS },
      { context: 'will not include Armenian Prime Minister Nikol Pashinyan', name: 'Nikol Pashinyan', role: 'Prime Minister', heldFor: ARMENIA },
      { context: "with Tajikistan's President Rahmon", name: 'Rahmon', role: 'President', heldFor: TAJIKISTAN },
      // "Colonel General Anatoly Sidorov, the CSTO Chief of Staff": the chief of the CSTO's Joint Staff.
      { context: 'Anatoly Sidorov, the CSTO Chief of Staff', name: 'Anatoly Sidorov', role: 'Chief of the Joint Staff', heldFor: CSTO },
    ],
  },
  {
    // The photo caption reports Putin "e altri capi di stato" at the council session in Astana on
    // 28 November 2024; the leaders of Belarus, Kyrgyzstan and Tajikistan "hanno partecipato", named
    // by their countries; Tokayev, President of the host country, received Putin ("ha descritto
    // l'arrivo di Putin"). The second post reports the SCO summit in Astana in July 2024, with
    // Putin taking part and meeting Xi Jinping there.
    file: '004_7eca8a9e25d36329.txt',
    attendances: [
      { context: 'Il presidente russo Vladimir Putin e altri capi di stato alla sessione', name: 'Vladimir Putin', status: 'attended', event: ASTANA_2024 },
      { context: 'Il presidente kazako Kassym-Jomart Tokayev ha descritto', name: 'Kassym-Jomart Tokayev', status: 'attended', event: ASTANA_2024 },
      { context: 'con la partecipazione di Vladimir Putin', name: 'Vladimir Putin', status: 'attended', event: SCO_ASTANA_2024 },
      { context: 'il presidente cinese Xi Jinping', name: 'Xi Jinping', status: 'attended', event: SCO_ASTANA_2024 },
    ],
    byReference: [
      {
        context: 'hanno partecipato anche i leader di Bielorussia, Kirghizistan e Tagikistan',
        countries: 'Bielorussia, Kirghizistan e Tagikistan',
        people: ['person:alexander-lukashenko', 'person:sadyr-japarov', 'person:emomali-rahmon'],
        status: 'attended',
        event: ASTANA_2024,
      },
    ],
    roles: [
      { context: 'Il presidente russo Vladimir Putin e altri capi di stato', name: 'Vladimir Putin', role: 'President', heldFor: RUSSIA },
      { context: 'del presidente russo Vladimir Putin in Kazakistan', name: 'Vladimir Putin', role: 'President', heldFor: RUSSIA },
      { context: 'Il presidente kazako Kassym-Jomart Tokayev', name: 'Kassym-Jomart Tokayev', role: 'President', heldFor: KAZAKHSTAN },
      { context: 'il presidente cinese Xi Jinping', name: 'Xi Jinping', role: 'President', heldFor: 'place:china' },
    ],
  },
];

async function annotate(plan: SeedPlan): Promise<void> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, plan.file));
  await vscode.window.showTextDocument(document);
  const uri = document.uri.toString();
  const ran = async (command: CommandId, ...args: unknown[]) => {
    if ((await vscode.commands.executeCommand(command, ...args)) !== true) throw new Error(`${plan.file}: ${command} ${JSON.stringify(args)} did not complete`);
  };
  if (plan.published) await ran(COMMAND.setPublicationDate, uri, plan.published);
  await ran(COMMAND.annotateAllInArticle, uri);
  /** Where `words` stand inside the unique phrase `context`. */
  const spanOf = (context: string, words: string): [number, number] => {
    const text = document.getText();
    const at = text.indexOf(context);
    if (at < 0 || text.indexOf(context, at + 1) >= 0) throw new Error(`${plan.file}: "${context}" is not a unique phrase`);
    if (!context.includes(words)) throw new Error(`${plan.file}: "${context}" does not hold "${words}"`);
    const start = at + context.indexOf(words);
    return [start, start + words.length];
  };
  for (const a of plan.attendances) await ran(COMMAND.recordAttendance, uri, ...spanOf(a.context, a.name), a.status, a.event);
  for (const b of plan.byReference ?? []) await ran(COMMAND.recordAttendanceByReference, uri, ...spanOf(b.context, b.countries), b.event, b.people, b.status);
  for (const r of plan.roles) await ran(COMMAND.recordRole, uri, ...spanOf(r.context, r.name), r.role, r.heldFor);
  const byReference = (plan.byReference ?? []).reduce((n, b) => n + b.people.length, 0);
  console.log(`annotated ${plan.file}: ${plan.attendances.length + byReference} attendances (${byReference} by reference), ${plan.roles.length} roles stated`);
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension('news-annotator.news-annotator')!;
  // Opening an article activates the extension; wait for it and for the fact file scan.
  const first = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, PLAN[0].file);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(first));
  for (let i = 0; i < 100 && !extension.isActive; i++) await new Promise((r) => setTimeout(r, 100));
  const services = (extension.exports as NewsAnnotatorApi).services();
  await services.knowledgeBase.reload();
  await services.index.scan();
  for (const plan of PLAN) await annotate(plan);
  console.log('integration: 5 passed, 0 failed');
}
