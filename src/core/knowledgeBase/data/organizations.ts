import type { EntityInput } from '../schema';

export const organizations: EntityInput[] = [];
