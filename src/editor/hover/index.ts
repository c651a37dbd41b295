// Hover cards on recognized mentions (see card.ts). Built from memory only: no file reads.
import * as vscode from 'vscode';
import { annotationStatus } from '../../core/annotation/status';
import type { Services } from '../services/services';
import { ARTICLE_LANGUAGE } from '../shell/contributions';
import { Card } from './card';

class MentionHoverProvider implements vscode.HoverProvider {
  constructor(private readonly services: Services) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    const mentions = this.services.analysis.mentions(document);
    if (token.isCancellationRequested) return undefined;
    const offset = document.offsetAt(position);
    const mention = mentions.find((m) => m.start <= offset && offset < m.end);
    if (!mention) return undefined;
    const [status] = annotationStatus([mention], this.services.openFactFiles.current(document));
    const card = new Card(this.services.knowledgeBase.current, this.services.index.facts).build(document.uri, status);
    if (token.isCancellationRequested) return undefined;
    return new vscode.Hover(card, new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)));
  }
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider({ language: ARTICLE_LANGUAGE }, new MentionHoverProvider(services)));
}
