import type { AppLocale } from '../domain/app-locales';
import type { DraftRecord } from '../domain/draft';
import type { SenderState } from '../domain/draft-sync-state';
import type { KompassDatabase, ParticipantLogin } from './db';
import { currentDraft, openDraftOf, readDraft } from './draft-repository';
import { staffSessionOf } from './staff-session';

/**
 * The person at this device typed their login code (checked for typos already): the draft on
 * screen becomes theirs. A draft that belongs to someone else stays as it is (it will still be
 * sent) and this person gets their own: the one this device holds of their mapping, when the
 * server has already said which that is, or a new one.
 */
export async function logInOnThisDevice(
  db: KompassDatabase,
  loginCode: string,
  language: AppLocale,
  now: Date,
  session?: { token: string; mappingId: string },
): Promise<DraftRecord> {
  return db.transaction('rw', db.drafts, db.settings, db.logins, async () => {
    const login = await db.logins.get(loginCode);
    if (session) await keepParticipantSession(db, loginCode, session);
    // A code typed again after the server refused it gets a new chance: it may have been made anew.
    else if (!login || login.refusedAt !== null) await db.logins.put({ loginCode, token: null, mappingId: null, refusedAt: null });
    const setting = await db.settings.get('currentMappingId');
    let draft = setting && (await readDraft(db, setting.value));
    const owner = draft?.owner;
    const someoneElses = owner !== undefined && !(owner.kind === 'participant' && owner.loginCode === loginCode);
    if (!draft || someoneElses) {
      await db.settings.delete('currentMappingId');
      draft = session ? await openDraftOf(db, session.mappingId, language, now) : await currentDraft(db, language, now);
    }
    if (draft.owner?.kind !== 'participant' || draft.owner.loginCode !== loginCode) {
      draft = { ...draft, owner: { kind: 'participant', loginCode } };
      await db.drafts.update(draft.id, { owner: draft.owner });
    }
    return draft;
  });
}

/**
 * The person is done: the next one at this device starts afresh and sees nothing of this
 * mapping. The draft stays on the device until it has been sent.
 */
export async function handOverDevice(db: KompassDatabase): Promise<void> {
  await db.settings.bulkDelete(['currentMappingId', 'mappingPosition']);
}

/** A code the person replaces because the server refused it: their draft moves to the new code. */
export async function replaceLoginCode(
  db: KompassDatabase,
  draftId: string,
  loginCode: string,
  session?: { token: string; mappingId: string },
): Promise<void> {
  await db.transaction('rw', db.drafts, db.logins, async () => {
    if (session) await keepParticipantSession(db, loginCode, session);
    else await db.logins.put({ loginCode, token: null, mappingId: null, refusedAt: null });
    await db.drafts.update(draftId, { owner: { kind: 'participant', loginCode } });
  });
}

/** The login code of the draft on screen, if the person at this device has typed one. */
export async function loginCodeOfCurrentDraft(db: KompassDatabase): Promise<string | null> {
  const setting = await db.settings.get('currentMappingId');
  const draft = setting && (await db.drafts.get(setting.value));
  return draft?.owner?.kind === 'participant' ? draft.owner.loginCode : null;
}

/**
 * The session of the person whose draft is on screen, when the server has opened one for them
 * on this device: for what only works online (their rights, their data). Null otherwise.
 */
export async function sessionOfCurrentParticipant(db: KompassDatabase): Promise<{ token: string; mappingId: string } | null> {
  const loginCode = await loginCodeOfCurrentDraft(db);
  const login = loginCode === null ? undefined : await db.logins.get(loginCode);
  return login?.token && login.mappingId && login.refusedAt === null ? { token: login.token, mappingId: login.mappingId } : null;
}

export async function keepParticipantSession(db: KompassDatabase, loginCode: string, session: { token: string; mappingId: string }): Promise<void> {
  await db.logins.put({ loginCode, token: session.token, mappingId: session.mappingId, refusedAt: null });
}

export async function refuseLoginCode(db: KompassDatabase, loginCode: string, now: Date): Promise<void> {
  await db.logins.update(loginCode, { token: null, refusedAt: now.toISOString() });
}

/** The session ended (expired, or the code was replaced): the code is tried again before sending. */
export async function forgetParticipantSession(db: KompassDatabase, loginCode: string): Promise<void> {
  await db.logins.update(loginCode, { token: null });
}

/** Whether this draft's sender can send it now, as far as this device knows. */
export async function senderStateOf(db: KompassDatabase, draft: Pick<DraftRecord, 'owner'>): Promise<SenderState> {
  const owner = draft.owner;
  if (owner === undefined) return 'no_code';
  if (owner.kind === 'guide') return (await staffSessionOf(db)) === null ? 'guide_logged_out' : 'ready';
  const login: ParticipantLogin | undefined = await db.logins.get(owner.loginCode);
  if (!login) return 'no_code';
  return login.refusedAt === null ? 'ready' : 'code_refused';
}
