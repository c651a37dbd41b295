import type * as vscode from 'vscode';
import { datelineDate } from '../../core/annotation/articleMetadata';
import { inferSummits, type SummitGuess } from '../../core/annotation/summits';
import type { Services } from '../services/services';

/**
 * The article's date: as its fact file records it, or, before it has one, as its dateline gives
 * it. Roles and summits are read at this date.
 */
export function articleDate(services: Services, document: vscode.TextDocument): string | undefined {
  const recorded = services.openFactFiles.cached(document.uri)?.article.published;
  if (recorded) return recorded;
  return datelineDate(services.analysis.mentions(document), document.getText());
}

/** The summit guesses for an article, best first, from its mentions and its date. */
export function summitGuesses(services: Services, document: vscode.TextDocument): SummitGuess[] {
  return inferSummits(services.analysis.mentions(document), services.knowledgeBase.current, articleDate(services, document));
}
