import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { retentionCutoff } from '../../src/domain/retention';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema>;

/** How many rows of each kind went with the persons erased. */
export interface ErasureCounts {
  persons: number;
  mappings: number;
  mappingRevisions: number;
  remarks: number;
  qualityAssurances: number;
  assistedSessions: number;
  advisorNotes: number;
  loginCodes: number;
  sessions: number;
  privacyRequests: number;
  privacyRequestAnswers: number;
}

/** What a sweep deleted, or in a dry run would have: counts only, never who. */
export interface RetentionReport extends ErasureCounts {
  cutoff: string;
  dryRun: boolean;
  auditEvents: number;
}

/** Which persons to erase, as a query on `persons` that the deletes select from. */
type PersonsChosen = (db: Db) => SelectQueryBuilder<DatabaseSchema, 'persons', object>;

const deleted = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows);

/**
 * Deletes the chosen persons and every row that belongs to them, children first (so nothing
 * rests on a cascade the count would miss). The audit log stays: it names no one but by id.
 */
async function erasePersons(trx: Db, chosen: PersonsChosen): Promise<ErasureCounts> {
  const ids = () => chosen(trx).select('persons.id');
  const requests = () => trx.selectFrom('privacy_requests').select('privacy_requests.id').where('privacy_requests.person_id', 'in', ids());
  const byPerson = async (table: 'remarks' | 'quality_assurances' | 'assisted_sessions' | 'advisor_notes' | 'login_codes' | 'sessions' | 'privacy_requests') =>
    deleted(await trx.deleteFrom(table).where(`${table}.person_id`, 'in', ids()).executeTakeFirstOrThrow());

  const privacyRequestAnswers = deleted(
    await trx.deleteFrom('privacy_request_answers').where('privacy_request_answers.request_id', 'in', requests()).executeTakeFirstOrThrow(),
  );
  const counts = {
    privacyRequestAnswers,
    privacyRequests: await byPerson('privacy_requests'),
    remarks: await byPerson('remarks'),
    qualityAssurances: await byPerson('quality_assurances'),
    assistedSessions: await byPerson('assisted_sessions'),
    advisorNotes: await byPerson('advisor_notes'),
    loginCodes: await byPerson('login_codes'),
    sessions: await byPerson('sessions'),
    mappingRevisions: deleted(
      await trx.deleteFrom('mapping_revisions').where('mapping_revisions.mapping_id', 'in', chosen(trx).select('persons.mapping_id')).executeTakeFirstOrThrow(),
    ),
    mappings: deleted(await trx.deleteFrom('mappings').where('mappings.id', 'in', chosen(trx).select('persons.mapping_id')).executeTakeFirstOrThrow()),
  };
  const persons = deleted(await trx.deleteFrom('persons').where('persons.id', 'in', ids()).executeTakeFirstOrThrow());
  return { persons, ...counts };
}

/** Erases one person entirely (a granted erasure request), inside the caller's transaction. */
export async function erasePerson(trx: Db, personId: string): Promise<ErasureCounts> {
  return erasePersons(trx, (db) => db.selectFrom('persons').where('persons.id', '=', personId));
}

/** Thrown to roll a dry run back once it has counted. */
class DryRun extends Error {
  constructor(readonly report: RetentionReport) {
    super('dry run');
  }
}

/**
 * Deletes what is past the retention period, in one transaction: every person registered
 * before the cutoff with all that is theirs, audit events older than it, and login codes and
 * sessions that ended or expired before it. A dry run does exactly the same and rolls back,
 * so its counts are the real run's and it writes nothing.
 */
export async function retentionSweep(db: Db, options: { now: Date; years: number; dryRun: boolean }): Promise<RetentionReport> {
  const cutoff = retentionCutoff(options.now, options.years);
  try {
    return await db.transaction().execute(async (trx) => {
      const erased = await erasePersons(trx, (db) => db.selectFrom('persons').where('persons.registered_at', '<', cutoff));
      const loginCodes = deleted(
        await trx
          .deleteFrom('login_codes')
          .where((eb) => eb.or([eb('expires_at', '<', cutoff), eb('revoked_at', '<', cutoff)]))
          .executeTakeFirstOrThrow(),
      );
      const sessions = deleted(
        await trx
          .deleteFrom('sessions')
          .where((eb) => eb.or([eb('expires_at', '<', cutoff), eb('ended_at', '<', cutoff)]))
          .executeTakeFirstOrThrow(),
      );
      // The audit log refuses deletes unless this transaction says it is the sweep.
      await sql`set local kompass.retention = 'on'`.execute(trx);
      const auditEvents = deleted(await trx.deleteFrom('audit_events').where('at', '<', cutoff).executeTakeFirstOrThrow());
      const report: RetentionReport = {
        cutoff: cutoff.toISOString(),
        dryRun: options.dryRun,
        ...erased,
        loginCodes: erased.loginCodes + loginCodes,
        sessions: erased.sessions + sessions,
        auditEvents,
      };
      if (options.dryRun) throw new DryRun(report);
      return report;
    });
  } catch (error) {
    if (error instanceof DryRun) return error.report;
    throw error;
  }
}

const day = 24 * 3600_000;

/**
 * Sweeps at start and then once a day. Logs counts only (never who); a failed sweep is logged
 * and tried again the next day. The timer does not keep the process alive.
 */
export function scheduleRetentionSweeps(
  db: Db,
  options: { years: number; dryRun: boolean },
  log: { info(report: object, message: string): void; error(fault: object, message: string): void },
): void {
  const sweep = () =>
    retentionSweep(db, { now: new Date(), ...options }).then(
      (report) => log.info({ retention: report }, options.dryRun ? 'retention sweep (dry run): would delete' : 'retention sweep: deleted'),
      (error: unknown) => log.error({ err: error }, 'retention sweep failed'),
    );
  void sweep();
  setInterval(() => void sweep(), day).unref();
}
