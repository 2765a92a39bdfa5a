import { useT } from '../../i18n/use-t';
import { usePersonData } from './api/get-person-data';
import { LoadFailure } from './LoadFailure';
import { usePersonDataView } from './person-data-view';
import { workspaceHref } from './routes';
import './records.css';

/** Everything registered about the person, for print (art. 15): as the person sees it, so it can be handed to them. */
export function PersonDataPage({ personId }: { personId: string }) {
  const t = useT();
  const data = usePersonData(personId);
  const renderPersonData = usePersonDataView();
  return (
    <div className="records person-data-print">
      <p className="print-hidden">
        <a href={workspaceHref.person(personId)}>{t('person.privacy.back')}</a>
      </p>
      <h1 tabIndex={-1}>{data.data ? t('person.privacy.printTitle', { name: data.data.person.name }) : t('person.title')}</h1>
      <p>{t('person.privacy.printIntro')}</p>
      {data.isPending ? (
        <p role="status">{t('person.loading')}</p>
      ) : data.isError ? (
        <LoadFailure error={data.error} retry={() => void data.refetch()} />
      ) : (
        <>
          <button type="button" className="button-primary print-hidden" onClick={() => window.print()}>
            {t('profile.print')}
          </button>
          {renderPersonData(data.data)}
        </>
      )}
    </div>
  );
}
