import { refreshKeys } from './unlocked-keys';
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import { appLocaleCodes, type AppLocale } from '../domain/app-locales';
import { mappingContentSchema } from '../domain/mapping';
import type { KompassDatabase } from './db';
import { openDraftOf } from './draft-repository';
import { queueAssistedSession } from './staff-records';
import { requestSync } from './sync-requests';
import { storedJson } from './stored-json';

/** The assisted session running on this tablet: whose mapping, since when, with an interpreter or not. */
const assistedSessionSchema = z.object({
  personId: z.uuid(),
  mappingId: z.uuid(),
  personName: z.string(),
  startedAt: z.iso.datetime(),
  interpreterPresent: z.boolean(),
  /** The guide's own language, which the screens go back to when the session ends. */
  guideLanguage: z.enum(appLocaleCodes),
});
export type AssistedSession = z.infer<typeof assistedSessionSchema>;

async function assistedSessionOf(db: KompassDatabase): Promise<AssistedSession | null> {
  const stored = await db.settings.get('assistedSession');
  const session = stored && assistedSessionSchema.safeParse(storedJson(stored.value));
  return session && session.success ? session.data : null;
}

export function useAssistedSession(db: KompassDatabase): AssistedSession | null | undefined {
  return useLiveQuery(() => assistedSessionOf(db), [db]);
}

/**
 * A guide starts filling in a person's mapping with them on this tablet: the device's draft of
 * that mapping, or a new one from the server's copy (when the guide's page had it), sent by the
 * guide. Works offline once the guide has opened the person's page.
 */
export async function startAssistedSession(
  db: KompassDatabase,
  person: { personId: string; mappingId: string; personName: string },
  serverCopy: { revision: number; content: unknown } | null,
  languages: { participant: AppLocale; guide: AppLocale },
  now: Date,
): Promise<void> {
  await refreshKeys(db);
  await db.transaction('rw', db.drafts, db.settings, async () => {
    const copy = serverCopy && mappingContentSchema.safeParse(serverCopy.content);
    const known = await db.drafts.get(person.mappingId);
    const draft = await openDraftOf(db, person.mappingId, languages.participant, now);
    const owner = { kind: 'guide' as const, personId: person.personId, mappingId: person.mappingId };
    // A new draft starts from what the server has, built on its revision, so nothing is re-sent or lost.
    const fromServer = !known && copy?.success ? { content: copy.data, revision: serverCopy!.revision, sentRevision: serverCopy!.revision, sentAt: now.toISOString() } : {};
    await db.drafts.update(draft.id, { owner, ...fromServer });
    const session: AssistedSession = { ...person, startedAt: now.toISOString(), interpreterPresent: false, guideLanguage: languages.guide };
    await db.settings.put({ key: 'assistedSession', value: JSON.stringify(session) });
  });
}

export async function setInterpreterPresent(db: KompassDatabase, present: boolean): Promise<void> {
  const session = await assistedSessionOf(db);
  if (session) await db.settings.put({ key: 'assistedSession', value: JSON.stringify({ ...session, interpreterPresent: present }) });
}

/**
 * "Finish session": the session is recorded for the server, and nothing of this person stays
 * on screen — the next person on the tablet starts from the beginning. The draft stays on the
 * device until it has been sent.
 */
export async function finishAssistedSession(db: KompassDatabase, language: AppLocale, now: Date): Promise<void> {
  await db.transaction('rw', db.settings, db.staffRecords, async () => {
    const session = await assistedSessionOf(db);
    if (!session) return;
    await queueAssistedSession(
      db,
      session.personId,
      { startedAt: session.startedAt, finishedAt: now.toISOString(), interpreterPresent: session.interpreterPresent, language },
      now,
    );
    await db.settings.bulkDelete(['assistedSession', 'currentMappingId', 'mappingPosition']);
  });
  requestSync({ ignoringBackoff: true });
}
