/**
 * The person-mention input contract (see ../shared/corpus/persons/README.md):
 * one mention of a person as a report names them, with the few facts beside it.
 */
import { z } from 'zod';

/** One mention of a person. */
export const MentionSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  name: z.string(),
  /** Age at `date`, when reported. */
  age: z.number().int().min(0).max(120).nullish(),
  /** Unit key as in corpus/FORMAT.md ("64-brigade"). */
  unit: z.string().nullish(),
  /** Home region, Russian or English. */
  region: z.string().nullish(),
  /** Date of the report (YYYY or YYYY-MM or YYYY-MM-DD). */
  date: z.string().nullish(),
});

export type Mention = z.output<typeof MentionSchema>;
