import type { DraftRecord } from '../domain/draft';
import type { KompassDatabase } from './db';
import { forgetParticipantSession, keepParticipantSession, refuseLoginCode } from './participant-logins';
import { forgetStaffSession, staffSessionOf } from './staff-session';

/** What the server said to a login code: a session for the person's mapping, no, or nothing at all. */
export type CodeExchange = { kind: 'session'; token: string; mappingId: string } | { kind: 'refused' } | { kind: 'no_answer' };
export type ExchangeLoginCode = (loginCode: string) => Promise<CodeExchange>;

/** How a draft can be sent now: with this session to this mapping on the server, or not yet. */
type Credential = { kind: 'ready'; token: string; mappingId: string } | { kind: 'waiting' };

/**
 * The session a draft is sent with. A participant's code typed offline is checked here, at the
 * first chance to send: a refused code is recorded (the person is asked for it again) and the
 * draft itself is never touched.
 */
export async function credentialFor(db: KompassDatabase, draft: DraftRecord, exchange: ExchangeLoginCode, now: Date): Promise<Credential> {
  const owner = draft.owner;
  if (owner === undefined) return { kind: 'waiting' };
  if (owner.kind === 'guide') {
    const session = await staffSessionOf(db);
    return session ? { kind: 'ready', token: session.token, mappingId: owner.mappingId } : { kind: 'waiting' };
  }
  const login = await db.logins.get(owner.loginCode);
  if (!login || login.refusedAt !== null) return { kind: 'waiting' };
  if (login.token !== null && login.mappingId !== null) return { kind: 'ready', token: login.token, mappingId: login.mappingId };
  const answer = await exchange(owner.loginCode);
  if (answer.kind === 'session') {
    await keepParticipantSession(db, owner.loginCode, answer);
    return { kind: 'ready', token: answer.token, mappingId: answer.mappingId };
  }
  if (answer.kind === 'refused') await refuseLoginCode(db, owner.loginCode, now);
  return { kind: 'waiting' };
}

/** The server no longer knows the session a draft was sent with (401): the next try logs in again. */
export async function credentialEnded(db: KompassDatabase, draft: DraftRecord, token: string): Promise<void> {
  if (draft.owner?.kind === 'participant') await forgetParticipantSession(db, draft.owner.loginCode);
  // The guide may have logged in again meanwhile; only the session that ended is forgotten.
  else if (draft.owner?.kind === 'guide' && (await staffSessionOf(db))?.token === token) await forgetStaffSession(db);
}
