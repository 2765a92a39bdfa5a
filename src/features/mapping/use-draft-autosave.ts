import { useEffect, useMemo, useState } from 'react';
import type { MappingContent } from '../../domain/mapping';
import { createAutosaver } from '../../offline/autosaver';
import type { KompassDatabase } from '../../offline/db';
import { saveDraftContent } from '../../offline/draft-repository';
import { registerPendingSave } from '../../offline/pending-saves';

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
      ),
    [db, draftId],
  );

  useEffect(() => {
    const flush = () => void autosaver.flush();
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
  }, [autosaver]);

  return { save: autosaver.save, saveFailed };
}
