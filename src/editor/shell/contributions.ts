// The names the manifest (package.json) gives to what the extension contributes. Activation and
// the features share them; this module imports no library, so the small startup bundle can.

export const ARTICLE_LANGUAGE = 'news-article';
/**
 * The Summits and Leaders view (src/editor/factsTree draws it). Its id is older than its title and
 * stays: VS Code keeps where a person put a view, and whether it is open, by its id, and their
 * keybindings and `when` clauses name it.
 */
export const FACTS_VIEW = 'newsAnnotator.facts';

/** The names of the commands the manifest contributes, each `newsAnnotator.<name>`. */
const COMMAND_NAMES = [
  'annotateAtCursor',
  'nextUnannotated',
  'annotateAllInArticle',
  'recordAttendance',
  'setPublicationDate',
  'exportDataset',
  'importAnnotations',
  'reloadKnowledgeBase',
  'refreshFacts',
  'annotateMention',
  'annotateEntityEverywhere',
  'annotateSelection',
  'annotateEntityInWorkspace',
  'chooseEntity',
  'rejectMention',
  'addCandidate',
  'removeAnnotation',
  'removeRejection',
  'revealInTree',
  'openEvidence',
  'reattachMention',
  'removeOrphanedMention',
  'setMentionSpan',
  'annotateAndAdvance',
  'rejectAndAdvance',
  'recordRole',
  'recordMeeting',
  'recordAttendanceByReference',
  'compareAnnotations',
  'resolveDisagreement',
  'stopComparing',
] as const;

type CommandName = (typeof COMMAND_NAMES)[number];
export type CommandId = `newsAnnotator.${CommandName}`;

/**
 * Every command the manifest contributes, by name: code that runs, links or registers a command
 * names it from here, so that the compiler refuses an id the manifest does not have
 * (test/unit/contributions.test.ts keeps this table and the manifest equal).
 */
export const COMMAND = Object.fromEntries(COMMAND_NAMES.map((name) => [name, `newsAnnotator.${name}`])) as { readonly [N in CommandName]: `newsAnnotator.${N}` };

export const COMMANDS: readonly CommandId[] = Object.values(COMMAND);

/** Arguments of the item commands, kept JSON-friendly so hover links can carry them. */
export type MentionArgs = [uri: string, start: number, end: number, entityId?: string];
