/**
 * The public dataset as JSON (pure): every published number with the names
 * of its units and places, and the terms it is published under. Fields:
 * docs/public-data.md.
 */
import type { EventType } from '../claims/schema.ts';
import type { PublicCounts } from './model.ts';
import { PUBLIC_EVENT_TYPES } from './policy.ts';

export interface PublicDataset extends PublicCounts {
  format: 'objector-public-v2';
  /** The event types published (others are never in `numbers`). */
  eventTypes: readonly EventType[];
}

export function publicDataset(counts: PublicCounts): PublicDataset {
  return { format: 'objector-public-v2', eventTypes: PUBLIC_EVENT_TYPES, ...counts };
}
