import { useId, useState } from 'react';
import { flushSync } from 'react-dom';
import { personDataFile } from '../../domain/person-data-file';
import { useT } from '../../i18n/use-t';
import { downloadTextFile } from '../../ui/download';
import { Speakable } from '../../ui/Speakable';
import { useMyData } from './api/get-my-data';
import { PersonDataView, type RenderAnswers } from './PersonDataView';

/** Everything registered about the person: shown on request, saved as a file, or printed. */
export function MyData({ renderAnswers }: { renderAnswers: RenderAnswers }) {
  const t = useT();
  const data = useMyData();
  const [shown, setShown] = useState(false);
  const viewId = useId();

  if (data.isPending) return <p role="status">{t('app.loading')}</p>;
  if (data.isError) {
    return (
      <div className="notice">
        <Speakable id="rights.noAnswer" />
        <button type="button" onClick={() => void data.refetch()}>
          {t('rights.retry')}
        </button>
      </div>
    );
  }
  return (
    <>
      <div className="rights-actions print-hidden">
        <button type="button" aria-expanded={shown} aria-controls={viewId} onClick={() => setShown(!shown)}>
          {t(shown ? 'rights.data.hide' : 'rights.data.show')}
        </button>
        <button type="button" onClick={() => downloadTextFile(personDataFile(data.data, 'own'))}>
          {t('rights.data.download')}
        </button>
        <button
          type="button"
          onClick={() => {
            // The view is on the page before the browser lays out what it prints.
            flushSync(() => setShown(true));
            window.print();
          }}
        >
          {t('rights.data.print')}
        </button>
      </div>
      <div id={viewId} className="person-data-print">{shown && <PersonDataView data={data.data} renderAnswers={renderAnswers} heading="h4" />}</div>
    </>
  );
}
