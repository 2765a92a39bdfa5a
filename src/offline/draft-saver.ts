import type { MappingContent } from '../domain/mapping';
import { createAutosaver } from './autosaver';
import type { KompassDatabase } from './db';
import { saveDraftContent } from './draft-repository';
import { clearUnsavedChange, parkUnsavedChange } from './unsaved-journal';

/**
 * One draft's autosave: every change written at once, and — when the page is being left —
 * what is not written yet parked in the unsaved-change journal, with the highest revision it
 * can have become (so a later save from another tab is never overwritten by it).
 */
export function createDraftSaver(
  db: KompassDatabase,
  draftId: string,
  openedRevision: number,
  report: { saved: () => void; failed: (error: unknown) => void },
) {
  let lastRevision = openedRevision;
  let parked = false;
  const autosaver = createAutosaver<MappingContent>(
    async (content) => {
      lastRevision = Math.max(lastRevision, await saveDraftContent(db, draftId, content, new Date()));
      report.saved();
    },
    report.failed,
    // Everything is in IndexedDB: a change parked on the way out is no longer needed. (Only
    // then is storage touched, not after every keystroke.)
    () => {
      if (!parked) return;
      clearUnsavedChange();
      parked = false;
    },
  );
  return {
    save: autosaver.save,
    flush: autosaver.flush,
    parkUnwritten(): void {
      const unsettled = autosaver.unsettled();
      if (unsettled === null) return;
      parkUnsavedChange({ draftId, content: unsettled, upToRevision: lastRevision + autosaver.pendingCount() });
      parked = true;
    },
  };
}
