import type * as vscode from 'vscode';
import { inferSummits, type SummitGuess } from '../../core/annotation/summits';
import type { Services } from '../services/services';

/** The summit guesses for an article, best first, from its mentions and its fact file's date. */
export function summitGuesses(services: Services, document: vscode.TextDocument): SummitGuess[] {
  const published = services.openFactFiles.cached(document.uri)?.article.published;
  return inferSummits(services.analysis.mentions(document), services.knowledgeBase.current, published);
}
