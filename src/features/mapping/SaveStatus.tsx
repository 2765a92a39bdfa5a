import type { KompassDatabase } from '../../offline/db';
import { useT } from '../../i18n/use-t';
import { useDraftSyncState } from './use-draft-sync-state';
import { useWhen } from '../../i18n/use-when';

interface Props {
  db: KompassDatabase;
  draftId: string;
  saveFailed: boolean;
}

/** "Saved on this device" → "Sent at 14:05", announced politely to screen readers. */
export function SaveStatus({ db, draftId, saveFailed }: Props) {
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
  } else if (state?.kind === 'needs_attention') {
    text = t(state.reason === 'conflict' ? 'save.needsAttention.conflict' : 'save.needsAttention.rejected');
    tone = 'alert';
  } else if (state) {
    text = t('save.savedOnDevice');
  }

  return (
    <p className="save-status" data-tone={tone} role="status" data-testid="save-status">
      {text}
    </p>
  );
}
