// The bundled knowledge base for reporting on the CSTO and its neighbourhood. Every entry is
// meant to be citable: where a fact was not certain it was left out rather than guessed.
import type { EntityInput } from '../schema';
import { events } from './events';
import { organizations } from './organizations';
import { persons } from './persons';
import { places } from './places';

export const bundledEntities: readonly EntityInput[] = [...places, ...organizations, ...persons, ...events];
