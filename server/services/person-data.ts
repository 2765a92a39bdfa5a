import { sql, type Kysely } from 'kysely';
import type { PersonData } from '../../src/domain/privacy-api';
import { restoreMapping } from '../../src/domain/restore-mapping';
import type { DatabaseSchema } from '../db/schema';
import { privacyRequestsOf } from './privacy-requests';
import { staffRecordsAbout } from './staff-records';

type Db = Kysely<DatabaseSchema>;

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

/** What staff wrote about the person and did with them, and the codes issued: each with who, by name and role. */
async function recordsOf(db: Db, personId: string) {
  const [records, loginCodes] = await Promise.all([
    staffRecordsAbout(db, personId),
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
    remarks: records.remarks.map(({ part, text, writtenBy, writtenAt }) => ({ part, text, writtenBy: staffName(writtenBy), writtenAt })),
    qualityAssurances: records.qualityAssurances.map((check) => ({ ...check, by: staffName(check.by) })),
    assistedSessions: records.assistedSessions.map((session) => ({ ...session, guide: staffName(session.guide) })),
    advisorNotes: records.advisorNotes.map((note) => ({ ...note, by: staffName(note.by) })),
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
