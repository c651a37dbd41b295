// Corrections of a recognized or annotated mention: annotate it as any entity of any type (also
// when it is annotated already: the recorded entity is replaced), and set its span to the
// selection. The facts that cite a corrected mention follow it where it still supports them; what
// it no longer supports is said.
import * as vscode from 'vscode';
import { correction, type LostEvidence, type MentionTarget, recordedMention, sameTarget, targetOf } from '../../../core/annotation/corrections';
import type { MentionStatus } from '../../../core/annotation/status';
import type { FactFileEdit, SpanAnchor } from '../../../core/factFile/store';
import { EntitySearch } from '../../../core/knowledgeBase/search';
import type { KnowledgeBase } from '../../../core/knowledgeBase/knowledgeBase';
import type { Entity } from '../../../core/knowledgeBase/schema';
import type { Mention } from '../../../core/recognizer/mention';
import { type ArticleStates, mentionTarget } from '../articleState';
import type { Services } from '../../services/services';
import { writeAnnotations } from '../../services/writeAnnotations';
import { COMMAND } from '../../shell/contributions';
import { describeFact } from '../../ui/facts';
import { showDone } from '../../ui/notices';
import { pickEntity } from '../../ui/pickEntity';

/** A quote for a message: long selections shortened. */
function shortQuote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

function targetName(services: Services, target: MentionTarget): string {
  if ('date' in target) return vscode.l10n.t('the date {0}', target.date);
  return services.knowledgeBase.current.get(target.entity)?.name ?? target.entity;
}

/** What a mention's recognized (or recorded) reading is, when it has one that can be recorded. */
export function readingOf(status: MentionStatus): MentionTarget | undefined {
  if (status.recorded) return targetOf(status.recorded);
  const { mention } = status;
  if (mention.type === 'date') return mention.iso ? { date: mention.iso } : undefined;
  return mention.type !== 'candidate' && mention.id ? { entity: mention.id } : undefined;
}

/**
 * The span of the fact file's rejection of `mention`, as the file holds it: while the article has
 * unsaved edits, the editor shows rejections where their text is now, not at their stored offsets.
 */
export function storedRejection(services: Services, document: vscode.TextDocument, mention: Mention): SpanAnchor | undefined {
  const shown = services.openFactFiles.current(document)?.rejections ?? [];
  const stored = services.openFactFiles.cached(document.uri)?.rejections ?? [];
  const index = shown.findIndex((r) => r.start === mention.start && r.end === mention.end && r.quote === mention.text);
  const found = stored[index];
  return found && { quote: found.quote, start: found.start, end: found.end };
}

/** Says which facts a correction left without this mention as evidence, and which went. */
function tellLost(services: Services, quote: string, name: string, lost: readonly LostEvidence[]): void {
  const kb = services.knowledgeBase.current;
  const nameOf = (id: string) => kb.get(id)?.name ?? id;
  const facts = lost.map(({ fact, removed }) => (removed ? vscode.l10n.t('{0} (removed: it had no other evidence)', describeFact(fact, nameOf)) : describeFact(fact, nameOf)));
  void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” is annotated as {1}, and is no longer evidence of: {2}.', quote, name, facts.join('; ')));
}

/**
 * Annotates a mention as `target`: records it when it is not annotated (taking back a "not an
 * entity"), replaces the recorded entity or date when it is.
 */
export async function annotateAs(services: Services, document: vscode.TextDocument, status: MentionStatus, target: MentionTarget): Promise<boolean> {
  const { mention, recorded } = status;
  const next = recordedMention(document.getText(), mention.start, mention.end, target);
  const quote = shortQuote(mention.text);
  const name = targetName(services, target);
  if (!recorded) {
    // The fact file drops a rejection of the same span itself; named as the file holds it as well,
    // for while unsaved edits of the article have moved the span away from its stored offsets.
    const rejected = status.state === 'rejected' ? storedRejection(services, document, mention) : undefined;
    const edits: FactFileEdit[] = rejected ? [{ kind: 'removeRejection', rejection: rejected }] : [];
    const written = await writeAnnotations(services, document, [...edits, { kind: 'addMention', mention: next }]);
    if (written) showDone(vscode.l10n.t('Annotated “{0}” as {1}', quote, name));
    return written;
  }
  if (sameTarget(targetOf(recorded), target)) {
    showDone(vscode.l10n.t('“{0}” is annotated as {1} already', quote, name));
    return true;
  }
  const was = targetName(services, targetOf(recorded));
  let lost: LostEvidence[] = [];
  const written = await writeAnnotations(services, document, (factFile) => {
    const corrected = correction(factFile, recorded, next);
    lost = corrected.lost;
    return corrected.edits;
  });
  if (!written) return false;
  if (lost.length > 0) tellLost(services, quote, name, lost);
  else showDone(vscode.l10n.t('Annotated “{0}” as {1} (was {2})', quote, name, was));
  return true;
}

const searches = new WeakMap<KnowledgeBase, EntitySearch>();

/**
 * Asks which entity a mention is, among every entity of the knowledge base, of any type: those
 * whose names match the mention's text first, best first, the recognizer's readings before others.
 */
async function askEntity(services: Services, mention: Mention): Promise<Entity | undefined> {
  const kb = services.knowledgeBase.current;
  let search = searches.get(kb);
  if (!search) searches.set(kb, (search = new EntitySearch(kb)));
  const readings = [mention.id, ...(mention.alternatives ?? [])].filter((id): id is string => !!id);
  const matches = search.search(mention.text, { preferred: readings }).map((m) => m.entity.id);
  return pickEntity(kb, { title: vscode.l10n.t('Annotate “{0}” as…', shortQuote(mention.text)), preferred: [...new Set([...readings, ...matches])] });
}

/** "Annotate as another entity…": the entity given, or the one the user picks. */
async function chooseEntity(services: Services, states: ArticleStates, args: unknown[]): Promise<boolean> {
  const target = await mentionTarget(states, args);
  if (!target?.status) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a highlighted mention to annotate it as an entity.'));
    return false;
  }
  const entityId = typeof args[3] === 'string' ? args[3] : (await askEntity(services, target.status.mention))?.id;
  if (!entityId) return false;
  if (!services.knowledgeBase.current.get(entityId)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The knowledge base has no entity {0}.', entityId));
    return false;
  }
  return annotateAs(services, target.document, target.status, { entity: entityId });
}

/**
 * Moves a mention to the span selected: a body whose demonym the recognizer left out, a compound
 * name cut short. What it records stays; a recognized mention not annotated yet is recorded at the
 * selection as recognized. The selection must overlap the mention.
 */
async function setSpan(services: Services, states: ArticleStates, args: unknown[]): Promise<boolean> {
  const [, , , selectionStart, selectionEnd] = args;
  const target = await mentionTarget(states, args);
  let selection: { start: number; end: number } | undefined;
  if (typeof selectionStart === 'number' && typeof selectionEnd === 'number') selection = { start: selectionStart, end: selectionEnd };
  else {
    const editor = vscode.window.activeTextEditor;
    if (editor && target && editor.document === target.document && !editor.selection.isEmpty) {
      selection = { start: target.document.offsetAt(editor.selection.start), end: target.document.offsetAt(editor.selection.end) };
    }
  }
  const status = target?.status;
  if (!target || !status || !selection || selection.end <= selection.start) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the text the mention should cover, over the highlighted mention, then set its span.'));
    return false;
  }
  const { document } = target;
  const { mention } = status;
  const reading = readingOf(status);
  if (!reading || status.state === 'rejected') {
    void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” has no entity to keep: annotate it first.', shortQuote(mention.text)));
    return false;
  }
  if (selection.end <= mention.start || mention.end <= selection.start) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The selection does not overlap “{0}”: select the text the mention should cover, over it.', shortQuote(mention.text)));
    return false;
  }
  if (selection.start === mention.start && selection.end === mention.end) return true;
  const text = document.getText();
  const quote = shortQuote(text.slice(selection.start, selection.end));
  const occupied = services.openFactFiles
    .current(document)
    ?.mentions.find((m) => !m.orphaned && m.id !== status.recorded?.id && m.start === selection.start && m.end === selection.end);
  if (occupied) {
    void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” is annotated already, as {1}: remove that annotation first.', quote, targetName(services, targetOf(occupied))));
    return false;
  }
  const next = recordedMention(text, selection.start, selection.end, reading);
  const { recorded } = status;
  const written = await writeAnnotations(services, document, (factFile) => (recorded ? correction(factFile, recorded, next).edits : [{ kind: 'addMention', mention: next }]));
  if (written) showDone(vscode.l10n.t('{0} is annotated on “{1}” now', targetName(services, reading), quote));
  return written;
}

export function register(context: vscode.ExtensionContext, services: Services, states: ArticleStates): void {
  context.subscriptions.push(
    services.commands.register(COMMAND.chooseEntity, (...args: unknown[]) => chooseEntity(services, states, args)),
    services.commands.register(COMMAND.setMentionSpan, (...args: unknown[]) => setSpan(services, states, args)),
  );
}
