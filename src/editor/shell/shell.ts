// What activation sets up before the features are loaded (see src/extension.ts), and hands to
// them when they are: the table behind the commands it registered, and the Summits and Leaders
// view with a provider that stands in until the features' own one is attached. Only `vscode` is
// imported here, so that the startup bundle stays small.
import * as vscode from 'vscode';
import type { CommandId } from './contributions';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as vscode.commands.registerCommand takes
export type CommandHandler = (...args: any[]) => unknown;

/** The handlers behind the commands activation registered; the features fill it in. */
export class CommandTable {
  private readonly handlers = new Map<CommandId, CommandHandler>();

  register(id: CommandId, handler: CommandHandler): vscode.Disposable {
    this.handlers.set(id, handler);
    return new vscode.Disposable(() => {
      if (this.handlers.get(id) === handler) this.handlers.delete(id);
    });
  }

  get(id: CommandId): CommandHandler | undefined {
    return this.handlers.get(id);
  }

  /** The commands that have a handler now. */
  ids(): CommandId[] {
    return [...this.handlers.keys()];
  }
}

/**
 * A tree provider for a view that must exist from activation on: it loads the features the first
 * time the view asks for anything, then passes every call to the provider they attach.
 */
export class DeferredTreeProvider<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private target: vscode.TreeDataProvider<T> | undefined;
  private readonly changed = new vscode.EventEmitter<T | T[] | undefined | null | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private relay: vscode.Disposable | undefined;

  constructor(private readonly load: () => void) {}

  attach(target: vscode.TreeDataProvider<T>): void {
    this.relay?.dispose();
    this.target = target;
    this.relay = target.onDidChangeTreeData?.((e) => this.changed.fire(e));
    this.changed.fire();
  }

  private provider(): vscode.TreeDataProvider<T> {
    if (!this.target) this.load();
    if (!this.target) throw new Error('the Summits and Leaders view has no provider');
    return this.target;
  }

  getTreeItem(element: T): vscode.TreeItem | Thenable<vscode.TreeItem> {
    return this.provider().getTreeItem(element);
  }

  getChildren(element?: T): vscode.ProviderResult<T[]> {
    return this.provider().getChildren(element);
  }

  getParent(element: T): vscode.ProviderResult<T> {
    return this.provider().getParent?.(element);
  }

  dispose(): void {
    this.relay?.dispose();
    this.changed.dispose();
  }
}

/** What the features are handed when they load. */
export interface Shell {
  readonly commands: CommandTable;
  readonly factsTree: DeferredTreeProvider<unknown>;
  readonly factsView: vscode.TreeView<unknown>;
}
