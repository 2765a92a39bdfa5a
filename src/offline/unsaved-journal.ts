/**
 * The last change that had not reached IndexedDB when the page was hidden or left. Browsers
 * abort IndexedDB writes that are still under way when a page is torn down, but
 * localStorage writes synchronously, so the change is parked here on `pagehide` and put
 * into the draft when the app next opens. Cleared as soon as the writes have landed.
 */
const key = 'kompass.unsaved';

interface UnsavedChange {
  draftId: string;
  content: unknown;
  /**
   * The highest revision the parked change can have become: the tab's last written revision
   * plus the writes it had under way. A draft already past it was saved later by another
   * tab, and the parked change is older than what is stored.
   */
  upToRevision: number | null;
}

export function parkUnsavedChange(change: UnsavedChange): void {
  try {
    localStorage.setItem(key, JSON.stringify(change));
  } catch (error) {
    // Storage full or blocked: nothing more can be done synchronously at this moment.
    console.error('Kompass: could not park an unsaved change', error);
  }
}

export function takeUnsavedChange(): UnsavedChange | null {
  try {
    const text = localStorage.getItem(key);
    if (text === null) return null;
    const parsed = JSON.parse(text) as Partial<UnsavedChange> | null;
    if (!parsed || typeof parsed.draftId !== 'string') return null;
    const upToRevision = typeof parsed.upToRevision === 'number' ? parsed.upToRevision : null;
    return { draftId: parsed.draftId, content: parsed.content, upToRevision };
  } catch {
    return null;
  }
}

export function clearUnsavedChange(): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing parked can be read back either, then.
  }
}
