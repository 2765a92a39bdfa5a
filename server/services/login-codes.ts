import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { formatLoginCode, makeLoginCode } from '../../src/domain/login-code';
import type { ParticipantSession } from '../../src/domain/participant-session';
import { hashSecret } from '../auth/secrets';
import { startSession } from '../auth/sessions';
import type { DatabaseSchema } from '../db/schema';
import type { SecretCheck } from './login-throttle';

type Db = Kysely<DatabaseSchema>;

/** Long enough for a mapping done over several sittings; a forgotten code dies on its own. */
export const loginCodeLifetimeMs = 30 * 24 * 3600_000;

/** A new code for a person; any code they had (and its sessions) stops working in the same transaction. */
export async function issueLoginCode(db: Db, personId: string, staffId: string, now: Date) {
  const code = makeLoginCode(randomBytes(10));
  const expiresAt = new Date(now.getTime() + loginCodeLifetimeMs);
  await db.transaction().execute(async (trx) => {
    await endLoginCode(trx, personId, now);
    await trx
      .insertInto('login_codes')
      .values({ code_hash: hashSecret(code), person_id: personId, created_by: staffId, created_at: now, expires_at: expiresAt })
      .execute();
  });
  return { code: formatLoginCode(code), expiresAt: expiresAt.toISOString() };
}

/**
 * The person's code stops working, and so do the sessions devices opened with it: a code is
 * replaced or revoked because it may be in the wrong hands (a lost phone, a code overheard).
 */
export async function revokeLoginCode(db: Db, personId: string, now: Date): Promise<void> {
  await db.transaction().execute((trx) => endLoginCode(trx, personId, now));
}

async function endLoginCode(db: Db, personId: string, now: Date): Promise<void> {
  // One change to a person's codes at a time: two clicks on "new code" would otherwise both
  // find nothing to revoke once the first commits, and the second break the one-code index.
  await db.selectFrom('persons').select('id').where('id', '=', personId).forUpdate().execute();
  await db.updateTable('login_codes').set({ revoked_at: now }).where('person_id', '=', personId).where('revoked_at', 'is', null).execute();
  await db.updateTable('sessions').set({ ended_at: now }).where('person_id', '=', personId).where('ended_at', 'is', null).execute();
}

/** A participant's session for a code in force, with the one mapping that is theirs; wrong otherwise. */
export async function logInWithCode(db: Db, code: string, now: Date): Promise<SecretCheck<ParticipantSession>> {
  const row = await db
    .selectFrom('login_codes')
    .innerJoin('persons', 'persons.id', 'login_codes.person_id')
    .select(['persons.id', 'persons.mapping_id'])
    .where('login_codes.code_hash', '=', hashSecret(code))
    .where('login_codes.revoked_at', 'is', null)
    .where('login_codes.expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return { kind: 'wrong' };
  const session = await startSession(db, { personId: row.id }, now);
  return { kind: 'in', value: { token: session.token, expiresAt: session.expiresAt.toISOString(), mappingId: row.mapping_id } };
}
