import { useEffect } from 'react';
import { appLocales, directionOf, type AppLocale } from '../../domain/app-locales';
import type { PersonRecord } from '../../domain/workspace-api';
import { LocaleProvider } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/use-t';
import { AdvisorNoteView } from './AdvisorNoteView';
import { useAnswersView } from './answers-view';
import { PartRemarks } from './PartRemarks';

interface Props {
  locale: AppLocale;
  record: PersonRecord;
  /** Whether this column's language has loaded; until then the page says it is on its way. */
  ready: boolean;
  markReady: (locale: AppLocale) => void;
}

/** The whole mapping in one language, with the staff's remarks and note as they wrote them (in Norwegian). */
export function ProfileColumn({ locale, record, ready, markReady }: Props) {
  const t = useT();
  const { endonym } = appLocales.find((candidate) => candidate.code === locale)!;
  return (
    <section className="profile-column" lang={locale} dir={directionOf(locale)} aria-label={endonym}>
      {!ready && (
        <p role="status" lang="nb" dir="ltr">
          {t('profile.loadingLanguage')}
        </p>
      )}
      <LocaleProvider initialLocale={locale}>
        <ColumnContent locale={locale} record={record} markReady={markReady} />
      </LocaleProvider>
    </section>
  );
}

function ColumnContent({ locale, record, markReady }: Omit<Props, 'ready'>) {
  const t = useT();
  const renderAnswers = useAnswersView();
  const inNorwegianNote = locale !== 'nb';
  const note = record.advisorNotes.at(-1);
  useEffect(() => markReady(locale), [markReady, locale]);
  return (
    <>
      <h2>{appLocales.find((candidate) => candidate.code === locale)!.endonym}</h2>
      {record.mapping === null ? (
        <p className="not-answered">{t('person.mapping.none')}</p>
      ) : (
        renderAnswers(record.mapping.content, (part) => (
          <PartRemarks part={part} remarks={record.remarks.filter((remark) => remark.part === part)} inNorwegianNote={inNorwegianNote} />
        ))
      )}
      {note && <AdvisorNoteView note={note} inForce inNorwegianNote={inNorwegianNote} />}
    </>
  );
}
