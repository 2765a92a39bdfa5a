import { useEffect, useMemo, useState } from 'react';
import type { DraftOwner } from '../../domain/draft';
import type { MappingContent } from '../../domain/mapping';
import type { KompassDatabase } from '../../offline/db';
import { createDraftSaver } from '../../offline/draft-saver';
import { beforeReload } from '../../offline/before-reload';

/**
 * Saves every change to the device as it happens, and makes sure the last one lands when
 * the page is hidden or closed. `saveFailed` tells the person when the device refused.
 */
export function useDraftAutosave(db: KompassDatabase, draftId: string, opened: { revision: number; content: MappingContent; owner?: DraftOwner }) {
  const [saveFailed, setSaveFailed] = useState(false);
  const saver = useMemo(
    () =>
      createDraftSaver(db, draftId, opened, {
        saved: () => setSaveFailed(false),
        failed: (error) => {
          console.error('Kompass: saving the draft on this device failed', error);
          setSaveFailed(true);
        },
      }),
    [db, draftId, opened],
  );

  useEffect(() => {
    // Leaving (or hidden, which on a phone may be the last moment): a write still under way
    // may be aborted by the browser, so its change is parked synchronously.
    const leave = () => {
      saver.parkUnwritten();
      void saver.flush();
    };
    const onVisibilityChange = () => document.visibilityState === 'hidden' && leave();
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', onVisibilityChange);
    const unregister = beforeReload(() => saver.flush());
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', onVisibilityChange);
      unregister();
      leave();
    };
  }, [saver]);

  return { saver, saveFailed };
}
