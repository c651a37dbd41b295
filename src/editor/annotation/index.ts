// Annotation: what is left to do in an article (diagnostics, decorations, the status bar), the
// quick fixes and the commands that write the fact file, the anchors recorded on save, and the
// notice of annotations waiting in an unsaved fact file.
import type * as vscode from 'vscode';
import type { Services } from '../services/services';
import * as anchorsOnSave from './anchorsOnSave';
import { ArticleStates } from './articleState';
import * as codeActions from './codeActions';
import * as annotate from './commands/annotate';
import * as correct from './commands/correct';
import * as keyboardFlow from './commands/keyboardFlow';
import * as nextUnannotated from './commands/nextUnannotated';
import * as reattachMention from './commands/reattachMention';
import * as recordAttendance from './commands/recordAttendance';
import * as recordAttendanceByReference from './commands/recordAttendanceByReference';
import * as recordMeeting from './commands/recordMeeting';
import * as recordRole from './commands/recordRole';
import * as setPublicationDate from './commands/setPublicationDate';
import * as annotateInWorkspace from './commands/annotateInWorkspace';
import * as annotateSelection from './selection/annotateSelection';
import * as decorations from './decorations';
import * as diagnostics from './diagnostics';
import * as statusBar from './statusBar';
import * as unsavedAnnotations from './unsavedAnnotations';

export function register(context: vscode.ExtensionContext, services: Services): void {
  // What each article looks like to the parts below, worked out once for all of them.
  const states = new ArticleStates(services);
  diagnostics.register(context, services, states);
  codeActions.register(context, services, states);
  decorations.register(context, services, states);
  statusBar.register(context, services, states);
  unsavedAnnotations.register(context, services);
  annotate.register(context, services, states);
  correct.register(context, services, states);
  keyboardFlow.register(context, services, states);
  recordAttendance.register(context, services, states);
  recordRole.register(context, services, states);
  recordMeeting.register(context, services, states);
  recordAttendanceByReference.register(context, services, states);
  nextUnannotated.register(context, services, states);
  reattachMention.register(context, services);
  setPublicationDate.register(context, services);
  annotateSelection.register(context, services);
  annotateInWorkspace.register(context, services, states);
  anchorsOnSave.register(context, services);
}
