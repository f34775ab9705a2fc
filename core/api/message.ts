/**
 * A backend message on the wire (core/messages): a key and its parameters, a parameter being a
 * string, a number or another message. Notices and import reports carry them; the client renders
 * them in its language. Keys are not checked against this build's catalogue: a client renders a
 * key it does not know (from a newer backend) as best it can (formatMessage falls back).
 */
import { z } from 'zod';
import type { Message, MessageParam } from '../messages';

const paramSchema: z.ZodType<MessageParam> = z.lazy(() => z.union([z.string(), z.number(), messageSchema]));
export const messageParamsSchema = z.record(z.string(), paramSchema);
export const messageSchema: z.ZodType<Message> = z.object({ key: z.string().min(1), params: messageParamsSchema.optional() });
