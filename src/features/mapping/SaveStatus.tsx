import type { KompassDatabase } from '../../offline/db';
import { requestSync } from '../../offline/sync-requests';
import { isolated } from '../../i18n/isolate';
import { useT } from '../../i18n/use-t';
import { useSyncPaused } from '../../offline/use-sync-paused';
import { useDraftSyncState } from './use-draft-sync-state';
import { useWhen } from '../../i18n/use-when';

interface Props {
  db: KompassDatabase;
  draftId: string;
  saveFailed: boolean;
  /** Nothing outlives this page (no IndexedDB): said instead of "saved on this device". */
  inMemory?: boolean;
  /** Saves what is on screen as a file: the way out when the device or the server will not keep it. */
  exportCopy: () => void;
}

/**
 * "Saved on this device" → "Sending …" → "Sent at 14:05", announced politely to screen readers;
 * when something stands in the way, what it is and what can be done.
 */
export function SaveStatus({ db, draftId, saveFailed, inMemory = false, exportCopy }: Props) {
  const t = useT();
  const when = useWhen();
  const state = useDraftSyncState(db, draftId);
  const paused = useSyncPaused(db);

  let text = '';
  let tone = 'neutral';
  if (saveFailed) {
    text = t('save.failed');
    tone = 'alert';
  } else if (state?.kind === 'needs_attention') {
    text = t('save.needsAttention.rejected');
    tone = 'alert';
  } else if (paused && state?.kind !== 'sent') {
    text = t('save.paused');
    tone = 'alert';
  } else if (state?.kind === 'sent') {
    text = t('save.sent', { time: when.time(state.sentAt) });
    tone = 'done';
  } else if (state?.kind === 'sending') {
    text = t('save.sending');
  } else if (state) {
    text = t(inMemory ? 'save.inThisPageOnly' : 'save.savedOnDevice');
  }

  return (
    <div className="save-status" data-tone={tone}>
      <p role="status" data-testid="save-status">
        {text}
      </p>
      {state?.kind === 'needs_attention' && !saveFailed && <p className="reason-for-guide">{t('save.reasonForGuide', { reason: isolated(state.message) })}</p>}
      {paused && !saveFailed && state?.kind !== 'sent' && state?.kind !== 'needs_attention' && (
        <button type="button" onClick={() => requestSync({ resume: true, ignoringBackoff: true })}>
          {t('save.tryAgain')}
        </button>
      )}
      {(saveFailed || state?.kind === 'needs_attention') && (
        <button type="button" onClick={exportCopy}>
          {t('save.exportCopy')}
        </button>
      )}
    </div>
  );
}
