import type * as vscode from 'vscode';
import type { ArticleAnalysis } from './articleAnalysis';
import type { KnowledgeBaseService } from './knowledgeBaseService';
import type { CommandTable } from '../shell/shell';
import type { FactFileService } from '../factFiles/factFileService';

/** The long-lived parts every feature is handed by activate(). */
export interface Services {
  knowledgeBase: KnowledgeBaseService;
  analysis: ArticleAnalysis;
  factFiles: FactFileService;
  /** Where the features put the handlers of the commands activation registered. */
  commands: CommandTable;
  /** The extension's log: export summaries and what they left out. */
  output: vscode.OutputChannel;
}
