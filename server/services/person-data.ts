import { sql, type Kysely } from 'kysely';
import type { MappingPart } from '../../src/domain/mapping-flow';
import type { PersonData } from '../../src/domain/privacy-api';
import { restoreMapping } from '../../src/domain/restore-mapping';
import type { DatabaseSchema } from '../db/schema';
import { privacyRequestsOf } from './privacy-requests';

type Db = Kysely<DatabaseSchema>;
type AppLocale = PersonData['assistedSessions'][number]['language'];

const iso = (moment: Date) => moment.toISOString();
const staffName = (row: { name: string; role: 'administrator' | 'guide' | 'advisor' }) => ({ name: row.name, role: row.role });

async function mappingOf(db: Db, mappingId: string) {
  const [mapping, revisions] = await Promise.all([
    db.selectFrom('mappings').selectAll().where('id', '=', mappingId).executeTakeFirst(),
    db
      .selectFrom('mapping_revisions')
      .leftJoin('staff', 'staff.id', 'mapping_revisions.sent_by_staff')
      .select(['mapping_revisions.revision', 'mapping_revisions.received_at', 'mapping_revisions.sent_by_person', 'staff.name', 'staff.role'])
      .where('mapping_revisions.mapping_id', '=', mappingId)
      .orderBy('mapping_revisions.sequence')
      .execute(),
  ]);
  return {
    mapping: mapping
      ? { id: mapping.id, revision: mapping.revision, content: restoreMapping(mapping.content), createdAt: iso(mapping.created_at), updatedAt: iso(mapping.updated_at) }
      : null,
    mappingRevisions: revisions.map((row) => {
      const staff = row.name !== null && row.role !== null ? staffName({ name: row.name, role: row.role }) : null;
      return {
        revision: row.revision,
        receivedAt: iso(row.received_at),
        sentBy: row.sent_by_person !== null ? ('participant' as const) : staff !== null ? ('staff' as const) : null,
        staff,
      };
    }),
  };
}

/** What staff wrote about the person and did with them, each with who did it. */
async function recordsOf(db: Db, personId: string) {
  const [remarks, qualityAssurances, assistedSessions, advisorNotes, loginCodes] = await Promise.all([
    db
      .selectFrom('remarks')
      .innerJoin('staff', 'staff.id', 'remarks.written_by')
      .select(['remarks.part', 'remarks.text', 'remarks.written_at', 'staff.name', 'staff.role'])
      .where('remarks.person_id', '=', personId)
      .orderBy('remarks.sequence')
      .execute(),
    db
      .selectFrom('quality_assurances')
      .innerJoin('staff', 'staff.id', 'quality_assurances.by')
      .select(['quality_assurances.revision', 'quality_assurances.at', 'staff.name', 'staff.role'])
      .where('quality_assurances.person_id', '=', personId)
      .orderBy('quality_assurances.sequence')
      .execute(),
    db
      .selectFrom('assisted_sessions')
      .innerJoin('staff', 'staff.id', 'assisted_sessions.guide')
      .select([
        'assisted_sessions.started_at',
        'assisted_sessions.finished_at',
        'assisted_sessions.interpreter_present',
        'assisted_sessions.language',
        'staff.name',
        'staff.role',
      ])
      .where('assisted_sessions.person_id', '=', personId)
      .orderBy('assisted_sessions.sequence')
      .execute(),
    db
      .selectFrom('advisor_notes')
      .innerJoin('staff', 'staff.id', 'advisor_notes.by')
      .select([
        'advisor_notes.wishes',
        'advisor_notes.recommendation',
        'advisor_notes.text',
        'advisor_notes.guidance_completed',
        'advisor_notes.at',
        'staff.name',
        'staff.role',
      ])
      .where('advisor_notes.person_id', '=', personId)
      .orderBy('advisor_notes.sequence')
      .execute(),
    // Dates and who issued it only: the code's hash is a secret, not data about the person.
    db
      .selectFrom('login_codes')
      .innerJoin('staff', 'staff.id', 'login_codes.created_by')
      .select(['login_codes.created_at', 'login_codes.expires_at', 'login_codes.revoked_at', 'staff.name', 'staff.role'])
      .where('login_codes.person_id', '=', personId)
      .orderBy('login_codes.created_at')
      .execute(),
  ]);
  return {
    remarks: remarks.map((row) => ({ part: row.part as MappingPart, text: row.text, writtenBy: staffName(row), writtenAt: iso(row.written_at) })),
    qualityAssurances: qualityAssurances.map((row) => ({ revision: row.revision, by: staffName(row), at: iso(row.at) })),
    assistedSessions: assistedSessions.map((row) => ({
      startedAt: iso(row.started_at),
      finishedAt: iso(row.finished_at),
      interpreterPresent: row.interpreter_present,
      language: row.language as AppLocale,
      guide: staffName(row),
    })),
    advisorNotes: advisorNotes.map((row) => ({
      wishes: row.wishes,
      recommendation: row.recommendation,
      text: row.text,
      guidanceCompleted: row.guidance_completed,
      by: staffName(row),
      at: iso(row.at),
    })),
    loginCodes: loginCodes.map((row) => ({
      issuedAt: iso(row.created_at),
      expiresAt: iso(row.expires_at),
      revokedAt: row.revoked_at === null ? null : iso(row.revoked_at),
      issuedBy: staffName(row),
    })),
  };
}

/**
 * Everything registered about one person, as one document (art. 15 and 20), read as one
 * snapshot so its parts agree with each other. Null when there is no such person.
 */
export async function personData(db: Db, personId: string, now: Date): Promise<PersonData | null> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const person = await trx
        .selectFrom('persons')
        .select([
          'id',
          'name',
          'duf_number',
          'municipality',
          sql<string>`to_char(settled_on, 'YYYY-MM-DD')`.as('settled_on'),
          'registered_at',
          'restricted_since',
          'mapping_id',
        ])
        .where('id', '=', personId)
        .executeTakeFirst();
      if (!person) return null;
      const [mapping, records, privacyRequests] = await Promise.all([
        mappingOf(trx, person.mapping_id),
        recordsOf(trx, personId),
        privacyRequestsOf(trx, personId),
      ]);
      return {
        exportedAt: iso(now),
        person: {
          id: person.id,
          name: person.name,
          dufNumber: person.duf_number,
          municipality: person.municipality,
          settledOn: person.settled_on,
          registeredAt: iso(person.registered_at),
          restrictedSince: person.restricted_since === null ? null : iso(person.restricted_since),
        },
        ...mapping,
        ...records,
        privacyRequests,
      };
    });
}
