// The extension's features: the knowledge base and recognizer, the fact files, and every provider
// and command. Loaded by src/extension.ts when an article, a fact file, a command or the Summits
// and Leaders view first needs them; it is most of the extension's code, with zod and yaml.
import './editor/services/zodConfig';
import * as path from 'path';
import * as vscode from 'vscode';
import { FactFileReader } from './core/factFile/parseCache';
import { DiskParseCache } from './node/diskParseCache';
import * as annotation from './editor/annotation';
import * as exportDataset from './editor/export';
import { FactFileService } from './editor/factFiles/factFileService';
import * as factsTree from './editor/factsTree';
import * as hover from './editor/hover';
import * as knowledgeBaseCommands from './editor/knowledgeBase';
import * as semanticTokens from './editor/semanticTokens';
import { ArticleAnalysis } from './editor/services/articleAnalysis';
import { KnowledgeBaseService } from './editor/services/knowledgeBaseService';
import type { Services } from './editor/services/services';
import type { Shell } from './editor/shell/shell';

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

  // One register() per feature; each takes what it needs from the services, none from another feature.
  semanticTokens.register(context, services);
  annotation.register(context, services);
  hover.register(context, services);
  factsTree.register(context, services, shell);
  exportDataset.register(context, services);
  knowledgeBaseCommands.register(context, services);

  // The bundled knowledge base is usable at once; the workspace's file and fact files follow.
  void knowledgeBase.reload();
  void factFiles.scan();
  return services;
}
