// The hover card of a mention: what the knowledge base knows about the entity, what the
// workspace's fact files record about it, and whether this mention is annotated, with links that
// reveal it in the Summits and Leaders view, annotate it, take back a "not an entity", or add a
// new name to the knowledge base.
import * as vscode from 'vscode';
import { isAnnotatable, type MentionStatus } from '../../core/annotation/status';
import type { KnowledgeBase } from '../../core/knowledgeBase/knowledgeBase';
import type { Entity, Event, Organization, Person, Place, Role } from '../../core/knowledgeBase/schema';
import type { Mention } from '../../core/recognizer/mention';
import type { FactIndex } from '../../core/workspace/factIndex';
import { COMMAND, type CommandId } from '../shell/contributions';
import { statusIconSyntax, statusLabel } from '../ui/attendance';
import { iconSyntax, TYPE_ICONS } from '../ui/icons';
import { capitalize, eventKindLabel, formatLabel, languageLabel, organizationKindLabel, placeKindLabel, typeLabel } from '../ui/labels';
import { commandLink, escapeMarkdown } from '../ui/markdown';

/** The only commands the card's links may run. */
const ENABLED_COMMANDS: CommandId[] = [COMMAND.revealInTree, COMMAND.annotateMention, COMMAND.addCandidate, COMMAND.removeRejection, COMMAND.chooseEntity, COMMAND.removeAnnotation, COMMAND.rejectMention];

/** One hover card, written section by section. */
export class Card {
  private readonly sections: string[] = [];

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly index: FactIndex,
  ) {}

  build(article: vscode.Uri, status: MentionStatus): vscode.MarkdownString {
    const { mention } = status;
    const entity = mention.id ? this.kb.get(mention.id) : undefined;
    const title = entity?.name ?? mention.name ?? mention.text;
    this.add(`${iconSyntax(TYPE_ICONS[mention.type])} **${escapeMarkdown(title)}** — _${escapeMarkdown(typeLabel(mention.type))}_`);
    if (entity?.description) this.add(`_${escapeMarkdown(entity.description)}_`);

    // What is short and most asked first: what it is, whether it is annotated, what to do; then
    // the longer lists.
    if (mention.type === 'date') {
      this.add(mention.iso !== undefined ? vscode.l10n.t('ISO 8601: {0}', `\`${mention.iso}\``) : escapeMarkdown(vscode.l10n.t('ISO 8601: not known, as the article’s date is not known')));
    } else if (mention.type === 'candidate') {
      this.add(escapeMarkdown(vscode.l10n.t('Not in the knowledge base.')));
      // The role may stand before the name ("Foreign Minister Ivan …") or after it ("…, the mayor").
      if (mention.role) this.add(escapeMarkdown(vscode.l10n.t('Named beside the role "{0}".', mention.role)));
    } else if (entity) {
      this.describe(entity);
    }
    const state = [
      isAnnotatable(mention) ? annotationLine(status, (id) => this.nameOf(id)) : undefined,
      entity ? escapeMarkdown(mentionedIn(this.index.mentionsOf(entity.id))) : undefined,
    ].filter((line): line is string => line !== undefined);
    if (state.length > 0) this.add(state.join('  \n'));
    if (mention.alternatives && mention.alternatives.length > 0) this.alternatives(article, mention);
    this.links(article, status, entity);
    if (entity?.type === 'person') this.summitsOf(entity);
    if (entity?.type === 'event') this.leadersAt(entity);
    if (entity) this.aliases(entity);

    const markdown = new vscode.MarkdownString(this.sections.join('\n\n'), true);
    markdown.isTrusted = { enabledCommands: ENABLED_COMMANDS };
    return markdown;
  }

  private add(section: string): void {
    this.sections.push(section);
  }

  private list(heading: string, items: string[]): void {
    if (items.length > 0) this.add(`**${escapeMarkdown(heading)}**\n\n${items.map((i) => `- ${i}`).join('\n')}`);
  }

  private nameOf(id: string): string {
    return this.kb.get(id)?.name ?? id;
  }

  private describe(entity: Entity): void {
    switch (entity.type) {
      case 'person':
        return this.person(entity);
      case 'place':
        return this.place(entity);
      case 'event':
        return this.event(entity);
      case 'organization':
        return this.organization(entity);
    }
  }

  private person(person: Person): void {
    // Current roles first, then the most recent.
    const roles = [...person.roles].sort((a, b) => Number(a.end !== undefined) - Number(b.end !== undefined) || (b.start ?? '').localeCompare(a.start ?? ''));
    this.list(vscode.l10n.t('Roles'), roles.map((r) => escapeMarkdown(this.role(r))));
    if (roles.length === 0 && person.country) this.add(escapeMarkdown(vscode.l10n.t('Country: {0}', this.nameOf(person.country))));
  }

  /** "President of Russia, since 2012-05-07". */
  private role(role: Role): string {
    const of = [role.country, role.organization].flatMap((id) => (id ? [this.nameOf(id)] : [])).join(', ');
    let text = of ? vscode.l10n.t('{0} of {1}', role.role, of) : role.role;
    if (role.acting) text = vscode.l10n.t('{0} (acting)', text);
    if (role.start && role.end) return vscode.l10n.t('{0}, {1} – {2}', text, role.start, role.end);
    if (role.start) return vscode.l10n.t('{0}, since {1}', text, role.start);
    if (role.end) return vscode.l10n.t('{0}, until {1}', text, role.end);
    return text;
  }

  private place(place: Place): void {
    const kind = placeKindLabel(place.kind);
    const parts = [place.country ? vscode.l10n.t('{0} in {1}', kind, this.nameOf(place.country)) : kind];
    if (place.capital) parts.push(vscode.l10n.t('capital: {0}', this.nameOf(place.capital)));
    this.add(escapeMarkdown(capitalize(parts.join(', '))));
  }

  private event(event: Event): void {
    const when = event.start && event.end && event.end !== event.start ? `${event.start} – ${event.end}` : event.start;
    const facts = [
      event.organization ? vscode.l10n.t('{0} of {1}', eventKindLabel(event.kind), this.nameOf(event.organization)) : capitalize(eventKindLabel(event.kind)),
      event.city ? vscode.l10n.t('City: {0}', this.nameOf(event.city)) : undefined,
      when ? vscode.l10n.t('Dates: {0}', when) : undefined,
      event.host ? vscode.l10n.t('Host: {0}', this.nameOf(event.host)) : undefined,
      event.chair ? vscode.l10n.t('Chair: {0}', this.nameOf(event.chair)) : undefined,
      event.format ? vscode.l10n.t('Format: {0}', formatLabel(event.format)) : undefined,
    ].filter((x): x is string => x !== undefined);
    this.add(facts.map((f) => escapeMarkdown(capitalize(f))).join('  \n'));
  }

  private organization(organization: Organization): void {
    const kind = capitalize(organizationKindLabel(organization.kind));
    const parent = organization.parent && this.nameOf(organization.parent);
    this.add(escapeMarkdown(parent ? vscode.l10n.t('{0}, part of {1}', kind, parent) : kind));
    const members = (organization.members ?? []).filter((m) => m.end === undefined).map((m) => this.nameOf(m.state));
    if (members.length > 0) this.add(escapeMarkdown(vscode.l10n.t('Members: {0}', members.join(', '))));
  }

  private aliases(entity: Entity): void {
    const rank = (tag: string) => {
      const i = ['en', 'it', 'ru', 'ru-Latn'].indexOf(tag);
      return i < 0 ? 99 : i;
    };
    const tags = Object.keys(entity.aliases).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const lines = tags.flatMap((tag) => {
      const names = [...new Set(entity.aliases[tag])].filter((n) => n !== entity.name);
      return names.length > 0 ? [`${escapeMarkdown(languageLabel(tag))}: ${names.map(escapeMarkdown).join(', ')}`] : [];
    });
    this.list(vscode.l10n.t('Also written'), lines);
  }

  private summitsOf(person: Person): void {
    const summits = new Map(this.index.summits(this.kb).map((s) => [s.key, s]));
    const lines = this.index.attendancesOf(person.id, this.kb).map((a) => {
      const summit = summits.get(a.event);
      const when = summit?.start ? ` (${summit.start})` : '';
      return `${statusIconSyntax(a.status)} ${escapeMarkdown(`${summit?.name ?? this.nameOf(a.event)}${when}`)}: ${escapeMarkdown(statusLabel(a.status))}`;
    });
    this.list(vscode.l10n.t('Summits'), lines);
  }

  private leadersAt(event: Event): void {
    const summit = this.index.summits(this.kb).find((s) => s.key === event.id);
    const lines = (summit?.attendances ?? []).map((a) => `${statusIconSyntax(a.status)} ${escapeMarkdown(this.nameOf(a.person))}: ${escapeMarkdown(statusLabel(a.status))}`);
    this.list(vscode.l10n.t('Leaders'), lines);
  }

  private alternatives(article: vscode.Uri, mention: Mention): void {
    const lines = (mention.alternatives ?? []).map((id) => {
      const entity = this.kb.get(id);
      const label = entity ? `${entity.name} (${typeLabel(entity.type)})` : id;
      const link = commandLink(vscode.l10n.t('Annotate as this'), COMMAND.annotateMention, [article.toString(), mention.start, mention.end, id]);
      return `${escapeMarkdown(label)} · ${link}`;
    });
    this.list(vscode.l10n.t('Could also be'), lines);
  }

  private links(article: vscode.Uri, status: MentionStatus, entity: Entity | undefined): void {
    const { mention } = status;
    const links: string[] = [];
    if (entity && (entity.type === 'person' || entity.type === 'event')) {
      links.push(commandLink(vscode.l10n.t('Reveal in Summits and Leaders'), COMMAND.revealInTree, [entity.id]));
    }
    const span = [article.toString(), mention.start, mention.end];
    if (status.state !== 'annotated' && isAnnotatable(mention) && (entity || mention.type === 'date')) {
      // A date with no value asks for one.
      const label = mention.type === 'date' && mention.iso === undefined ? vscode.l10n.t('Annotate…') : vscode.l10n.t('Annotate');
      links.push(commandLink(label, COMMAND.annotateMention, entity ? [...span, entity.id] : span));
    }
    if (status.state === 'rejected') {
      links.push(commandLink(vscode.l10n.t('Restore as a Mention to Annotate'), COMMAND.removeRejection, span));
    }
    if (mention.type === 'candidate' && status.state === 'pending') {
      links.push(commandLink(vscode.l10n.t('Add to Workspace Knowledge Base…'), COMMAND.addCandidate, span));
    }
    // Corrections: another entity of any type, no annotation, not an entity.
    if (status.state !== 'rejected') links.push(commandLink(vscode.l10n.t('Annotate as Another Entity…'), COMMAND.chooseEntity, span));
    if (status.state === 'annotated') links.push(commandLink(vscode.l10n.t('Remove Annotation'), COMMAND.removeAnnotation, span));
    if (status.state !== 'rejected') links.push(commandLink(vscode.l10n.t('Not an Entity'), COMMAND.rejectMention, span));
    if (links.length > 0) this.add(links.join(' · '));
  }
}

/** Whether this very mention is recorded in the article's fact file. */
function annotationLine(status: MentionStatus, nameOf: (id: string) => string): string {
  switch (status.state) {
    case 'annotated': {
      const recorded = status.recorded?.entity;
      if (recorded && recorded !== status.mention.id) return `$(pass) ${escapeMarkdown(vscode.l10n.t('Annotated in this article as {0}.', nameOf(recorded)))}`;
      if (status.manual) return `$(pass) ${escapeMarkdown(vscode.l10n.t('Annotated by hand in this article.'))}`;
      return `$(pass) ${escapeMarkdown(vscode.l10n.t('Annotated in this article.'))}`;
    }
    case 'rejected':
      return `$(circle-slash) ${escapeMarkdown(vscode.l10n.t('Marked as not an entity in this article.'))}`;
    case 'pending':
      return `$(circle-large-outline) ${escapeMarkdown(vscode.l10n.t('Not annotated in this article yet.'))}`;
  }
}

function mentionedIn({ articles, mentions }: { articles: number; mentions: number }): string {
  if (articles === 0) return vscode.l10n.t('Mentioned in no annotated article yet.');
  const inArticles = articles === 1 ? vscode.l10n.t('Mentioned in 1 article') : vscode.l10n.t('Mentioned in {0} articles', articles);
  const times = mentions === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', mentions);
  return `${inArticles} (${times}).`;
}
