// The Restricted Mode suite: the same runner, on a workspace opened untrusted
// (NEWS_ANNOTATOR_RESTRICTED=1 node out/test/integration/runInCodeServer.js).
import { runTestsIn } from '../suite/index';

export function run(): Promise<void> {
  return runTestsIn(__dirname);
}
