// Hover cards on recognized mentions and on mentions annotated by hand (see card.ts). Built from
// memory only: no file reads.
import * as vscode from 'vscode';
import { articleStatuses } from '../../core/annotation/status';
import type { Services } from '../services/services';
import { ARTICLE_LANGUAGE } from '../shell/contributions';
import { Card } from './card';

class MentionHoverProvider implements vscode.HoverProvider {
  constructor(private readonly services: Services) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    const mentions = this.services.analysis.mentions(document);
    if (token.isCancellationRequested) return undefined;
    const offset = document.offsetAt(position);
    const kb = this.services.knowledgeBase.current;
    // The mentions here as the annotation features show them: an annotation made by hand over a
    // recognized mention stands in its place.
    const here = mentions.filter((m) => m.start <= offset && offset < m.end);
    const statuses = articleStatuses(here, this.services.openFactFiles.current(document), (id) => kb.get(id)?.name);
    const status = statuses.find((s) => s.mention.start <= offset && offset < s.mention.end);
    if (!status) return undefined;
    const { mention } = status;
    const card = new Card(kb, this.services.index.facts).build(document.uri, status);
    if (token.isCancellationRequested) return undefined;
    return new vscode.Hover(card, new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)));
  }
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider({ language: ARTICLE_LANGUAGE }, new MentionHoverProvider(services)));
}
