/**
 * A backend message on the wire (core/messages): a stable key and its parameters, which may be
 * messages themselves. Bounded: a hostile or buggy message can't be deep or large.
 */
import { z } from 'zod';
import type { Message } from '../messages';

const paramValue: z.ZodType<string | number | Message> = z.lazy(() => z.union([z.string().max(4000), z.number(), messageSchema]));

export const messageSchema: z.ZodType<Message> = z.object({
  key: z.string().min(1).max(100),
  params: z.record(z.string().max(40), paramValue).optional(),
});
