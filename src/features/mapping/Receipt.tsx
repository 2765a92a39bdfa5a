import { Suspense, useEffect, useState } from 'react';
import type { MappingContent } from '../../domain/mapping';
import type { KompassDatabase } from '../../offline/db';
import { useT } from '../../i18n/use-t';
import { useDraftSyncState } from './use-draft-sync-state';
import { useWhen } from '../../i18n/use-when';
import { Speakable } from '../../ui/Speakable';
import { ReviewPage } from './ReviewPage';

interface Props {
  db: KompassDatabase;
  draftId: string;
  content: MappingContent & { submittedAt: string };
  /** "Done": the person leaves the device to the next one, who sees nothing of this mapping. */
  handOver?: () => void;
  /** Opens the person's rights screen: see what is stored, ask for correction or erasure, complain. */
  openRights?: () => void;
}

/** After submitting: when, whether it has reached the server yet, and what was sent. */
export function Receipt({ db, draftId, content, handOver, openRights }: Props) {
  const t = useT();
  const format = useWhen();
  const [showAnswers, setShowAnswers] = useState(false);
  const state = useDraftSyncState(db, draftId);
  // Just submitted: a screen reader starts on the receipt, not somewhere below it.
  useEffect(() => document.getElementById('receipt-title')?.focus(), []);
  const when = (iso: string) => ({ date: format.date(iso), time: format.time(iso) });

  return (
    <section className="part receipt" aria-labelledby="receipt-title">
      <Speakable id="receipt.title" as="h2" className="question-title" textProps={{ id: 'receipt-title', tabIndex: '-1' }} />
      <p>{t('receipt.submittedAt', when(content.submittedAt))}</p>
      <p className="receipt-state" role="status" data-testid="receipt-state" data-state={state?.kind}>
        {state?.kind === 'sent'
          ? t('receipt.sent', when(state.sentAt))
          : state?.kind === 'needs_attention'
            ? t('save.needsAttention.rejected')
            : t('receipt.waiting')}
      </p>
      <Speakable id="receipt.next" />
      {openRights && (
        <button type="button" className="button-large" onClick={openRights}>
          {t('rights.open')}
        </button>
      )}
      <button type="button" aria-expanded={showAnswers} onClick={() => setShowAnswers(!showAnswers)}>
        {t(showAnswers ? 'receipt.hideAnswers' : 'receipt.showAnswers')}
      </button>
      {showAnswers && (
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <ReviewPage content={content} />
        </Suspense>
      )}
      {handOver && (
        <div className="hand-over">
          <Speakable id="receipt.handOverHint" />
          <button type="button" className="button-primary" onClick={handOver}>
            {t('receipt.handOver')}
          </button>
        </div>
      )}
    </section>
  );
}
