import type { EntityInput } from '../schema';

export const persons: EntityInput[] = [];
