// Annotates the seed articles with the extension itself, in a real VS Code, through the same
// commands a person runs from the lightbulb: every recognized mention, and the attendance each
// article reports. `npm run annotate-seeds` runs this and copies the fact files into seeds/.
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

interface SeedPlan {
  file: string;
  /** For a dateline without a year. */
  published?: string;
  attendances: Attendance[];
}

const BISHKEK_2025 = 'event:csto-summit-2025-bishkek';
const YEREVAN_2022 = 'event:csto-summit-2022-yerevan';
const MINSK_2023 = 'event:csto-summit-2023-minsk';
const ASTANA_2024 = 'event:csto-summit-2024-astana';

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
    ],
  },
  // An exercise, not a summit: mentions only.
  { file: '002_ef37a1a118df8b80.txt', attendances: [] },
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
  },
  {
    // The photo caption reports Putin at the council session in Astana on 28 November 2024; the
    // other leaders who took part are named only by their countries.
    file: '004_7eca8a9e25d36329.txt',
    attendances: [{ context: 'Il presidente russo Vladimir Putin e altri capi di stato alla sessione', name: 'Vladimir Putin', status: 'attended', event: ASTANA_2024 }],
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
  for (const a of plan.attendances) {
    const text = document.getText();
    const at = text.indexOf(a.context);
    if (at < 0 || text.indexOf(a.context, at + 1) >= 0) throw new Error(`${plan.file}: "${a.context}" is not a unique phrase`);
    const start = at + a.context.indexOf(a.name);
    await ran(COMMAND.recordAttendance, uri, start, start + a.name.length, a.status, a.event);
  }
  console.log(`annotated ${plan.file}: ${plan.attendances.length} attendances`);
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
