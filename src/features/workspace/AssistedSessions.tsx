import { appLocales } from '../../domain/app-locales';
import type { PersonRecord } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';
import { useWhen } from '../../i18n/use-when';
import { useStartAssisted } from './assisted-start';

interface Props {
  record: PersonRecord;
  /** Guides start a session on this tablet; advisors only read the history. */
  asGuide: boolean;
}

/** Sessions where a guide helped the person fill in, in which language, and with or without an interpreter. */
export function AssistedSessions({ record, asGuide }: Props) {
  const t = useT();
  const when = useWhen();
  const sessions = record.assistedSessions;
  const startAssisted = useStartAssisted();
  return (
    <section aria-labelledby="assisted-title" className="records-panel">
      <h2 id="assisted-title">{t('person.assisted.title')}</h2>
      {asGuide && startAssisted && (
        <p>
          <button type="button" className="button-primary" onClick={() => void startAssisted(record)}>
            {t('person.assisted.start')}
          </button>
        </p>
      )}
      {sessions.length === 0 ? (
        <p className="not-answered">{t('person.assisted.none')}</p>
      ) : (
        <ul className="history">
          {sessions.map((session, index) => {
            const language = appLocales.find((locale) => locale.code === session.language)!;
            return (
              <li key={`${session.startedAt}-${index}`}>
                {t('person.assisted.entry', {
                  date: when.date(session.startedAt),
                  from: when.time(session.startedAt),
                  to: when.time(session.finishedAt),
                  name: session.guide.name,
                })}{' '}
                <span lang={language.code} dir={language.direction}>
                  {language.endonym}
                </span>
                {', '}
                {t(session.interpreterPresent ? 'person.assisted.interpreterYes' : 'person.assisted.interpreterNo')}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
