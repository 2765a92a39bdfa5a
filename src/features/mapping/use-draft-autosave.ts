import { useEffect, useMemo, useState } from 'react';
import type { MappingContent } from '../../domain/mapping';
import { createAutosaver } from '../../offline/autosaver';
import type { KompassDatabase } from '../../offline/db';
import { saveDraftContent } from '../../offline/draft-repository';
import { registerPendingSave } from '../../offline/pending-saves';
import { clearUnsavedChange, parkUnsavedChange } from '../../offline/unsaved-journal';

/**
 * Saves every change to the device as it happens, and makes sure the last one lands when
 * the page is hidden or closed. `saveFailed` tells the person when the device refused.
 */
export function useDraftAutosave(db: KompassDatabase, draftId: string) {
  const [saveFailed, setSaveFailed] = useState(false);
  const autosaver = useMemo(
    () =>
      createAutosaver<MappingContent>(
        async (content) => {
          await saveDraftContent(db, draftId, content, new Date());
          setSaveFailed(false);
        },
        (error) => {
          console.error('Kompass: saving the draft on this device failed', error);
          setSaveFailed(true);
        },
        // Everything is in IndexedDB: a change parked on the way out is no longer needed.
        clearUnsavedChange,
      ),
    [db, draftId],
  );

  useEffect(() => {
    // Leaving (or hidden, which on a phone may be the last moment): a write still under way
    // may be aborted, so its change is parked synchronously.
    const park = () => {
      const unsettled = autosaver.unsettled();
      if (unsettled !== null) parkUnsavedChange({ draftId, content: unsettled });
    };
    const flush = () => {
      park();
      void autosaver.flush();
    };
    const onVisibilityChange = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibilityChange);
    const unregister = registerPendingSave(() => autosaver.flush());
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibilityChange);
      unregister();
      flush();
    };
  }, [autosaver, draftId]);

  return { save: autosaver.save, saveFailed };
}
