// The extension's features: the knowledge base and recognizer, the fact files, and every provider
// and command. Loaded by src/extension.ts when an article, a fact file, a command or the Summits
// and Leaders view first needs them; it is most of the extension's code, with zod and yaml.
import './editor/zodConfig';
import * as path from 'path';
import * as vscode from 'vscode';
import { FactFileReader } from './core/factFile/parseCache';
import { DiskParseCache } from './node/diskParseCache';
import { ArticleAnalysis } from './editor/articleAnalysis';
import * as anchorsOnSave from './editor/anchorsOnSave';
import * as annotationCodeActions from './editor/annotationCodeActions';
import * as annotationDiagnostics from './editor/annotationDiagnostics';
import * as addCandidate from './editor/commands/addCandidate';
import * as annotate from './editor/commands/annotate';
import * as exportDataset from './editor/commands/exportDataset';
import * as nextUnannotated from './editor/commands/nextUnannotated';
import * as setPublicationDate from './editor/commands/setPublicationDate';
import * as reattachMention from './editor/commands/reattachMention';
import * as recordAttendance from './editor/commands/recordAttendance';
import * as reloadKnowledgeBase from './editor/commands/reloadKnowledgeBase';
import * as decorations from './editor/decorations';
import * as factsTree from './editor/factsTree';
import * as hover from './editor/hover';
import { KnowledgeBaseService } from './editor/knowledgeBaseService';
import * as semanticTokens from './editor/semanticTokens';
import type { Services } from './editor/services';
import type { Shell } from './editor/shell';
import { FactFileService } from './editor/factFileService';
import * as statusBar from './editor/statusBar';
import * as unsavedAnnotations from './editor/unsavedAnnotations';

export function start(context: vscode.ExtensionContext, shell: Shell): Services {
  const knowledgeBase = new KnowledgeBaseService();
  const analysis = new ArticleAnalysis(knowledgeBase);
  // Parsed fact files are kept by a hash of their bytes in the extension's global storage.
  const parseCache = context.globalStorageUri.scheme === 'file' ? new DiskParseCache(path.join(context.globalStorageUri.fsPath, 'parsed-fact-files')) : undefined;
  const factFiles = new FactFileService(knowledgeBase, analysis, new FactFileReader(parseCache), parseCache && ((keys) => parseCache.prune(keys)));
  analysis.publicationYear = (uri) => {
    const published = factFiles.cached(uri)?.article.published;
    return published ? Number(published.slice(0, 4)) : undefined;
  };
  context.subscriptions.push(knowledgeBase, analysis, factFiles);
  const output = vscode.window.createOutputChannel('News Annotator');
  context.subscriptions.push(output);
  const services: Services = { knowledgeBase, analysis, factFiles, output, commands: shell.commands };

  semanticTokens.register(context, analysis);
  annotationDiagnostics.register(context, services);
  annotationCodeActions.register(context, services);
  decorations.register(context, services);
  statusBar.register(context, services);
  unsavedAnnotations.register(context, services);
  hover.register(context, services);
  factsTree.register(context, services, shell);
  annotate.register(context, services);
  recordAttendance.register(context, services);
  addCandidate.register(context, services);
  nextUnannotated.register(context, services);
  reattachMention.register(context, services);
  anchorsOnSave.register(context, services);
  exportDataset.register(context, services);
  setPublicationDate.register(context, services);
  reloadKnowledgeBase.register(context, services);

  // The bundled knowledge base is usable at once; the workspace's file and fact files follow.
  void knowledgeBase.reload();
  void factFiles.scan();
  return services;
}
