import { describe, expect, it, vi } from 'vitest';
import type { KompassDatabase } from './db';
import { runnerWhenNeeded } from './start-sync';
import type { SyncRunner } from './sync-runner';
import { openTestDatabase } from './test-database';

function fakeRunner() {
  return { syncNow: vi.fn<SyncRunner['syncNow']>(async () => undefined), stop: vi.fn<SyncRunner['stop']>() };
}

/** Each kind of work a pass of the runner reads, put on an otherwise empty device. */
const work: Record<string, (db: KompassDatabase) => Promise<unknown>> = {
  'a draft waiting to be sent': (db) => db.outbox.put({ mappingId: 'm1', revision: 1, failedAttempts: 0, notBefore: 0, problem: null }),
  "a guide's record": (db) => db.staffRecords.put({ id: 'r1', personId: 'p1', kind: 'remark', body: {}, createdAt: '2026-12-02T00:00:00Z' }),
  'a login from before sealing': (db) => db.logins.put({ loginCode: 'K7QM2XRD9PH4', token: null, mappingId: null, refusedAt: null }),
  "a participant's open session": (db) => db.unlocked.put({ loginId: 'l1', key: {} as CryptoKey, lockAt: Date.now() + 60_000 }),
};

describe('sync on a device', () => {
  it('loads nothing of the runner while there is nothing to send', async () => {
    const loadRunner = vi.fn(async () => fakeRunner());
    const runner = runnerWhenNeeded(openTestDatabase(), loadRunner);
    await runner.syncNow();
    await runner.syncNow({ ignoringBackoff: true });
    expect(loadRunner).not.toHaveBeenCalled();
  });

  for (const [what, put] of Object.entries(work)) {
    it(`loads the runner once there is ${what}, and hands it every request from then on`, async () => {
      const db = openTestDatabase();
      const loaded = fakeRunner();
      const loadRunner = vi.fn(async () => loaded);
      const runner = runnerWhenNeeded(db, loadRunner);
      await put(db);
      await Promise.all([runner.syncNow(), runner.syncNow({ ignoringBackoff: true })]);
      await Promise.all(db.tables.map((table) => table.clear()));
      await runner.syncNow();
      expect(loadRunner).toHaveBeenCalledTimes(1);
      expect(loaded.syncNow.mock.calls).toEqual([[undefined], [{ ignoringBackoff: true }], [undefined]]);
    });
  }

  it('tries loading again on the next request when the runner could not be had', async () => {
    const db = openTestDatabase();
    await work['a draft waiting to be sent']!(db);
    const loaded = fakeRunner();
    const loadRunner = vi.fn<() => Promise<SyncRunner>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(loaded);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const runner = runnerWhenNeeded(db, loadRunner);
    await runner.syncNow();
    await runner.syncNow();
    quiet.mockRestore();
    expect(loadRunner).toHaveBeenCalledTimes(2);
    expect(loaded.syncNow).toHaveBeenCalledTimes(1);
  });

  it('once stopped, sends nothing and stops the runner it loaded', async () => {
    const db = openTestDatabase();
    await work['a draft waiting to be sent']!(db);
    const loaded = fakeRunner();
    const runner = runnerWhenNeeded(db, async () => loaded);
    await runner.syncNow();
    runner.stop();
    await runner.syncNow();
    await vi.waitFor(() => expect(loaded.stop).toHaveBeenCalledTimes(1));
    expect(loaded.syncNow).toHaveBeenCalledTimes(1);
  });
});
