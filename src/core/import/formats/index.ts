// The import formats by the name the CLI and the editor use for them; each reader in its own file.
import type { FormatReader } from '../document';
import { readBrat } from './brat';
import { readConll } from './conll';
import { readDoccano } from './doccano';
import { readJsonl } from './jsonl';
import { readLabelStudio } from './label-studio';
import { readSpacy } from './spacy';
import { readW3c } from './w3c';

export const IMPORT_FORMATS: Record<string, FormatReader> = {
  jsonl: readJsonl,
  brat: readBrat,
  w3c: readW3c,
  conll: readConll,
  'label-studio': readLabelStudio,
  doccano: readDoccano,
  spacy: readSpacy,
};
