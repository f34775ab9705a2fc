/** A preflight rule's verdict, shared by `preflight.*` requests and the `media.fixVideo` job. */
import { z } from 'zod';
import { messageSchema } from './message';

/** A preflight rule's verdict (core/preflight): the limit and the measured value as short text. */
export const ruleResultSchema = z.object({
  id: z.string(),
  labelKey: z.string(),
  scope: z.enum(['network', 'preset']),
  limit: z.string(),
  measured: z.string(),
  ok: z.boolean(),
  confidence: z.string(),
  /** Video rules (core/preflight/video.ts): where the limit comes from, and what fails by how much. */
  source: z.string().optional(),
  problem: messageSchema.optional(),
});
