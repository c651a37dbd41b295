// The codicons that stand for each type of mention, wherever one is shown: hover cards, quick picks.

import type { MentionType } from '../../core/recognizer/mention';

export const TYPE_ICONS: Record<MentionType, string> = {
  person: 'person',
  organization: 'organization',
  place: 'location',
  event: 'calendar',
  date: 'calendar',
  candidate: 'question',
};

/** The `$(icon)` syntax of labels and markdown with theme icons. */
export function iconSyntax(icon: string): string {
  return `$(${icon})`;
}
