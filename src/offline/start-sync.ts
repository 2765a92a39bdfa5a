import type { KompassDatabase } from './db';
import type { SyncRunner } from './sync-runner';
import { startSyncTriggers } from './sync-triggers';
import { hasSyncWork } from './sync-work';

/**
 * Starts sending this device's drafts. Loaded after the first screen (its own chunk), so a
 * phone on a slow line shows the language choice before anything of sync runs.
 */
export function startSync(db: KompassDatabase, origin: string): void {
  const loadRunner = () => import('./draft-sync').then(({ createDraftSyncRunner }) => createDraftSyncRunner(db, origin));
  startSyncTriggers(runnerWhenNeeded(db, loadRunner), db);
}

/**
 * A runner that loads the real one (and the mapping's schemas it brings: a long task on a cheap
 * phone) the first time there is something for it to do, and hands every request on from then.
 */
export function runnerWhenNeeded(db: KompassDatabase, loadRunner: () => Promise<SyncRunner>): SyncRunner {
  let runner: Promise<SyncRunner> | null = null;
  let stopped = false;
  return {
    async syncNow(options) {
      let loaded: SyncRunner;
      try {
        if (stopped || (runner === null && !(await hasSyncWork(db)))) return;
        runner ??= loadRunner();
        loaded = await runner;
      } catch (error) {
        // Most likely the chunk could not be had (offline before it was cached): the next
        // request loads it again, and nothing on the device has been touched.
        runner = null;
        console.error('Kompass: sync could not start', error);
        return;
      }
      // The runner reports its own failures; once loaded, it is the only one.
      if (!stopped) await loaded.syncNow(options);
    },
    stop() {
      stopped = true;
      void runner?.then((loaded) => loaded.stop()).catch(() => undefined);
    },
  };
}
