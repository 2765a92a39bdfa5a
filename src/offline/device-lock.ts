import type { KompassDatabase, StoredDraft } from './db';

/**
 * Ends participants' sessions on this device: those idle past their time, or every one when
 * the person passes the device on. The screen goes back to the code, and the key leaves the
 * device with the local copies as soon as the server has confirmed every revision (see
 * wipeFinishedSessions); until then it stays only so the drafts can still be sent.
 */
export async function lockSessions(db: KompassDatabase, now: Date, which: 'idle' | 'all' = 'idle'): Promise<void> {
  await db.transaction('rw', [db.unlocked, db.settings, db.drafts], async () => {
    const due = await db.unlocked.filter((unlocked) => which === 'all' || unlocked.lockAt <= now.getTime()).toArray();
    if (due.length === 0) return;
    const ended = new Set(due.map((unlocked) => unlocked.loginId));
    const setting = await db.settings.get('currentMappingId');
    const onScreen = setting && (await db.drafts.get(setting.value));
    if (onScreen?.owner?.kind === 'participant' && ended.has(onScreen.owner.loginId)) {
      await db.settings.bulkDelete(['currentMappingId', 'mappingPosition']);
    }
    await db.unlocked.where('loginId').anyOf([...ended]).modify({ lockAt: 0 });
  });
  await wipeFinishedSessions(db);
}

/**
 * A participant's local copies are removed once their session here has ended and the server
 * has every revision: the drafts, the sealed login and the key. Nothing unsent is ever removed.
 */
export async function wipeFinishedSessions(db: KompassDatabase): Promise<void> {
  await db.transaction('rw', [db.unlocked, db.codeLogins, db.drafts, db.outbox], async () => {
    const ended = await db.unlocked.filter((unlocked) => unlocked.lockAt === 0).primaryKeys();
    for (const loginId of ended) {
      const drafts = await db.drafts.filter((draft) => ownedBy(draft, loginId)).toArray();
      const queued = await db.outbox.bulkGet(drafts.map((draft) => draft.id));
      // A draft never written to (revision 0) has nothing to send.
      const allConfirmed = drafts.every(
        (draft, index) => (draft.revision === 0 || draft.sentRevision === draft.revision) && queued[index] === undefined,
      );
      if (!allConfirmed) continue;
      await db.drafts.bulkDelete(drafts.map((draft) => draft.id));
      await db.codeLogins.delete(loginId);
      await db.unlocked.delete(loginId);
    }
  });
}

function ownedBy(draft: StoredDraft, loginId: string): boolean {
  return draft.owner?.kind === 'participant' && draft.owner.loginId === loginId;
}
