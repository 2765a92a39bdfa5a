import { z } from 'zod';
import { loginCodeSchema } from './login-code';

/**
 * A participant logs in with the code alone. Kept apart from the staff workspace's API so a
 * phone's sync code carries only this.
 */
export const codeLoginBodySchema = z.object({ code: loginCodeSchema }).strict();

/** What a participant's device learns from a valid code: a session and the one mapping that is theirs. */
export const participantSessionSchema = z.object({ token: z.string(), expiresAt: z.iso.datetime(), mappingId: z.uuid() });
export type ParticipantSession = z.infer<typeof participantSessionSchema>;
