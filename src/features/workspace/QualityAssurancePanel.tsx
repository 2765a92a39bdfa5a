import type { PersonRecord } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';
import { useWhen } from '../../i18n/use-when';
import { useQualityAssure } from './api/quality-assure';
import { useApiErrorText } from './use-api-error-text';

/** The guide checks a submitted mapping and marks it; each check is kept, with the version it was of. */
export function QualityAssurancePanel({ record }: { record: PersonRecord }) {
  const t = useT();
  const when = useWhen();
  const errorText = useApiErrorText();
  const assure = useQualityAssure(record.person.id);
  const status = record.person.mappingStatus;
  const latest = record.qualityAssurances.at(-1);

  return (
    <section aria-labelledby="quality-title" className="records-panel">
      <h2 id="quality-title">{t('person.quality.title')}</h2>
      {status === 'quality_assured' ? (
        <p className="quality-done">
          <span aria-hidden="true">✓ </span>
          {t('person.quality.done', { revision: latest?.revision ?? 0 })}
        </p>
      ) : status === 'submitted' ? (
        <>
          {latest && <p>{t('person.quality.changedSince')}</p>}
          <button type="button" className="button-primary" disabled={assure.isPending} onClick={() => assure.mutate()}>
            {t('person.quality.mark')}
          </button>
        </>
      ) : (
        <p>{t('person.quality.notYet')}</p>
      )}
      {assure.isError && (
        <p className="notice notice-alert" role="alert">
          {errorText(assure.error)}
        </p>
      )}
      {record.qualityAssurances.length > 0 && (
        <ul className="history">
          {record.qualityAssurances.map((check) => (
            <li key={`${check.revision}-${check.at}`}>
              {t('person.quality.entry', { name: check.by.name, date: when.date(check.at), time: when.time(check.at), revision: check.revision })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
