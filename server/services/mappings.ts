import { sql, type Kysely } from 'kysely';
import { decideMappingPut } from '../../src/domain/mapping-put';
import type { ConflictCopies, PutMappingBody, PutMappingReply, StoredMapping } from '../../src/domain/mapping-api';
import { restoreMapping } from '../../src/domain/restore-mapping';
import type { DatabaseSchema } from '../db/schema';

export type PutMappingResult =
  | { kind: 'accepted'; reply: PutMappingReply }
  | ({ kind: 'conflict' } & ConflictCopies);

/**
 * Stores one revision of a mapping, exactly once: repeated deliveries of the same revision
 * store nothing and answer as the first did; a stale base is a conflict, never an overwrite.
 * Everything happens in one transaction, so a failure leaves nothing half-written.
 */
/** Who sends a revision: kept with it, so every change says who and when. */
export type MappingSender = { personId: string } | { staffId: string };

export async function putMapping(
  db: Kysely<DatabaseSchema>,
  id: string,
  body: PutMappingBody,
  now: Date,
  sender: MappingSender,
): Promise<PutMappingResult> {
  // A draft queued by an app of the first version is stored in today's shape.
  const request = { ...body, content: body.content.schemaVersion === 1 ? restoreMapping(body.content) : body.content };
  return db.transaction().execute(async (trx) => {
    // Serialises writers of this one mapping (also the very first, when no row exists to lock).
    await sql`select pg_advisory_xact_lock(hashtextextended(${id}, 0))`.execute(trx);
    const current = await trx
      .selectFrom('mappings')
      .select(['revision', 'content'])
      .where('id', '=', id)
      .executeTakeFirst();
    const sameRevision = await trx
      .selectFrom('mapping_revisions')
      .select(['revision', 'content', 'received_at'])
      .where('mapping_id', '=', id)
      .where('revision', '=', request.revision)
      .executeTakeFirst();
    const { deviceId } = request;
    // A request that does not say which device sent it cannot be told apart from the others.
    const othersWroteSinceBase =
      deviceId === undefined ||
      (await trx
        .selectFrom('mapping_revisions')
        .select('revision')
        .where('mapping_id', '=', id)
        .where('revision', '>', request.baseRevision ?? 0)
        .where((eb) => eb.or([eb('device_id', 'is', null), eb('device_id', '!=', deviceId)]))
        .limit(1)
        .executeTakeFirst()) !== undefined;

    const stored = (row: { revision: number; content: unknown } | undefined) =>
      row && { revision: row.revision, content: restoreMapping(row.content) };
    const decision = decideMappingPut({
      current: stored(current) ?? null,
      sameRevision: stored(sameRevision) ?? null,
      request,
      othersWroteSinceBase,
    });
    if (decision.kind === 'conflict') {
      const base =
        request.baseRevision === null
          ? undefined
          : await trx
              .selectFrom('mapping_revisions')
              .select(['revision', 'content'])
              .where('mapping_id', '=', id)
              .where('revision', '=', request.baseRevision)
              .executeTakeFirst();
      return { kind: 'conflict', current: stored(current ?? sameRevision)!, base: stored(base) ?? null };
    }
    if (decision.kind === 'already_stored') {
      const receivedAt = sameRevision!.received_at.toISOString();
      return { kind: 'accepted', reply: { id, revision: request.revision, outcome: 'already_stored', receivedAt } };
    }

    const content = JSON.stringify(request.content);
    await trx
      .insertInto('mappings')
      .values({ id, revision: request.revision, content, created_at: now, updated_at: now })
      .onConflict((conflict) =>
        conflict.column('id').doUpdateSet({ revision: request.revision, content, updated_at: now }),
      )
      .execute();
    await trx
      .insertInto('mapping_revisions')
      .values({
        mapping_id: id,
        revision: request.revision,
        content,
        received_at: now,
        device_id: request.deviceId ?? null,
        sent_by_person: 'personId' in sender ? sender.personId : null,
        sent_by_staff: 'staffId' in sender ? sender.staffId : null,
      })
      .execute();
    return {
      kind: 'accepted',
      reply: { id, revision: request.revision, outcome: 'stored', receivedAt: now.toISOString() },
    };
  });
}

export async function getMapping(db: Kysely<DatabaseSchema>, id: string): Promise<StoredMapping | null> {
  const mapping = await db
    .selectFrom('mappings')
    .select(['id', 'revision', 'content', 'updated_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!mapping) return null;
  const revisions = await db
    .selectFrom('mapping_revisions')
    .select(['revision', 'received_at', 'sent_by_person', 'sent_by_staff'])
    .where('mapping_id', '=', id)
    .orderBy('sequence')
    .execute();
  return {
    id: mapping.id,
    revision: mapping.revision,
    content: restoreMapping(mapping.content),
    updatedAt: mapping.updated_at.toISOString(),
    revisions: revisions.map((row) => ({
      revision: row.revision,
      receivedAt: row.received_at.toISOString(),
      sentBy: row.sent_by_person !== null ? ('participant' as const) : row.sent_by_staff !== null ? ('staff' as const) : null,
    })),
  };
}
