// Imported first by the extension, before any schema is built. zod's compiled validators probe
// `navigator`, which the extension host reports as a pending migration; the interpreted ones are as
// correct and fast enough for files of this size. The setting is read when a schema is built.
import { z } from 'zod';

z.config({ jitless: true });
