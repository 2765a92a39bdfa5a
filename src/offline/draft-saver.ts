import type { MappingContent } from '../domain/mapping';
import { createAutosaver } from './autosaver';
import type { KompassDatabase } from './db';
import { saveDraftContent, type DraftWriter } from './draft-repository';
import { clearUnsavedChange, parkUnsavedChange } from './unsaved-journal';

/**
 * One screen's autosave of one draft: every change written at once, and — when the page is
 * being left — what is not written yet parked in the unsaved-change journal, with the highest
 * revision it can have become (so a later save from another tab is never overwritten by it).
 * If the draft was changed from elsewhere meanwhile (a merge with another device's copy), only
 * the screen's changes are applied to it, never the whole screen written over it.
 */
export function createDraftSaver(
  db: KompassDatabase,
  draftId: string,
  opened: { revision: number; content: MappingContent },
  report: { saved: () => void; failed: (error: unknown) => void },
) {
  const writer: DraftWriter = { lastSent: opened.content, lastRevision: opened.revision };
  let lastRevision = opened.revision;
  let parked = false;
  const autosaver = createAutosaver<MappingContent>(
    async (content) => {
      const saved = await saveDraftContent(db, draftId, content, new Date(), writer);
      lastRevision = Math.max(lastRevision, saved.revision);
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
    /** True while a change of this screen is still on its way to storage. */
    writing: () => autosaver.pendingCount() > 0,
    /** True when that stored revision holds exactly what this screen last wrote. */
    wroteLast: (revision: number) => writer.lastRevision === revision,
    /** The screen now shows what another writer stored; its next changes build on that. */
    tookIn(stored: { revision: number; content: MappingContent }): void {
      writer.lastSent = stored.content;
      writer.lastRevision = stored.revision;
    },
    parkUnwritten(): void {
      const unsettled = autosaver.unsettled();
      if (unsettled === null) return;
      parkUnsavedChange({ draftId, content: unsettled, upToRevision: lastRevision + autosaver.pendingCount() });
      parked = true;
    },
  };
}
