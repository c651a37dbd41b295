import type { EntityInput } from '../schema';

export const places: EntityInput[] = [];
