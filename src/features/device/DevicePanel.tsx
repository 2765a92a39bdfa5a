import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { deviceDrafts, type DeviceDraft } from '../../domain/device-drafts';
import type { KompassDatabase } from '../../offline/db';
import { draftFile } from '../../offline/draft-file';
import { draftsOnDevice } from '../../offline/draft-repository';
import { storageState, type StorageState } from '../../offline/device-storage';
import { requestSync } from '../../offline/sync-requests';
import { senderStateOf } from '../../offline/participant-logins';
import { useLocaleChoice } from '../../i18n/LocaleProvider';
import { isolated } from '../../i18n/isolate';
import { syncStateMessage } from '../../i18n/sync-state-message';
import { useT } from '../../i18n/use-t';
import { useWhen } from '../../i18n/use-when';
import { downloadTextFile } from '../../ui/download';
import { useOnline } from '../../ui/use-online';

interface Props {
  db: KompassDatabase;
  inMemory: boolean;
  close: () => void;
}

/**
 * For the guide: everything this phone or tablet holds — how safe its storage is, whether it
 * is online, and every draft with its sync state — with "send now" and "save as a file".
 */
export function DevicePanel({ db, inMemory, close }: Props) {
  const t = useT();
  const { locale } = useLocaleChoice();
  const online = useOnline();
  const storage = useStorageState(inMemory);
  const drafts = useLiveQuery(async () => {
    const stored = await Promise.all((await draftsOnDevice(db, new Date())).map(async (draft) => ({ ...draft, sender: await senderStateOf(db, draft) })));
    return deviceDrafts(stored, await db.outbox.toArray(), Date.now());
  }, [db]);

  useEffect(() => document.getElementById('device-title')?.focus(), []);

  return (
    <section className="part device-panel" aria-labelledby="device-title">
      <h2 id="device-title" className="question-title" tabIndex={-1}>
        {t('device.title')}
      </h2>
      <ul className="device-facts">
        {storage && <li data-testid="device-storage">{t(`device.storage.${storage.promise === 'best_effort' ? 'bestEffort' : storage.promise}`)}</li>}
        {storage?.usage != null && storage.quota != null && <li>{t('device.storage.usage', { used: megabytes(locale, storage.usage), quota: megabytes(locale, storage.quota) })}</li>}
        <li data-testid="device-online">{t(online ? 'device.online' : 'device.offline')}</li>
      </ul>
      <button type="button" className="button-primary" onClick={() => requestSync({ ignoringBackoff: true })}>
        {t('device.sendNow')}
      </button>
      {drafts && (
        <>
          <h3>{t('device.drafts', { count: drafts.length })}</h3>
          <ul className="device-drafts" data-testid="device-drafts">
            {drafts.map((draft) => (
              <DraftLine key={draft.id} db={db} draft={draft} />
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={close}>
        {t('device.back')}
      </button>
    </section>
  );
}

function DraftLine({ db, draft }: { db: KompassDatabase; draft: DeviceDraft }) {
  const t = useT();
  const when = useWhen();
  const { state } = draft;
  const stateText =
    state.kind === 'sent'
      ? t('receipt.sent', { date: when.date(state.sentAt), time: when.time(state.sentAt) })
      : t(syncStateMessage(state));

  async function exportDraft() {
    const file = await draftFile(db, draft.id);
    if (file) downloadTextFile(file);
  }

  return (
    <li className="device-draft" data-state={state.kind} data-draft-id={draft.id}>
      <strong>{t('device.draft.title', { date: when.date(draft.createdAt) })}</strong>
      <span>{t('device.draft.changed', { date: when.date(draft.updatedAt), time: when.time(draft.updatedAt) })}</span>
      {draft.locked ? <span>{t('device.draft.locked')}</span> : <span>{t(draft.submitted ? 'device.draft.submitted' : 'device.draft.notSubmitted')}</span>}
      <span className="device-draft-state" data-tone={state.kind === 'needs_attention' ? 'alert' : state.kind === 'sent' ? 'done' : 'neutral'}>
        {stateText}
      </span>
      {state.kind === 'needs_attention' && <span className="reason-for-guide">{t('save.reasonForGuide', { reason: isolated(state.message) })}</span>}
      {draft.conflicts > 0 && <span className="alert">{t('device.draft.conflicts', { count: draft.conflicts })}</span>}
      {!draft.locked && (
        <button type="button" onClick={() => void exportDraft()}>
          {t('save.exportCopy')}
        </button>
      )}
    </li>
  );
}

function useStorageState(inMemory: boolean): StorageState | null {
  const [state, setState] = useState<StorageState | null>(null);
  useEffect(() => {
    void storageState(inMemory).then(setState);
  }, [inMemory]);
  return state;
}

function megabytes(locale: string, bytes: number): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);
}
