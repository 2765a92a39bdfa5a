import { useCallback, useEffect, useState } from 'react';
import { directionOf, type AppLocale } from '../../domain/app-locales';
import type { PersonRecord } from '../../domain/workspace-api';
import { useLocaleChoice } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/use-t';
import { useWhen } from '../../i18n/use-when';
import { usePerson } from './api/get-person';
import { LoadFailure } from './LoadFailure';
import { PersonFacts } from './PersonFacts';
import { ProfileColumn } from './ProfileColumn';
import { workspaceHref } from './routes';
import './records.css';

/** The whole mapping for print (A4 landscape): in Norwegian and in the person's language, side by side. */
export function PrintableProfile({ personId }: { personId: string }) {
  const t = useT();
  const person = usePerson(personId, 'print');
  return (
    <div className="records printable-profile">
      <p className="print-hidden">
        <a href={workspaceHref.person(personId)}>{t('profile.back')}</a>
      </p>
      <h1 tabIndex={-1}>
        {person.data?.person.name ?? t('profile.title')}
      </h1>
      {person.isPending ? (
        <p role="status">{t('person.loading')}</p>
      ) : person.data ? (
        <Profile record={person.data} />
      ) : (
        <LoadFailure error={person.error} retry={() => void person.refetch()} />
      )}
    </div>
  );
}

const norwegian: AppLocale = 'nb';

function Profile({ record }: { record: PersonRecord }) {
  const t = useT();
  const when = useWhen();
  const { locale: pageLocale } = useLocaleChoice();
  const personLocale = record.mapping?.content.language ?? norwegian;
  const locales: AppLocale[] = personLocale === norwegian ? [norwegian] : [norwegian, personLocale];
  const [ready, setReady] = useState<ReadonlySet<AppLocale>>(new Set());
  const markReady = useCallback((locale: AppLocale) => setReady((before) => new Set(before).add(locale)), []);
  const latestCheck = record.qualityAssurances.at(-1);

  // Each column's LocaleProvider sets the document's language as it loads; the page itself stays
  // in the staff member's (this runs after the column's provider has set its own).
  useEffect(() => {
    document.documentElement.lang = pageLocale;
    document.documentElement.dir = directionOf(pageLocale);
  }, [pageLocale, ready]);

  return (
    <>
      <div className="profile-header">
        <PersonFacts record={record} />
        <p>
          {latestCheck
            ? t('person.quality.entry', {
                name: latestCheck.by.name,
                date: when.date(latestCheck.at),
                time: when.time(latestCheck.at),
                revision: latestCheck.revision,
              })
            : t('profile.notQualityAssured')}
        </p>
        <p>{t('profile.printedOn', { date: when.date(new Date().toISOString()) })}</p>
        <button
          type="button"
          className="button-primary print-hidden"
          disabled={!locales.every((locale) => ready.has(locale))}
          onClick={() => window.print()}
        >
          {t('profile.print')}
        </button>
      </div>
      <div className="profile-columns" data-columns={locales.length}>
        {locales.map((locale) => (
          <ProfileColumn key={locale} locale={locale} record={record} ready={ready.has(locale)} markReady={markReady} />
        ))}
      </div>
    </>
  );
}
