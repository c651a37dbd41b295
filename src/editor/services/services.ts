import type * as vscode from 'vscode';
import type { FactFileIndex } from '../factFiles/factFileIndex';
import type { OpenFactFiles } from '../factFiles/openFactFiles';
import type { FactFileWriter } from '../factFiles/writer';
import type { CommandTable } from '../shell/shell';
import type { ArticleAnalysis } from './articleAnalysis';
import type { KnowledgeBaseService } from './knowledgeBaseService';

/** The long-lived parts every feature is handed by activate(). */
export interface Services {
  knowledgeBase: KnowledgeBaseService;
  /** What the recognizer finds in each open article. */
  analysis: ArticleAnalysis;
  /** Every fact file of the workspace, read and followed: what the tree, the hover cards and the export draw from. */
  index: FactFileIndex;
  /** The fact files of the articles open in editors, whole, and re-anchored to their text while it is edited. */
  openFactFiles: OpenFactFiles;
  /** Writes fact files, one write at a time, through VS Code. */
  writer: FactFileWriter;
  /** Where the features put the handlers of the commands activation registered. */
  commands: CommandTable;
  /** The extension's log: export summaries and what they left out. */
  output: vscode.OutputChannel;
}
