import type { AppLocale } from '../domain/app-locales';
import type { DraftRecord } from '../domain/draft';
import type { SenderState } from '../domain/draft-sync-state';
import type { KompassDatabase, LoginSecrets, StoredDraft } from './db';
import { restoreMapping } from '../domain/restore-mapping';
import { adoptDraft, currentDraft, openDraftOf, readDraft } from './draft-repository';
import { deriveLoginKeys, newDeviceSalt, seal, unseal, type LoginKeys } from './login-keys';
import { staffSessionOf } from './staff-session';
import { keyOf, refreshKeys } from './unlocked-keys';

/** A participant's session on this device locks after this long without a touch or a key. */
export const idleLockMs = 10 * 60_000;

type Session = { token: string; mappingId: string };

/** This device's salt for stretching codes: made once, so the same code gives other keys elsewhere. */
async function deviceSaltOf(db: KompassDatabase): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const stored = await db.settings.get('deviceSalt');
    if (stored) return stored.value;
    const salt = newDeviceSalt();
    await db.settings.put({ key: 'deviceSalt', value: salt });
    return salt;
  });
}

/** Stretches the code (slow on purpose: do it before any transaction) and opens its session here. */
async function unlock(db: KompassDatabase, loginCode: string, now: Date): Promise<LoginKeys> {
  const keys = await deriveLoginKeys(loginCode, await deviceSaltOf(db));
  await db.unlocked.put({ loginId: keys.loginId, key: keys.key, lockAt: now.getTime() + idleLockMs });
  return keys;
}

async function keepLogin(db: KompassDatabase, keys: LoginKeys, loginCode: string, session: Session | undefined): Promise<void> {
  const secrets: LoginSecrets = { loginCode, token: session?.token ?? null };
  const known = await db.codeLogins.get(keys.loginId);
  await db.codeLogins.put({
    loginId: keys.loginId,
    secrets: await seal(keys.key, secrets, keys.loginId),
    // Typed offline again, a code the server knows keeps the mapping it was told; a refused one gets a new chance.
    mappingId: session?.mappingId ?? (known?.refusedAt === null ? known.mappingId : null),
    refusedAt: null,
  });
}

/**
 * The person at this device typed their login code (checked for typos already): their session
 * here opens, and the draft on screen becomes theirs. A draft that belongs to someone else stays
 * as it is (it will still be sent) and this person gets their own: the one this device holds of
 * theirs (from before a lock, or of the mapping the server named), or a new one.
 */
export async function logInOnThisDevice(db: KompassDatabase, loginCode: string, language: AppLocale, now: Date, session?: Session): Promise<DraftRecord> {
  const keys = await unlock(db, loginCode, now);
  await refreshKeys(db);
  return db.transaction('rw', [db.drafts, db.settings, db.codeLogins], async () => {
    await keepLogin(db, keys, loginCode, session);
    const owner = { kind: 'participant' as const, loginId: keys.loginId };
    const setting = await db.settings.get('currentMappingId');
    const onScreen = setting && (await db.drafts.get(setting.value));
    let draft: DraftRecord;
    if (onScreen && isTheirs(onScreen, keys.loginId)) draft = (await readDraft(db, onScreen.id))!;
    else if (onScreen && onScreen.owner === undefined) draft = (await readDraft(db, onScreen.id))!;
    else {
      await db.settings.bulkDelete(['currentMappingId', 'mappingPosition']);
      const theirs = await db.drafts.filter((stored) => isTheirs(stored, keys.loginId)).first();
      const id = session?.mappingId ?? theirs?.id;
      draft = id ? await openDraftOf(db, id, language, now) : await currentDraft(db, language, now);
    }
    return isTheirs(draft, keys.loginId) ? draft : adoptDraft(db, draft, owner);
  });
}

function isTheirs(draft: Pick<StoredDraft, 'owner'>, loginId: string): boolean {
  return draft.owner?.kind === 'participant' && draft.owner.loginId === loginId;
}

/** A code the person replaces because the server refused it: their draft moves to the new code's key. */
export async function replaceLoginCode(db: KompassDatabase, draftId: string, loginCode: string, now: Date, session?: Session): Promise<void> {
  const keys = await unlock(db, loginCode, now);
  await refreshKeys(db);
  await db.transaction('rw', [db.drafts, db.codeLogins], async () => {
    await keepLogin(db, keys, loginCode, session);
    const draft = await readDraft(db, draftId);
    if (draft) await adoptDraft(db, draft, { kind: 'participant', loginId: keys.loginId });
  });
}

/** The participant whose draft is on screen, while their session on this device is open. */
export async function participantOnScreen(db: KompassDatabase, now: Date): Promise<string | null> {
  const setting = await db.settings.get('currentMappingId');
  const draft = setting && (await db.drafts.get(setting.value));
  if (draft?.owner?.kind !== 'participant') return null;
  const unlocked = await db.unlocked.get(draft.owner.loginId);
  return unlocked && unlocked.lockAt > now.getTime() ? draft.owner.loginId : null;
}

/** The person is still here (touched or typed): their session stays open for another while. */
export async function keepUnlocked(db: KompassDatabase, loginId: string, now: Date): Promise<void> {
  await db.unlocked.update(loginId, { lockAt: now.getTime() + idleLockMs });
}

/**
 * The session of the person whose draft is on screen, when the server has opened one for them
 * on this device: for what only works online (their rights, their data). Null otherwise.
 */
export async function sessionOfCurrentParticipant(db: KompassDatabase): Promise<Session | null> {
  const loginId = await participantOnScreen(db, new Date());
  const login = loginId === null ? undefined : await loginSecretsOf(db, loginId);
  return login?.token && login.mappingId && login.refusedAt === null ? { token: login.token, mappingId: login.mappingId } : null;
}

/** A login with its code and session opened, or undefined when unknown or locked. */
export async function loginSecretsOf(
  db: KompassDatabase,
  loginId: string,
): Promise<(LoginSecrets & { mappingId: string | null; refusedAt: string | null }) | undefined> {
  const [login, key] = await Promise.all([db.codeLogins.get(loginId), keyOf(db, loginId)]);
  if (!login || !key) return undefined;
  const secrets = (await unseal(key, login.secrets, loginId)) as LoginSecrets;
  return { ...secrets, mappingId: login.mappingId, refusedAt: login.refusedAt };
}

export async function keepParticipantSession(db: KompassDatabase, loginId: string, session: Session): Promise<void> {
  const [login, key] = await Promise.all([loginSecretsOf(db, loginId), keyOf(db, loginId)]);
  if (!login || !key) return;
  await keepLogin(db, { loginId, key }, login.loginCode, session);
}

export async function refuseLoginCode(db: KompassDatabase, loginId: string, now: Date): Promise<void> {
  await forgetParticipantSession(db, loginId);
  await db.codeLogins.update(loginId, { refusedAt: now.toISOString() });
}

/** The session ended (expired, or the code was replaced): the code is tried again before sending. */
export async function forgetParticipantSession(db: KompassDatabase, loginId: string): Promise<void> {
  const [login, key] = await Promise.all([loginSecretsOf(db, loginId), keyOf(db, loginId)]);
  if (!login || !key) return;
  await db.codeLogins.update(loginId, { secrets: await seal(key, { loginCode: login.loginCode, token: null }, loginId) });
}

/**
 * Drafts from before sealing (database version 3) name their code in the clear: each code's
 * login and drafts are sealed with its key, and the code leaves the device's storage. Their
 * sessions count as ended: the drafts are still sent, then wiped; the person types the code to
 * go on. Runs before each sync pass; nothing to do once done.
 */
export async function sealLegacyLogins(db: KompassDatabase): Promise<void> {
  const legacy = await db.logins.toArray();
  if (legacy.length === 0) return;
  const salt = await deviceSaltOf(db);
  for (const old of legacy) {
    const keys = await deriveLoginKeys(old.loginCode, salt);
    await db.unlocked.put({ loginId: keys.loginId, key: keys.key, lockAt: 0 });
    await db.transaction('rw', [db.drafts, db.codeLogins, db.logins], async () => {
      const secrets: LoginSecrets = { loginCode: old.loginCode, token: old.token };
      await db.codeLogins.put({ loginId: keys.loginId, secrets: await seal(keys.key, secrets, keys.loginId), mappingId: old.mappingId, refusedAt: old.refusedAt });
      const theirs = await db.drafts.filter((draft) => (draft.owner as { loginCode?: string } | undefined)?.loginCode === old.loginCode).toArray();
      for (const draft of theirs) {
        const owner = { kind: 'participant' as const, loginId: keys.loginId };
        await db.drafts.put({ ...draft, owner, content: undefined, sealed: await seal(keys.key, restoreMapping(draft.content), draft.id) });
      }
      await db.logins.delete(old.loginCode);
    });
  }
}

/** Whether this draft's sender can send it now, as far as this device knows. */
export async function senderStateOf(db: KompassDatabase, draft: Pick<DraftRecord, 'owner'>): Promise<SenderState> {
  const owner = draft.owner;
  if (owner === undefined) return 'no_code';
  if (owner.kind === 'guide') return (await staffSessionOf(db)) === null ? 'guide_logged_out' : 'ready';
  const [login, key] = await Promise.all([db.codeLogins.get(owner.loginId), keyOf(db, owner.loginId)]);
  if (!login) return 'no_code';
  if (login.refusedAt !== null) return 'code_refused';
  return key ? 'ready' : 'locked';
}
