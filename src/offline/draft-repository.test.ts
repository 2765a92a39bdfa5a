import { describe, expect, it } from 'vitest';
import { emptyMappingContent } from '../domain/mapping';
import {
  currentDraft,
  dueOutboxEntries,
  markRevisionSent,
  mergeServerCopy,
  readDraft,
  recordSendProblem,
  recordSendRetry,
  saveDraftContent,
} from './draft-repository';
import { openTestDatabase } from './test-database';

const now = new Date('2026-11-23T10:00:00Z');

describe('draft repository', () => {
  it('starts one draft per device, even when asked twice at once', async () => {
    const db = openTestDatabase();
    const [a, b] = await Promise.all([currentDraft(db, 'nb', now), currentDraft(db, 'nb', now)]);
    expect(a.id).toBe(b.id);
    expect(await db.drafts.count()).toBe(1);
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
  });

  it('does not queue an untouched draft for sending', async () => {
    const db = openTestDatabase();
    await currentDraft(db, 'nb', now);
    expect(await db.outbox.count()).toBe(0);
  });

  it('bumps the revision on every save and keeps one outbox entry per draft', async () => {
    const db = openTestDatabase();
    const draft = await currentDraft(db, 'nb', now);
    const content = { ...emptyMappingContent('nb'), aboutYou: { citizenship: 'ER', gender: null, birthYear: null } } as const;
    expect((await saveDraftContent(db, draft.id, content, now)).revision).toBe(1);
    expect((await saveDraftContent(db, draft.id, { ...content, language: 'ti' }, now)).revision).toBe(2);
    expect(await db.outbox.toArray()).toEqual([
      { mappingId: draft.id, revision: 2, failedAttempts: 0, notBefore: 0, problem: null },
    ]);
    expect((await readDraft(db, draft.id))?.content.language).toBe('ti');
  });

  it('keeps a save made while sending queued after the older revision is confirmed', async () => {
    const db = openTestDatabase();
    const draft = await currentDraft(db, 'nb', now);
    await saveDraftContent(db, draft.id, emptyMappingContent('nb'), now);
    await saveDraftContent(db, draft.id, emptyMappingContent('en'), now);
    await markRevisionSent(db, draft.id, 1, now);
    expect((await db.drafts.get(draft.id))?.sentRevision).toBe(1);
    expect((await db.outbox.get(draft.id))?.revision).toBe(2);
    await markRevisionSent(db, draft.id, 2, now);
    expect(await db.outbox.count()).toBe(0);
  });

  it('holds back a draft after a failure until its backoff has passed', async () => {
    const db = openTestDatabase();
    const draft = await currentDraft(db, 'nb', now);
    await saveDraftContent(db, draft.id, emptyMappingContent('nb'), now);
    await recordSendRetry(db, draft.id, 5_000);
    expect(await dueOutboxEntries(db, 4_999)).toEqual([]);
    expect((await dueOutboxEntries(db, 5_000)).map((entry) => entry.failedAttempts)).toEqual([1]);
  });

  it('leaves a refused revision out of the queue until the next save', async () => {
    const db = openTestDatabase();
    const draft = await currentDraft(db, 'nb', now);
    await saveDraftContent(db, draft.id, emptyMappingContent('nb'), now);
    await recordSendProblem(db, draft.id, 1, { reason: 'rejected', status: 400, message: 'Invalid', fields: [] });
    expect(await dueOutboxEntries(db, Number.MAX_SAFE_INTEGER)).toEqual([]);
    await saveDraftContent(db, draft.id, emptyMappingContent('nb'), now);
    expect(await dueOutboxEntries(db, Number.MAX_SAFE_INTEGER)).toHaveLength(1);
  });

  it('merges a copy from another device into the draft and queues it after the server’s revision', async () => {
    const db = openTestDatabase();
    const draft = await currentDraft(db, 'nb', now);
    const empty = emptyMappingContent('nb');
    await saveDraftContent(db, draft.id, { ...empty, aboutYou: { ...empty.aboutYou, gender: 'female' } }, now);
    const remote = { ...empty, wishes: { ...empty.wishes, text: 'Kokk' } };
    expect(await mergeServerCopy(db, draft.id, { current: { revision: 5, content: remote }, base: null }, now)).toBe(0);
    const merged = await readDraft(db, draft.id);
    expect(merged).toMatchObject({ revision: 6, sentRevision: 5 });
    expect(merged?.content.aboutYou.gender).toBe('female');
    expect(merged?.content.wishes.text).toBe('Kokk');
    expect(await db.outbox.get(draft.id)).toMatchObject({ revision: 6, failedAttempts: 0, problem: null });
  });

  it('applies only a screen’s change to a draft merged meanwhile, never writing the screen over it', async () => {
    const db = openTestDatabase();
    const draft = await currentDraft(db, 'nb', now);
    const writer = { lastSent: draft.content, lastRevision: draft.revision };
    const onScreen = { ...draft.content, aboutYou: { ...draft.content.aboutYou, gender: 'female' as const } };
    await saveDraftContent(db, draft.id, onScreen, now, writer);
    // Another device's answer arrives while the screen still shows what it had.
    const remote = { ...draft.content, wishes: { ...draft.content.wishes, text: 'Kokk' } };
    await mergeServerCopy(db, draft.id, { current: { revision: 3, content: remote }, base: null }, now);
    const next = { ...onScreen, aboutYou: { ...onScreen.aboutYou, birthYear: 1990 } };
    const saved = await saveDraftContent(db, draft.id, next, now, writer);
    expect(saved.content).toMatchObject({ aboutYou: { gender: 'female', birthYear: 1990 }, wishes: { text: 'Kokk' } });
    expect((await readDraft(db, draft.id))?.content).toEqual(saved.content);
    // Until the screen shows the merged draft, each of its changes is applied as a change.
    expect(writer).toMatchObject({ lastSent: next, lastRevision: null });
  });
});
