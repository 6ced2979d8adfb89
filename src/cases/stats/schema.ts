/** The shape of the casework statistics, declared once for the routes, the types and the OpenAPI document. */
import { z } from '@hono/zod-openapi';
import { CaseStatus } from '../schema.ts';

const Count = {
  count: z.number().int().nullable().openapi({ description: 'null when suppressed' }),
  suppressed: z.boolean().openapi({
    description:
      'true: hidden, either a count from 1 to 4 or a cell hidden so that another cannot be worked out',
  }),
};
export const StatCount = z.object(Count);
export type StatCount = z.infer<typeof StatCount>;

const Month = z.string().openapi({ description: 'YYYY-MM (UTC)', example: '2026-03' });

export const CaseworkStats = z
  .object({
    asOf: z.string().openapi({ description: 'Counts cover everything before this instant (ISO 8601)' }),
    suppression: z.object({
      applied: z.boolean(),
      threshold: z.number().int().openapi({ description: 'Counts from 1 to threshold − 1 are hidden' }),
    }),
    totals: z.object({ cases: StatCount, consultations: StatCount }),
    consultationsByMonth: z.array(z.object({ month: Month, ...Count })),
    casesOpenedByMonth: z.array(z.object({ month: Month, ...Count })),
    outcomes: z.array(z.object({ status: CaseStatus, ...Count })),
    regions: z.array(
      z.object({
        region: z.string().nullable().openapi({ description: 'ISO 3166-2; null: not known' }),
        ...Count,
      }),
    ),
    statusChangesByMonth: z.array(z.object({ month: Month, status: CaseStatus, ...Count })),
  })
  .openapi('CaseworkStats');
export type CaseworkStats = z.infer<typeof CaseworkStats>;
