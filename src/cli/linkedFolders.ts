// The linked folders a reading of a workspace folder did not enter because they lead outside it
// (see NodeWorkspaceFiles.linkedFoldersOutside): every command that reads a workspace's fact files
// reports them alike, each as a problem naming the link, and in its closing line.
import type { Problem } from '../core/problems';
import { problemAt } from './knowledgeBase';

/** The problem that names a linked folder not entered, at its path as the command shows it. */
export function linkedFolderProblem(shownPath: string): Problem {
  return problemAt(shownPath, 'is a symbolic link to a folder outside the workspace; the fact files in it are not read');
}

/** The closing line's words for them: `did not enter 2 linked folders`. */
export function notEnteredLinkedFolders(count: number): string {
  return `did not enter ${count} ${count === 1 ? 'linked folder' : 'linked folders'}`;
}
