// Semantic tokens: each entity type in its own colour (see tokensProvider.ts).
import * as vscode from 'vscode';
import type { Services } from '../services/services';
import { ARTICLE_LANGUAGE } from '../shell/contributions';
import { LEGEND, MentionTokensProvider } from './tokensProvider';

export function register(context: vscode.ExtensionContext, services: Services): void {
  const provider = new MentionTokensProvider(services);
  context.subscriptions.push(provider, vscode.languages.registerDocumentSemanticTokensProvider({ language: ARTICLE_LANGUAGE }, provider, LEGEND));
}
