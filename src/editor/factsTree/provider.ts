// The data of the Summits and Leaders view. It reads only the fact index (factFiles/factFileIndex.ts),
// never a file, and redraws shortly after fact files or the knowledge base change.
import * as vscode from 'vscode';
import type { Services } from '../services/services';
import { treeItem } from './items';
import { FactsModel, type FactsNode } from './model';

/** Changes that come together (a scan, a save that touches several fact files) redraw once. */
const REFRESH_DELAY_MS = 100;

export class FactsTreeProvider implements vscode.TreeDataProvider<FactsNode>, vscode.Disposable {
  readonly model: FactsModel;
  private readonly changed = new vscode.EventEmitter<FactsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(services: Pick<Services, 'index' | 'knowledgeBase'>) {
    this.model = new FactsModel(services.index.facts, () => services.knowledgeBase.current);
    this.disposables.push(
      services.index.onDidChange(() => this.refresh()),
      services.knowledgeBase.onDidChange(() => this.refresh()),
    );
  }

  getTreeItem(node: FactsNode): vscode.TreeItem {
    return treeItem(node, this.model);
  }

  getChildren(node?: FactsNode): FactsNode[] {
    return this.model.children(node);
  }

  getParent(node: FactsNode): FactsNode | undefined {
    return node.parent;
  }

  /** Redraws the whole tree after a short delay; calls in the meantime are folded into one. */
  refresh(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refreshNow(), REFRESH_DELAY_MS);
  }

  refreshNow(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.changed.fire(undefined);
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
