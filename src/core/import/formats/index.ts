// The import formats by the name the CLI and the editor use for them; each reader in its own file.
import type { FormatReader } from '../document';
import { readConll } from './conll';
import { readDoccano } from './doccano';
import { readLabelStudio } from './label-studio';
import { readSpacy } from './spacy';

export const IMPORT_FORMATS: Record<string, FormatReader> = {
  conll: readConll,
  'label-studio': readLabelStudio,
  doccano: readDoccano,
  spacy: readSpacy,
};
