import type { KompassDatabase } from '../../offline/db';
import { isolated } from '../../i18n/isolate';
import { syncStateMessage } from '../../i18n/sync-state-message';
import { useT } from '../../i18n/use-t';
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
  /** Opens the screen where the person types their login code (when it is missing or was refused). */
  enterCode: () => void;
}

/**
 * "Saved on this device" → "Sending …" → "Sent at 14:05", announced politely to screen readers;
 * when something stands in the way, what it is and what can be done.
 */
export function SaveStatus({ db, draftId, saveFailed, inMemory = false, exportCopy, enterCode }: Props) {
  const t = useT();
  const when = useWhen();
  const state = useDraftSyncState(db, draftId);

  let text = '';
  let tone = 'neutral';
  if (saveFailed) {
    text = t('save.failed');
    tone = 'alert';
  } else if (state?.kind === 'sent') {
    text = t('save.sent', { time: when.time(state.sentAt) });
    tone = 'done';
  } else if (state?.kind === 'saved_on_device' && inMemory) {
    text = t('save.inThisPageOnly');
  } else if (state) {
    text = t(syncStateMessage(state));
    if (state.kind === 'needs_attention' || (state.kind === 'waiting_for_login' && state.codeRefused)) tone = 'alert';
  }
  const askForCode = !saveFailed && state?.kind === 'waiting_for_login' && state.who === 'participant';

  return (
    <div className="save-status" data-tone={tone}>
      <p role="status" data-testid="save-status">
        {text}
      </p>
      {state?.kind === 'needs_attention' && !saveFailed && <p className="reason-for-guide">{t('save.reasonForGuide', { reason: isolated(state.message) })}</p>}
      {askForCode && (
        <button type="button" onClick={enterCode}>
          {t('save.enterCode')}
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
