/**
 * The shapes of identity checks, declared once for validation, types and the
 * OpenAPI document. There is no output shape with an answer: none exists.
 */
import { z } from '@hono/zod-openapi';

export const ChallengeInput = z
  .object({
    question: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .openapi({ example: 'What did he call the dog he had as a boy?' }),
    answer: z.string().min(1).max(200).openapi({
      description:
        'Stored only as an argon2id hash of its normal form (case, spaces, ё/е, punctuation ignored)',
    }),
  })
  .openapi('ChallengeInput');
export type ChallengeInput = z.infer<typeof ChallengeInput>;

export const ChallengeAnswer = z.object({ answer: z.string().min(1).max(200) }).openapi('ChallengeAnswer');

export const Challenge = z
  .object({ id: z.string(), question: z.string(), createdAt: z.string(), createdBy: z.string() })
  .openapi('Challenge');
export type Challenge = z.infer<typeof Challenge>;

export const ChallengeResult = z.object({ match: z.boolean() }).openapi('ChallengeResult');
