// Colours the entities the recognizer finds, one semantic token type per entity type.
import * as vscode from 'vscode';
import { MENTION_TYPES } from '../core/recognizer/mention';
import { ARTICLE_LANGUAGE, type ArticleAnalysis } from './articleAnalysis';

const MODIFIERS = ['ambiguous'];
export const LEGEND = new vscode.SemanticTokensLegend([...MENTION_TYPES], MODIFIERS);

class MentionTokensProvider implements vscode.DocumentSemanticTokensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.changed.event;

  constructor(private readonly analysis: ArticleAnalysis) {
    analysis.onDidInvalidate(() => this.changed.fire());
  }

  provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.SemanticTokens | undefined {
    const mentions = this.analysis.mentions(document);
    if (token.isCancellationRequested) return undefined;
    const builder = new vscode.SemanticTokensBuilder(LEGEND);
    for (const mention of mentions) {
      const type = MENTION_TYPES.indexOf(mention.type);
      const modifiers = mention.alternatives ? 1 : 0;
      // Tokens cannot span lines: a mention across a line break is coloured line by line.
      const start = document.positionAt(mention.start);
      const end = document.positionAt(mention.end);
      for (let line = start.line; line <= end.line; line++) {
        const from = line === start.line ? start.character : 0;
        const to = line === end.line ? end.character : document.lineAt(line).text.length;
        if (to > from) builder.push(line, from, to - from, type, modifiers);
      }
    }
    return builder.build();
  }
}

export function register(context: vscode.ExtensionContext, analysis: ArticleAnalysis): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentSemanticTokensProvider({ language: ARTICLE_LANGUAGE }, new MentionTokensProvider(analysis), LEGEND),
  );
}
