// The import formats by the name the CLI and the editor use for them; each reader in its own file.
import type { FormatReader } from '../document';
import { readJsonl } from './jsonl';

export const IMPORT_FORMATS: Record<string, FormatReader> = {
  jsonl: readJsonl,
};
