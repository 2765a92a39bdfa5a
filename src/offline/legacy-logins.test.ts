import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { emptyMappingContent } from '../domain/mapping';
import { openKompassDatabase } from './db';
import { readDraft } from './draft-repository';
import { loginSecretsOf, sealLegacyLogins } from './participant-logins';

describe('a device from before drafts were sealed (database version 3)', () => {
  it("seals each code's drafts with its key, removes the code from storage, and keeps them sendable", async () => {
    const name = `kompass-legacy-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(3).stores({ drafts: 'id, updatedAt', outbox: 'mappingId, notBefore', settings: 'key', logins: 'loginCode', staffRecords: 'id' });
    const content = { ...emptyMappingContent('so'), wishes: { goal: null, areas: [], text: 'Waxaan rabaa inaan noqdo kalkaaliye' } };
    await old.table('drafts').put({ id: 'd1', revision: 2, createdAt: 'x', updatedAt: 'x', content, sentRevision: 1, sentAt: 'x', owner: { kind: 'participant', loginCode: 'K7QM2XRD9PH4' } });
    await old.table('logins').put({ loginCode: 'K7QM2XRD9PH4', token: 'session-token-0000000000', mappingId: 'm1', refusedAt: null });
    old.close();

    const db = openKompassDatabase(name);
    await sealLegacyLogins(db);
    const stored = await db.drafts.get('d1');
    expect(JSON.stringify(stored)).not.toContain('kalkaaliye');
    expect(await db.logins.count()).toBe(0);
    expect(JSON.stringify(await db.codeLogins.toArray())).not.toContain('K7QM2XRD9PH4');
    const loginId = stored?.owner?.kind === 'participant' ? stored.owner.loginId : '';
    expect(await loginSecretsOf(db, loginId)).toMatchObject({ loginCode: 'K7QM2XRD9PH4', token: 'session-token-0000000000', mappingId: 'm1' });
    expect((await readDraft(db, 'd1'))?.content.wishes.text).toBe('Waxaan rabaa inaan noqdo kalkaaliye');
    // Its session counts as ended: sent, then wiped; the person types the code to go on.
    expect((await db.unlocked.get(loginId))?.lockAt).toBe(0);
    await sealLegacyLogins(db);
    expect(await db.codeLogins.count()).toBe(1);
  });
});
