import { sql, type Kysely } from 'kysely';
import type { MappingContent } from '../../src/domain/mapping';
import type { ConflictCopies, PutMappingBody, PutMappingReply, StoredMapping } from '../../src/domain/mapping-api';
import { decideMappingPut, type StoredRevision } from '../../src/domain/mapping-put';
import { restoreMapping } from '../../src/domain/restore-mapping';
import type { DatabaseSchema } from '../db/schema';

export type PutMappingResult =
  | { kind: 'accepted'; reply: PutMappingReply }
  | ({ kind: 'conflict' } & ConflictCopies);

/** Who sends a revision: kept with it, so every change says who and when. */
export type MappingSender = { personId: string } | { staffId: string };

type Db = Kysely<DatabaseSchema>;
type Request = PutMappingBody & { content: MappingContent };

/**
 * Each time a request is overtaken, another request for the same mapping stored its revision,
 * so this bounds how many revisions of one person's mapping arrive at the same moment.
 */
const maxAttempts = 20;

/**
 * Stores one revision of a mapping, exactly once: repeated deliveries of the same revision
 * store nothing and answer as the first did; a stale base is a conflict, never an overwrite.
 * Optimistic, without a lock or a transaction around the decision: what the decision needs is
 * read in one statement, and the revision is stored in one statement only if the mapping's
 * current revision is still the one read — every store raises it, so nothing was stored in
 * between. Otherwise it reads and decides again. Two round trips to the database, not eight.
 */
export async function putMapping(db: Db, id: string, body: PutMappingBody, now: Date, sender: MappingSender): Promise<PutMappingResult> {
  // A draft queued by an app of the first version is stored in today's shape.
  const request: Request = { ...body, content: body.content.schemaVersion === 1 ? restoreMapping(body.content) : body.content };
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const stored = await storedState(db, id, request);
    const sameRevision = stored.sameReceivedAt === null ? null : { revision: request.revision, content: restoreMapping(stored.sameContent) };
    const current = stored.currentRevision === null ? null : { revision: stored.currentRevision };
    const decision = decideMappingPut({ current, sameRevision, request, othersWroteSinceBase: stored.othersWroteSinceBase });
    if (decision.kind === 'conflict') return { kind: 'conflict', ...(await conflictCopies(db, id, request, sameRevision)) };
    if (decision.kind === 'already_stored') {
      return { kind: 'accepted', reply: { id, revision: request.revision, outcome: 'already_stored', receivedAt: stored.sameReceivedAt!.toISOString() } };
    }
    if (await storeUnlessOvertaken(db, id, request, now, sender, stored.currentRevision)) {
      return { kind: 'accepted', reply: { id, revision: request.revision, outcome: 'stored', receivedAt: now.toISOString() } };
    }
  }
  throw new Error(`mapping revisions kept arriving while storing one (${maxAttempts} attempts)`);
}

/** What deciding needs, as one statement sees it: the current revision's number, the same revision if stored, and who wrote since the base. */
async function storedState(db: Db, id: string, request: Request) {
  const { deviceId } = request;
  const row = await db
    .selectNoFrom((eb) => {
      const sameRevision = () => eb.selectFrom('mapping_revisions').where('mapping_id', '=', id).where('revision', '=', request.revision);
      return [
        eb.selectFrom('mappings').select('revision').where('id', '=', id).as('current_revision'),
        sameRevision().select('content').as('same_content'),
        sameRevision().select('received_at').as('same_received_at'),
        // A request that does not say which device sent it cannot be told apart from the others.
        deviceId === undefined
          ? sql<boolean>`true`.as('others_wrote_since_base')
          : eb
              .exists(
                eb
                  .selectFrom('mapping_revisions')
                  .select('revision')
                  .where('mapping_id', '=', id)
                  .where('revision', '>', request.baseRevision ?? 0)
                  .where((inner) => inner.or([inner('device_id', 'is', null), inner('device_id', '!=', deviceId)])),
              )
              .as('others_wrote_since_base'),
      ];
    })
    .executeTakeFirstOrThrow();
  return {
    currentRevision: row.current_revision,
    sameContent: row.same_content,
    sameReceivedAt: row.same_received_at,
    othersWroteSinceBase: Boolean(row.others_wrote_since_base),
  };
}

/** What a device needs to merge: the current copy (or, with none, the one under its revision number) and the common base. */
async function conflictCopies(db: Db, id: string, request: Request, sameRevision: StoredRevision | null): Promise<ConflictCopies> {
  const revisionContent = (row: { revision: number; content: unknown } | undefined) => row && { revision: row.revision, content: restoreMapping(row.content) };
  const current = await db.selectFrom('mappings').select(['revision', 'content']).where('id', '=', id).executeTakeFirst();
  const base =
    request.baseRevision === null
      ? undefined
      : await db
          .selectFrom('mapping_revisions')
          .select(['revision', 'content'])
          .where('mapping_id', '=', id)
          .where('revision', '=', request.baseRevision)
          .executeTakeFirst();
  return { current: (revisionContent(current) ?? sameRevision)!, base: revisionContent(base) ?? null };
}

/**
 * The new current copy and its place in the history, in one statement (all or nothing), only
 * if the current revision is still `readRevision`: false when another was stored meanwhile.
 */
async function storeUnlessOvertaken(db: Db, id: string, request: Request, now: Date, sender: MappingSender, readRevision: number | null): Promise<boolean> {
  const stored = await db
    .with('current', (cte) =>
      cte
        .insertInto('mappings')
        .values({ id, revision: request.revision, content: JSON.stringify(request.content), created_at: now, updated_at: now })
        .onConflict((conflict) =>
          readRevision === null
            ? conflict.column('id').doNothing()
            : conflict
                .column('id')
                .doUpdateSet((eb) => ({ revision: eb.ref('excluded.revision'), content: eb.ref('excluded.content'), updated_at: eb.ref('excluded.updated_at') }))
                .where('mappings.revision', '=', readRevision),
        )
        .returning(['id', 'revision', 'content']),
    )
    .insertInto('mapping_revisions')
    .columns(['mapping_id', 'revision', 'content', 'received_at', 'device_id', 'sent_by_person', 'sent_by_staff'])
    .expression((eb) =>
      eb
        .selectFrom('current')
        .select([
          'current.id',
          'current.revision',
          'current.content',
          sql<Date>`${now}::timestamptz`.as('received_at'),
          sql<string | null>`${request.deviceId ?? null}::uuid`.as('device_id'),
          sql<string | null>`${'personId' in sender ? sender.personId : null}::uuid`.as('sent_by_person'),
          sql<string | null>`${'staffId' in sender ? sender.staffId : null}::uuid`.as('sent_by_staff'),
        ]),
    )
    .returning('mapping_id')
    .executeTakeFirst();
  return stored !== undefined;
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
