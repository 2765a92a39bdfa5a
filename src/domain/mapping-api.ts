import { z } from 'zod';
import { mappingContentSchema } from './mapping';
import { mappingContentV1Schema } from './mapping-v1';

/** A mapping's id is made on the device (UUID v7) on the first keystroke. */
const mappingIdSchema = z.uuid();

export const mappingParamsSchema = z.object({ id: mappingIdSchema });

// Stored as a PostgreSQL integer.
const revisionSchema = z.number().int().min(1).max(2_147_483_647);

export const putMappingBodySchema = z
  .object({
    /** The device's revision of this draft; every local save bumps it. */
    revision: revisionSchema,
    /** The revision the server last confirmed to this device, or null if none yet. */
    baseRevision: revisionSchema.nullable(),
    /**
     * Which device sends this (a random id kept on the device). Revisions the device sent but
     * never heard back about are then not a conflict. Optional: an app loaded before devices
     * said who they were may still be running.
     */
    deviceId: z.uuid().optional(),
    /** The current shape, or the first version's, which phones may still have queued. */
    content: z.discriminatedUnion('schemaVersion', [mappingContentSchema, mappingContentV1Schema]),
  })
  .strict();
export type PutMappingBody = z.infer<typeof putMappingBodySchema>;

export const putMappingReplySchema = z.object({
  id: mappingIdSchema,
  revision: revisionSchema,
  /** `stored`: this request stored the revision; `already_stored`: an earlier delivery did. */
  outcome: z.enum(['stored', 'already_stored']),
  receivedAt: z.iso.datetime(),
});
export type PutMappingReply = z.infer<typeof putMappingReplySchema>;

export const storedMappingSchema = z.object({
  id: mappingIdSchema,
  revision: revisionSchema,
  content: mappingContentSchema,
  updatedAt: z.iso.datetime(),
  /** Every accepted revision, oldest first; the history is append-only. */
  revisions: z.array(
    z.object({
      revision: revisionSchema,
      receivedAt: z.iso.datetime(),
      /** Who sent it: the person themselves, a guide (assisted session), or unknown (before accounts). */
      sentBy: z.enum(['participant', 'staff']).nullable(),
    }),
  ),
});
export type StoredMapping = z.infer<typeof storedMappingSchema>;

export const apiErrorCodes = [
  'invalid_request',
  'not_found',
  'conflict',
  'internal_error',
  /** No valid session: log in (again). */
  'unauthorized',
  /** Logged in, but this role or area may not do this. */
  'forbidden',
  'already_registered',
  'not_submitted',
  /** Too many wrong log-ins from this address or for this code or account: wait (Retry-After) and try again. */
  'too_many_attempts',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(apiErrorCodes),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

const storedRevisionSchema = z.object({ revision: revisionSchema, content: mappingContentSchema });

/**
 * A 409 carries what the device needs to merge: the server's current copy, and the copy at the
 * request's base revision (the common ancestor), or null when the server has none.
 */
const conflictCopiesSchema = z.object({ current: storedRevisionSchema, base: storedRevisionSchema.nullable() });
export type ConflictCopies = z.infer<typeof conflictCopiesSchema>;

export const mappingConflictSchema = apiErrorSchema.extend(conflictCopiesSchema.shape);

/** At most this many drafts in one batch request; a phone with more sends several. */
export const batchLimit = 50;

export const putMappingsBatchBodySchema = z
  .object({
    mappings: z
      .array(putMappingBodySchema.extend({ id: mappingIdSchema }))
      .min(1)
      .max(batchLimit)
      .refine((items) => new Set(items.map((item) => item.id)).size === items.length, {
        error: 'Each mapping may appear once in a batch',
      }),
  })
  .strict();
export type PutMappingsBatchBody = z.infer<typeof putMappingsBatchBodySchema>;

/**
 * One answer per mapping, in the order sent: what the single PUT would have answered — or 500
 * when storing that one mapping failed, so it alone is tried again and holds up no other.
 */
export const putMappingsBatchReplySchema = z.object({
  results: z.array(
    z.discriminatedUnion('status', [
      z.object({ id: mappingIdSchema, status: z.literal(200), reply: putMappingReplySchema }),
      z.object({ id: mappingIdSchema, status: z.literal(409), ...conflictCopiesSchema.shape }),
      /** This session may not write this mapping (not the participant's own, or outside the guide's area). */
      z.object({ id: mappingIdSchema, status: z.literal(403) }),
      z.object({ id: mappingIdSchema, status: z.literal(500) }),
    ]),
  ),
});
export type PutMappingsBatchReply = z.infer<typeof putMappingsBatchReplySchema>;
