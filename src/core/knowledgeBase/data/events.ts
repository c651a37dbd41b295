import type { EntityInput } from '../schema';

export const events: EntityInput[] = [];
