import type { ParkedContent } from './draft-repository';

/**
 * The last change that had not reached IndexedDB when the page was hidden or left. Browsers
 * abort IndexedDB writes that are still under way when a page is torn down, but
 * localStorage writes synchronously, so the change is parked here on `pagehide` and put
 * into the draft when the app next opens. Cleared as soon as the writes have landed.
 * One entry per draft, so one person's parked change never takes the place of another's; a
 * participant's change is parked sealed with their key (WebCrypto cannot encrypt inside
 * `pagehide`, so the screen seals each change ahead, as it is made).
 */
const prefix = 'kompass.unsaved.';

type UnsavedChange = ParkedContent & {
  draftId: string;
  /**
   * The highest revision the parked change can have become: the tab's last written revision
   * plus the writes it had under way. A draft already past it was saved later by another
   * tab, and the parked change is older than what is stored.
   */
  upToRevision: number | null;
};

export function parkUnsavedChange(change: UnsavedChange): void {
  try {
    localStorage.setItem(prefix + change.draftId, JSON.stringify(change));
  } catch (error) {
    // Storage full or blocked: nothing more can be done synchronously at this moment.
    console.error('Kompass: could not park an unsaved change', error);
  }
}

export function takeUnsavedChange(draftId: string): UnsavedChange | null {
  try {
    const text = localStorage.getItem(prefix + draftId);
    if (text === null) return null;
    const parsed = JSON.parse(text) as { upToRevision?: unknown; content?: unknown; sealed?: { iv?: unknown; data?: unknown } } | null;
    if (!parsed || typeof parsed !== 'object') return null;
    const upToRevision = typeof parsed.upToRevision === 'number' ? parsed.upToRevision : null;
    const sealed = parsed.sealed;
    if (sealed && typeof sealed.iv === 'string' && typeof sealed.data === 'string') {
      return { draftId, upToRevision, sealed: { iv: sealed.iv, data: sealed.data } };
    }
    return 'content' in parsed ? { draftId, upToRevision, content: parsed.content } : null;
  } catch {
    return null;
  }
}

export function clearUnsavedChange(draftId: string): void {
  try {
    localStorage.removeItem(prefix + draftId);
  } catch {
    // Nothing parked can be read back either, then.
  }
}
