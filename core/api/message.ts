/**
 * A backend message on the wire (core/messages): a key and its parameters, a parameter being a
 * string, a number or another message. Errors, notices, import reports, fix notes and job stages
 * carry them; the client renders them in its language. Keys are not checked against this build's
 * catalogue: a client renders a key it does not know (from a newer backend) as best it can
 * (formatMessage falls back). Bounded: a hostile or buggy message can't be large.
 */
import { z } from 'zod';
import type { Message, MessageParam } from '../messages';

const paramSchema: z.ZodType<MessageParam> = z.lazy(() => z.union([z.string().max(4000), z.number(), messageSchema]));
export const messageParamsSchema = z.record(z.string().max(40), paramSchema);
export const messageSchema: z.ZodType<Message> = z.object({ key: z.string().min(1).max(100), params: messageParamsSchema.optional() });
