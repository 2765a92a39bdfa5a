import type { DraftRecord } from '../domain/draft';
import type { KompassDatabase } from './db';
import { forgetParticipantSession, keepParticipantSession, loginSecretsOf, refuseLoginCode } from './participant-logins';
import { forgetStaffSession, staffSessionOf } from './staff-session';

/**
 * What the server said to a login code: a session for the person's mapping, no, not now (too
 * many failed log-ins from this network or with this code: the code may well be right), or
 * nothing at all.
 */
export type CodeExchange =
  | { kind: 'session'; token: string; mappingId: string }
  | { kind: 'refused' }
  | { kind: 'too_many_attempts'; retryAfterSeconds: number }
  | { kind: 'no_answer' };
export type ExchangeLoginCode = (loginCode: string) => Promise<CodeExchange>;

/** How a draft can be sent now: with this session to this mapping on the server, or not yet. */
type Credential = { kind: 'ready'; token: string; mappingId: string } | { kind: 'waiting' };

/**
 * The session a draft is sent with. A participant's code typed offline is checked here, at the
 * first chance to send: a refused code is recorded (the person is asked for it again); not now
 * or no answer leaves the draft waiting; the draft itself is never touched.
 */
export async function credentialFor(db: KompassDatabase, draft: Pick<DraftRecord, 'owner'>, exchange: ExchangeLoginCode, now: Date): Promise<Credential> {
  const owner = draft.owner;
  if (owner === undefined) return { kind: 'waiting' };
  if (owner.kind === 'guide') {
    const session = await staffSessionOf(db);
    return session ? { kind: 'ready', token: session.token, mappingId: owner.mappingId } : { kind: 'waiting' };
  }
  // Unknown, or locked: without the person's key neither the code nor the answers can be read.
  const login = await loginSecretsOf(db, owner.loginId);
  if (!login || login.refusedAt !== null) return { kind: 'waiting' };
  if (login.token !== null && login.mappingId !== null) return { kind: 'ready', token: login.token, mappingId: login.mappingId };
  const answer = await exchange(login.loginCode);
  if (answer.kind === 'session') {
    await keepParticipantSession(db, owner.loginId, answer);
    return { kind: 'ready', token: answer.token, mappingId: answer.mappingId };
  }
  if (answer.kind === 'refused') await refuseLoginCode(db, owner.loginId, now);
  return { kind: 'waiting' };
}

/** The server no longer knows the session a draft was sent with (401): the next try logs in again. */
export async function credentialEnded(db: KompassDatabase, draft: DraftRecord, token: string): Promise<void> {
  if (draft.owner?.kind === 'participant') await forgetParticipantSession(db, draft.owner.loginId);
  // The guide may have logged in again meanwhile; only the session that ended is forgotten.
  else if (draft.owner?.kind === 'guide' && (await staffSessionOf(db))?.token === token) await forgetStaffSession(db);
}
