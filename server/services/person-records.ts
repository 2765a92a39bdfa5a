import { sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { MappingPart } from '../../src/domain/mapping-flow';
import { restoreMapping } from '../../src/domain/restore-mapping';
import type { AdvisorNoteBody, PersonRecord, Remark } from '../../src/domain/workspace-api';
import type { DatabaseSchema } from '../db/schema';
import { staffRecordsAbout, type StaffMember } from './staff-records';
import { personSummaryById } from './persons';

type Db = Kysely<DatabaseSchema>;

/** Stores a remark once: the same id sent again answers with the remark as first stored. */
export async function writeRemark(
  db: Db,
  personId: string,
  staffId: string,
  body: { id?: string; part: MappingPart; text: string },
  now: Date,
): Promise<Remark> {
  const id = body.id ?? uuidv7();
  await db
    .insertInto('remarks')
    .values({ id, person_id: personId, part: body.part, text: body.text, written_by: staffId, written_at: now })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute();
  const stored = await db
    .selectFrom('remarks')
    .innerJoin('staff', 'staff.id', 'remarks.written_by')
    .select(['remarks.part', 'remarks.text', 'remarks.written_at', 'remarks.person_id', 'staff.id as staff_id', 'staff.name'])
    .where('remarks.id', '=', id)
    .executeTakeFirstOrThrow();
  if (stored.person_id !== personId) throw Object.assign(new Error('This remark id belongs to another person'), { statusCode: 409 });
  return {
    id,
    part: stored.part as MappingPart,
    text: stored.text,
    writtenBy: { id: stored.staff_id, name: stored.name },
    writtenAt: stored.written_at.toISOString(),
  };
}

/** Marks the mapping as checked, at its current revision; only a submitted mapping can be. */
export async function qualityAssure(db: Db, personId: string, mappingId: string, staffId: string, now: Date) {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtextextended(${mappingId}, 0))`.execute(trx);
    const mapping = await trx.selectFrom('mappings').select(['revision', 'content']).where('id', '=', mappingId).executeTakeFirst();
    if (!mapping || restoreMapping(mapping.content).submittedAt === null) return null;
    await trx.insertInto('quality_assurances').values({ person_id: personId, revision: mapping.revision, by: staffId, at: now }).execute();
    const by = await trx.selectFrom('staff').select(['id', 'name']).where('id', '=', staffId).executeTakeFirstOrThrow();
    return { revision: mapping.revision, by, at: now.toISOString() };
  });
}

export async function recordAssistedSession(
  db: Db,
  personId: string,
  staffId: string,
  body: { id: string; startedAt: string; finishedAt: string; interpreterPresent: boolean; language: string },
): Promise<void> {
  await db
    .insertInto('assisted_sessions')
    .values({
      id: body.id,
      person_id: personId,
      guide: staffId,
      started_at: body.startedAt,
      finished_at: body.finishedAt,
      interpreter_present: body.interpreterPresent,
      language: body.language,
    })
    // Sent again after a lost reply: recorded once.
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute();
}

export async function writeAdvisorNote(db: Db, personId: string, staffId: string, body: AdvisorNoteBody, now: Date): Promise<void> {
  await db
    .insertInto('advisor_notes')
    .values({
      person_id: personId,
      wishes: body.wishes,
      recommendation: body.recommendation,
      text: body.text,
      guidance_completed: body.guidanceCompleted,
      by: staffId,
      at: now,
    })
    .execute();
}

async function personRecordParts(db: Db, personId: string, now: Date) {
  const [records, activeLoginCode] = await Promise.all([
    staffRecordsAbout(db, personId),
    db
      .selectFrom('login_codes')
      .innerJoin('staff', 'staff.id', 'login_codes.created_by')
      .select(['login_codes.created_at', 'login_codes.expires_at', 'staff.id as staff_id', 'staff.name'])
      .where('login_codes.person_id', '=', personId)
      .where('login_codes.revoked_at', 'is', null)
      .where('login_codes.expires_at', '>', now)
      .executeTakeFirst(),
  ]);
  // The guide's page names staff by id and name.
  const byIdAndName = ({ id, name }: StaffMember) => ({ id, name });
  return {
    remarks: records.remarks.map((remark) => ({ ...remark, writtenBy: byIdAndName(remark.writtenBy) })),
    qualityAssurances: records.qualityAssurances.map((check) => ({ ...check, by: byIdAndName(check.by) })),
    assistedSessions: records.assistedSessions.map((session) => ({ ...session, guide: byIdAndName(session.guide) })),
    advisorNotes: records.advisorNotes.map((note) => ({ ...note, by: byIdAndName(note.by) })),
    activeLoginCode: activeLoginCode
      ? {
          createdAt: activeLoginCode.created_at.toISOString(),
          expiresAt: activeLoginCode.expires_at.toISOString(),
          createdBy: { id: activeLoginCode.staff_id, name: activeLoginCode.name },
        }
      : null,
  };
}

/** Everything about one person a guide or advisor may see: the mapping as the person wrote it, and every judgement on it. */
export async function personRecord(db: Db, personId: string, now: Date): Promise<PersonRecord | null> {
  const person = await personSummaryById(db, personId);
  if (!person) return null;
  const mapping = await db
    .selectFrom('mappings')
    .select(['revision', 'content', 'updated_at'])
    .where('id', '=', person.mappingId)
    .executeTakeFirst();
  return {
    person,
    mapping: mapping
      ? { revision: mapping.revision, content: restoreMapping(mapping.content), updatedAt: mapping.updated_at.toISOString() }
      : null,
    ...(await personRecordParts(db, personId, now)),
  };
}
