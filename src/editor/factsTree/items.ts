// How each node of the Summits and Leaders tree looks: label, description, icon, tooltip, and
// what a click does.
import * as vscode from 'vscode';
import type { Attendance, Evidence, SummitSummary } from '../../core/workspace/factIndex';
import type { Event } from '../../core/knowledgeBase/schema';
import { statusIcon, statusIconSyntax, statusLabel } from '../ui/attendance';
import { eventKindLabel } from '../ui/labels';
import { escapeMarkdown, excerpt } from '../ui/markdown';
import type { AttendanceNode, EvidenceNode, FactsModel, FactsNode, InvalidFactFileNode, LeaderNode, RootNode, SummitEvidenceNode, SummitNode } from './model';
import { fileName, workspaceUri } from '../workspace/paths';
import { COMMAND } from '../shell/contributions';

export function treeItem(node: FactsNode, model: FactsModel): vscode.TreeItem {
  switch (node.kind) {
    case 'root':
      return rootItem(node);
    case 'summit':
      return summitItem(node, model);
    case 'leader':
      return leaderItem(node, model);
    case 'attendance':
      return attendanceItem(node, model);
    case 'summitEvidence':
      return summitEvidenceItem(node);
    case 'evidence':
      return evidenceItem(node);
    case 'invalidFactFile':
      return invalidFactFileItem(node);
  }
}

function item(node: FactsNode, label: string | vscode.TreeItemLabel, collapsible: vscode.TreeItemCollapsibleState): vscode.TreeItem {
  const result = new vscode.TreeItem(label, collapsible);
  result.id = node.id;
  result.contextValue = node.kind === 'root' ? `${node.root}Root` : node.kind;
  return result;
}

function rootItem(node: RootNode): vscode.TreeItem {
  const labels: Record<RootNode['root'], string> = {
    summits: vscode.l10n.t('Summits'),
    leaders: vscode.l10n.t('Leaders'),
    attention: vscode.l10n.t('Needs attention'),
  };
  const icons: Record<RootNode['root'], vscode.ThemeIcon> = {
    summits: new vscode.ThemeIcon('calendar'),
    leaders: new vscode.ThemeIcon('organization'),
    attention: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  };
  const empty = node.count === 0;
  const result = item(node, labels[node.root], empty ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Expanded);
  result.iconPath = icons[node.root];
  result.description = empty ? vscode.l10n.t('none recorded yet') : String(node.count);
  return result;
}

const EVENT_ICONS: Record<Event['kind'], string> = { summit: 'calendar', meeting: 'comment-discussion', exercise: 'shield', exhibition: 'preview', operation: 'search' };

/** The kind of the event a summit node stands for, unless it is a summit (or unknown): what its label does not say. */
function kindOtherThanSummit(summit: SummitSummary, model: FactsModel): Exclude<Event['kind'], 'summit'> | undefined {
  const kind = summit.event ? model.eventKindOf(summit.event) : undefined;
  return kind === 'summit' ? undefined : kind;
}

function summitItem(node: SummitNode, model: FactsModel): vscode.TreeItem {
  const { summit } = node;
  const hasChildren = summit.attendances.length > 0 || summit.evidence.length > 0;
  const result = item(node, summitLabel(summit, model), hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  // A meeting or an exercise is listed among the summits with its kind, so that a ministers'
  // meeting in Astana is not taken for the Astana summit of the same year.
  const kind = kindOtherThanSummit(summit, model);
  result.iconPath = new vscode.ThemeIcon(EVENT_ICONS[kind ?? 'summit']);
  result.description = [kind && eventKindLabel(kind), summitWhen(summit)].filter(Boolean).join(' · ');
  const tooltip = new vscode.MarkdownString('', true);
  tooltip.appendMarkdown(`**${escapeMarkdown(summit.name)}**\n\n`);
  const details = [summitWhenAndWhere(summit, model), summit.organization ? model.nameOf(summit.organization) : undefined].filter(Boolean);
  if (details.length > 0) tooltip.appendMarkdown(`${escapeMarkdown(details.join(' · '))}\n\n`);
  for (const a of summit.attendances) {
    tooltip.appendMarkdown(`- ${statusIconSyntax(a.status)} ${escapeMarkdown(model.nameOf(a.person))}: ${escapeMarkdown(statusLabel(a.status))}\n`);
  }
  result.tooltip = tooltip;
  return result;
}

/**
 * "Yerevan 2022": the city and year that tell summits apart, short enough for the side bar at its
 * default width (the knowledge base's names run to "Extraordinary CSTO summit on Armenia, September
 * 2022"); the full name is in the tooltip. A summit without a city or date keeps its name.
 */
function summitLabel(summit: SummitSummary, model: FactsModel): string {
  return summit.city && summit.start ? `${model.nameOf(summit.city)} ${summit.start.slice(0, 4)}` : summit.name;
}

/** "2022-11-23", or a range of dates when the summit lasted longer. */
function summitWhen(summit: SummitSummary): string | undefined {
  return summit.start && summit.end && summit.end !== summit.start ? `${summit.start} – ${summit.end}` : summit.start;
}

/** "2022-11-23 · Yerevan", or a range of dates when the summit lasted longer. */
export function summitWhenAndWhere(summit: SummitSummary, model: FactsModel): string {
  return [summitWhen(summit), summit.city ? model.nameOf(summit.city) : undefined].filter(Boolean).join(' · ');
}

function leaderItem(node: LeaderNode, model: FactsModel): vscode.TreeItem {
  const { leader } = node;
  const result = item(node, leader.name, vscode.TreeItemCollapsibleState.Collapsed);
  result.iconPath = new vscode.ThemeIcon('person');
  const counts = new Map<string, number>();
  for (const a of leader.attendances) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  const order = ['attended', 'expected', 'absent', 'uncertain'] as const;
  result.description = order.filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${statusLabel(s)}`).join(' · ');
  const tooltip = new vscode.MarkdownString('', true);
  tooltip.appendMarkdown(`**${escapeMarkdown(leader.name)}**\n\n`);
  for (const a of leader.attendances) {
    tooltip.appendMarkdown(`- ${statusIconSyntax(a.status)} ${escapeMarkdown(model.nameOf(a.event))}: ${escapeMarkdown(statusLabel(a.status))}\n`);
  }
  result.tooltip = tooltip;
  return result;
}

function attendanceItem(node: AttendanceNode, model: FactsModel): vscode.TreeItem {
  const { attendance, summit } = node;
  const person = model.nameOf(attendance.person);
  const label = node.under === 'summit' ? person : summitLabel(summit, model);
  const result = item(node, label, attendance.evidence.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  result.iconPath = statusIcon(attendance.status);
  // Under a leader, the label is the summit's city and year: a meeting's kind is said beside it.
  const kind = node.under === 'leader' ? kindOtherThanSummit(summit, model) : undefined;
  result.description = [statusLabel(attendance.status), kind && eventKindLabel(kind)].filter(Boolean).join(' · ');
  result.tooltip = attendanceTooltip(person, attendance, summit, model);
  return result;
}

function attendanceTooltip(person: string, attendance: Attendance, summit: SummitSummary, model: FactsModel): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString('', true);
  const sentence = vscode.l10n.t('{0} at {1}: {2}', `**${escapeMarkdown(person)}**`, `**${escapeMarkdown(summit.name)}**`, escapeMarkdown(statusLabel(attendance.status)));
  tooltip.appendMarkdown(`${statusIconSyntax(attendance.status)} ${sentence}\n\n`);
  const whenAndWhere = summitWhenAndWhere(summit, model);
  if (whenAndWhere) tooltip.appendMarkdown(`${escapeMarkdown(whenAndWhere)}\n\n`);
  for (const e of attendance.evidence) tooltip.appendMarkdown(quoteMarkdown(e));
  return tooltip;
}

/** A quote as a blockquote, with the article it is from. */
function quoteMarkdown(e: Evidence): string {
  const { before, quote, after } = excerpt(e.mention.prefix, e.mention.quote, e.mention.suffix, 80);
  return `> ${escapeMarkdown(before)}**${escapeMarkdown(quote)}**${escapeMarkdown(after)}\n>\n> — ${escapeMarkdown(fileName(e.articlePath))}\n\n`;
}

function summitEvidenceItem(node: SummitEvidenceNode): vscode.TreeItem {
  const result = item(node, vscode.l10n.t('Evidence of the summit'), vscode.TreeItemCollapsibleState.Collapsed);
  result.iconPath = new vscode.ThemeIcon('references');
  const count = new Set(node.summit.evidence.map((e) => `${e.articlePath}#${e.mention.id}`)).size;
  result.description = count === 1 ? vscode.l10n.t('1 quote') : vscode.l10n.t('{0} quotes', count);
  result.tooltip = vscode.l10n.t('The quotes that name this summit, its place or its date.');
  return result;
}

function evidenceItem(node: EvidenceNode): vscode.TreeItem {
  const { evidence } = node;
  // Little context before the quote, so that a narrow side bar still shows the quote itself.
  const { before, quote, after } = excerpt(evidence.mention.prefix, evidence.mention.quote, evidence.mention.suffix, 18, 28);
  const label: vscode.TreeItemLabel = { label: `${before}${quote}${after}`, highlights: [[before.length, before.length + quote.length]] };
  const result = item(node, label, vscode.TreeItemCollapsibleState.None);
  result.iconPath = new vscode.ThemeIcon(evidence.mention.orphaned ? 'warning' : 'quote');
  result.description = fileName(evidence.articlePath);
  const tooltip = new vscode.MarkdownString(quoteMarkdown(evidence), true);
  if (evidence.mention.orphaned) tooltip.appendMarkdown(escapeMarkdown(vscode.l10n.t('This quote was not found again in the article\'s current text.')));
  result.tooltip = tooltip;
  const article = workspaceUri(evidence.articlePath);
  if (article) {
    result.command = {
      command: COMMAND.openEvidence,
      title: vscode.l10n.t('Open Evidence'),
      arguments: [article, evidence.mention.start, evidence.mention.end, evidence.mention.quote],
    };
  }
  return result;
}

function invalidFactFileItem(node: InvalidFactFileNode): vscode.TreeItem {
  const [first] = node.problems;
  const result = item(node, fileName(node.factFilePath), vscode.TreeItemCollapsibleState.None);
  result.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  result.description = first ? vscode.l10n.t('line {0}: {1}', first.line, problemText(first)) : vscode.l10n.t('cannot be read');
  const tooltip = new vscode.MarkdownString('', true);
  tooltip.appendMarkdown(`**${escapeMarkdown(node.factFilePath)}**\n\n`);
  for (const p of node.problems) tooltip.appendMarkdown(`- ${escapeMarkdown(vscode.l10n.t('line {0}: {1}', p.line, problemText(p)))}\n`);
  result.tooltip = tooltip;
  const uri = workspaceUri(node.factFilePath);
  if (uri) {
    const at = new vscode.Position(Math.max(0, (first?.line ?? 1) - 1), Math.max(0, (first?.column ?? 1) - 1));
    const options: vscode.TextDocumentShowOptions = { selection: new vscode.Range(at, at) };
    result.command = { command: 'vscode.open', title: vscode.l10n.t('Open Fact File'), arguments: [uri, options] };
  }
  return result;
}

function problemText(p: { field?: string; message: string }): string {
  return p.field ? `${p.field}: ${p.message}` : p.message;
}
