// The names the manifest (package.json) gives to what the extension contributes. Activation and
// the features share them; this module imports no library, so the small startup bundle can.

export const ARTICLE_LANGUAGE = 'news-article';
export const FACTS_VIEW = 'newsAnnotator.facts';

/** Every command the manifest contributes (test/unit/contributions.test.ts keeps the two equal). */
export const COMMANDS = [
  'newsAnnotator.annotateAtCursor',
  'newsAnnotator.nextUnannotated',
  'newsAnnotator.annotateAllInArticle',
  'newsAnnotator.recordAttendance',
  'newsAnnotator.setPublicationDate',
  'newsAnnotator.exportDataset',
  'newsAnnotator.reloadKnowledgeBase',
  'newsAnnotator.refreshFacts',
  'newsAnnotator.annotateMention',
  'newsAnnotator.annotateEntityEverywhere',
  'newsAnnotator.chooseEntity',
  'newsAnnotator.rejectMention',
  'newsAnnotator.addCandidate',
  'newsAnnotator.removeAnnotation',
  'newsAnnotator.removeRejection',
  'newsAnnotator.revealInTree',
  'newsAnnotator.openEvidence',
  'newsAnnotator.reattachMention',
  'newsAnnotator.removeOrphanedMention',
] as const;

export type CommandId = (typeof COMMANDS)[number];

/** Arguments of the item commands, kept JSON-friendly so hover links can carry them. */
export type MentionArgs = [uri: string, start: number, end: number, entityId?: string];
