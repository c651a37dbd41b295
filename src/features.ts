// The extension's features: the knowledge base and recognizer, the fact files, and every provider
// and command. Loaded by src/extension.ts when an article, a fact file, a command or the Summits
// and Leaders view first needs them; it is most of the extension's code, with zod and yaml.
import './editor/services/zodConfig';
import * as path from 'path';
import * as vscode from 'vscode';
import { FactFileReader } from './core/factFile/parseCache';
import { DiskParseCache } from './node/diskParseCache';
import * as adjudication from './editor/adjudication';
import * as annotation from './editor/annotation';
import * as exportDataset from './editor/export';
import * as importAnnotations from './editor/import';
import { FactFileIndex } from './editor/factFiles/factFileIndex';
import { OpenFactFiles } from './editor/factFiles/openFactFiles';
import { FactFileWriter } from './editor/factFiles/writer';
import * as factsTree from './editor/factsTree';
import * as hover from './editor/hover';
import * as knowledgeBaseCommands from './editor/knowledgeBase';
import * as semanticTokens from './editor/semanticTokens';
import { ArticleAnalysis } from './editor/services/articleAnalysis';
import { KnowledgeBaseService } from './editor/services/knowledgeBaseService';
import type { Services } from './editor/services/services';
import type { Shell } from './editor/shell/shell';

export function start(context: vscode.ExtensionContext, shell: Shell): Services {
  // Each service is built from those it reads: fact files → index → open fact files; the
  // knowledge base and the open fact files' publication dates → the analysis of articles.
  const knowledgeBase = new KnowledgeBaseService();
  // Parsed fact files are kept by a hash of their bytes in the extension's global storage.
  const parseCache = context.globalStorageUri.scheme === 'file' ? new DiskParseCache(path.join(context.globalStorageUri.fsPath, 'parsed-fact-files')) : undefined;
  const index = new FactFileIndex(new FactFileReader(parseCache), parseCache && ((keys) => parseCache.prune(keys)));
  const writer = new FactFileWriter(index);
  const openFactFiles = new OpenFactFiles(index, writer);
  const analysis = new ArticleAnalysis(knowledgeBase, openFactFiles);
  context.subscriptions.push(knowledgeBase, index, writer, openFactFiles, analysis);
  const output = vscode.window.createOutputChannel('News Annotator');
  context.subscriptions.push(output);
  const services: Services = { knowledgeBase, analysis, index, openFactFiles, writer, output, commands: shell.commands };

  // One register() per feature; each takes what it needs from the services, none from another feature.
  semanticTokens.register(context, services);
  annotation.register(context, services);
  hover.register(context, services);
  factsTree.register(context, services, shell);
  exportDataset.register(context, services);
  importAnnotations.register(context, services);
  knowledgeBaseCommands.register(context, services);
  adjudication.register(context, services);

  // The bundled knowledge base is usable at once; the workspace's file and fact files follow.
  void knowledgeBase.reload();
  void index.scan();
  return services;
}
