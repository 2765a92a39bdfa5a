import { describe, expect, it } from 'vitest';
import { emptyMappingContent } from '../domain/mapping';
import { createAutosaver } from './autosaver';
import { currentDraft, readDraft, saveDraftContent } from './draft-repository';
import { openTestDatabase } from './test-database';

const now = new Date('2026-11-23T10:00:00Z');

describe('autosaver', () => {
  it('starts writing at once, without waiting for typing to pause', () => {
    const started: string[] = [];
    const autosaver = createAutosaver(async (value: string) => void started.push(value), () => undefined);
    autosaver.save('1');
    expect(started).toEqual(['1']);
  });

  it('writes the newest change made during a write right after it', async () => {
    const started: string[] = [];
    let finish: () => void = () => undefined;
    const autosaver = createAutosaver(
      (value: string) => {
        started.push(value);
        return value === '1' ? new Promise<void>((resolve) => (finish = resolve)) : Promise.resolve();
      },
      () => undefined,
    );
    autosaver.save('1');
    autosaver.save('19');
    autosaver.save('199');
    expect(autosaver.pendingCount()).toBe(2);
    finish();
    await autosaver.flush();
    // '199' holds every keystroke of '19': writing that one too would only add a revision.
    expect(started).toEqual(['1', '199']);
  });

  it('leaves the newest value in storage when keystrokes come faster than writes', async () => {
    const db = openTestDatabase();
    const draft = await currentDraft(db, 'nb', now);
    const autosaver = createAutosaver(
      (birthYear: number) =>
        saveDraftContent(db, draft.id, { ...emptyMappingContent('nb'), aboutYou: { citizenship: null, gender: null, birthYear } }, now).then(
          () => undefined,
        ),
      () => undefined,
    );
    for (const birthYear of [1, 19, 199, 1994]) autosaver.save(birthYear);
    await autosaver.flush();
    const stored = await readDraft(db, draft.id);
    expect(stored?.content.aboutYou.birthYear).toBe(1994);
    expect(stored?.revision).toBe(2);
  });

  it('leaves the newest value in storage even when an earlier write is slower to begin', async () => {
    const db = openTestDatabase();
    const draft = await currentDraft(db, 'nb', now);
    // As sealing ahead may be: the first change's work before its transaction ends last.
    const autosaver = createAutosaver(
      async (birthYear: number) => {
        await new Promise((resolve) => setTimeout(resolve, birthYear === 1 ? 30 : 1));
        await saveDraftContent(db, draft.id, { ...emptyMappingContent('nb'), aboutYou: { citizenship: null, gender: null, birthYear } }, now);
      },
      () => undefined,
    );
    autosaver.save(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    autosaver.save(19);
    await autosaver.flush();
    expect((await readDraft(db, draft.id))?.content.aboutYou.birthYear).toBe(19);
  });

  it('flush waits for every write under way', async () => {
    const written: string[] = [];
    const autosaver = createAutosaver(async (value: string) => {
      await new Promise((resolve) => setTimeout(resolve, value === 'slow' ? 20 : 1));
      written.push(value);
    }, () => undefined);
    autosaver.save('slow');
    autosaver.save('fast');
    await autosaver.flush();
    expect(written.sort()).toEqual(['fast', 'slow']);
  });

  it('reports a failed write and keeps saving later changes', async () => {
    const errors: unknown[] = [];
    const written: string[] = [];
    const autosaver = createAutosaver(async (value: string) => {
      if (value === 'bad') throw new Error('quota');
      written.push(value);
    }, (error) => errors.push(error));
    autosaver.save('bad');
    autosaver.save('good');
    await autosaver.flush();
    expect(errors).toHaveLength(1);
    expect(written).toEqual(['good']);
  });
});

describe('what is not yet written', () => {
  it('is the newest value until every write has landed, then nothing', async () => {
    const settled: string[] = [];
    let finish: () => void = () => undefined;
    const autosaver = createAutosaver(
      (value: string) => (value === 'slow' ? new Promise<void>((resolve) => (finish = resolve)) : Promise.resolve()),
      () => undefined,
      () => settled.push('settled'),
    );
    expect(autosaver.unsettled()).toBeNull();
    autosaver.save('slow');
    autosaver.save('newest');
    expect(autosaver.unsettled()).toBe('newest');
    await Promise.resolve();
    await Promise.resolve();
    expect(autosaver.unsettled()).toBe('newest');
    finish();
    await autosaver.flush();
    await Promise.resolve();
    expect(autosaver.unsettled()).toBeNull();
    expect(settled).toEqual(['settled']);
  });
});
