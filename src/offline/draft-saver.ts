import type { DraftOwner } from '../domain/draft';
import type { MappingContent } from '../domain/mapping';
import { createAutosaver } from './autosaver';
import type { KompassDatabase } from './db';
import { saveDraftContent, type DraftWriter, type SealedAhead } from './draft-repository';
import { seal } from './login-keys';
import { keyOf } from './unlocked-keys';
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
  opened: { revision: number; content: MappingContent; owner?: DraftOwner },
  report: { saved: () => void; failed: (error: unknown) => void },
) {
  const writer: DraftWriter = { lastSent: opened.content, lastRevision: opened.revision };
  let lastRevision = opened.revision;
  let parked = false;
  // A participant's change is sealed as it is made, while the screen renders it: its write then
  // need not wait on WebCrypto inside the transaction, and sealing cannot wait for `pagehide`
  // either — the newest change sealed is what gets parked.
  const owner = opened.owner?.kind === 'participant' ? opened.owner : null;
  const key = owner && keyOf(db, owner.loginId);
  let sealedAhead: SealedAhead | null = null;
  function sealAhead(content: MappingContent): Promise<SealedAhead | null> {
    if (!owner || !key) return Promise.resolve(null);
    const sealing = key.then(async (found) => found && { content, loginId: owner.loginId, sealed: await seal(found, content, draftId) });
    // If sealing ahead fails, the write seals inside its transaction (and reports what fails there).
    return sealing.then(
      (ahead) => {
        if (ahead && content === autosaver.unsettled()?.content) sealedAhead = ahead;
        return ahead;
      },
      () => null,
    );
  }
  const autosaver = createAutosaver<{ content: MappingContent; sealed: Promise<SealedAhead | null> }>(
    async ({ content, sealed }) => {
      const saved = await saveDraftContent(db, draftId, content, new Date(), writer, sealed);
      lastRevision = Math.max(lastRevision, saved.revision);
      report.saved();
    },
    report.failed,
    // Everything is in IndexedDB: a change parked on the way out is no longer needed. (Only
    // then is storage touched, not after every keystroke.)
    () => {
      if (!parked) return;
      clearUnsavedChange(draftId);
      parked = false;
    },
  );
  return {
    save(content: MappingContent): void {
      autosaver.save({ content, sealed: sealAhead(content) });
    },
    flush: autosaver.flush,
    /** True while a change of this screen is still on its way to storage. */
    writing: () => autosaver.pendingCount() > 0,
    /** True when that stored revision holds exactly what this screen last wrote. */
    wroteLast: (revision: number) => writer.lastRevision === revision,
    /**
     * True when the screen has written or taken in a revision this new already: a read of the
     * draft that started before the screen's last write (opening a sealed draft takes a moment)
     * may arrive after it, and must not take the screen back.
     */
    isBehind: (revision: number) => revision < lastRevision,
    /** The screen now shows what another writer stored; its next changes build on that. */
    tookIn(stored: { revision: number; content: MappingContent }): void {
      writer.lastSent = stored.content;
      writer.lastRevision = stored.revision;
      lastRevision = Math.max(lastRevision, stored.revision);
    },
    parkUnwritten(): void {
      const unsettled = autosaver.unsettled()?.content;
      if (unsettled === undefined) return;
      const upToRevision = lastRevision + autosaver.pendingCount();
      if (key === null) parkUnsavedChange({ draftId, content: unsettled, upToRevision });
      // Only the very change not yet written, sealed: at worst a keystroke of the last
      // millisecond is missing — never the answers in the clear, never an older copy.
      else if (sealedAhead?.content === unsettled) parkUnsavedChange({ draftId, sealed: sealedAhead.sealed, upToRevision });
      else return;
      parked = true;
    },
  };
}
