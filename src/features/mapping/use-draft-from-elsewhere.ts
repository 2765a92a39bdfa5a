import { liveQuery } from 'dexie';
import { useEffect, useRef } from 'react';
import { canonicalJson } from '../../domain/canonical-json';
import type { MappingContent } from '../../domain/mapping';
import { readDraft } from '../../offline/draft-repository';
import { DraftLockedError } from '../../offline/unlocked-keys';
import type { KompassDatabase } from '../../offline/db';
import type { createDraftSaver } from '../../offline/draft-saver';

/**
 * Shows what another writer stored in this draft — a merge with the copy from another device,
 * or another tab — once this screen has nothing of its own on the way to storage. (Changes made
 * on this screen meanwhile are applied to the stored draft by the saver, so nothing is lost.)
 */
export function useDraftFromElsewhere(
  db: KompassDatabase,
  draftId: string,
  saver: ReturnType<typeof createDraftSaver>,
  onScreen: MappingContent,
  show: (content: MappingContent) => void,
): void {
  const shown = useRef(onScreen);
  useEffect(() => {
    shown.current = onScreen;
  }, [onScreen]);
  useEffect(() => {
    const subscription = liveQuery(() => readDraft(db, draftId)).subscribe({
      next: (draft) => {
        // Its own writes are not news to the screen (and an answer still being typed, such
        // as a year out of range, must not be replaced by its restored form).
        if (!draft || saver.writing() || saver.wroteLast(draft.revision) || saver.isBehind(draft.revision)) return;
        const stored = draft.content;
        if (canonicalJson(stored) === canonicalJson(shown.current)) return;
        saver.tookIn({ revision: draft.revision, content: stored });
        show(stored);
      },
      error: (error: unknown) => {
        // The session was locked under the screen: the code screen takes over.
        if (!(error instanceof DraftLockedError)) console.error('Kompass: following the draft failed', error);
      },
    });
    return () => subscription.unsubscribe();
  }, [db, draftId, saver, show]);
}
