import { useState } from 'react';
import { AssistedBar } from '../features/assisted/AssistedBar';
import { AssistedRemark } from '../features/assisted/AssistedRemark';
import { useNorwegian } from '../features/assisted/use-norwegian';
import { InformationLetter } from '../features/letter/InformationLetter';
import { MappingScreen } from '../features/mapping/MappingScreen';
import { workspaceHref } from '../features/workspace/routes';
import { NorwegianAlongside } from '../i18n/alongside';
import { partTitles } from '../i18n/part-titles';
import { useLocaleChoice } from '../i18n/LocaleProvider';
import { useT } from '../i18n/use-t';
import { finishAssistedSession, setInterpreterPresent, useAssistedSession } from '../offline/assisted-session';
import type { KompassDatabase } from '../offline/db';
import { queueRemark } from '../offline/staff-records';
import { useStaffSession } from '../offline/use-staff-session';
import { keepStaffActive } from '../offline/staff-session';
import { useWhilePresent } from '../ui/use-while-present';
import { requestSync } from '../offline/sync-requests';

interface Props {
  db: KompassDatabase;
  personId: string;
  inMemory: boolean;
}

/**
 * A guide, an interpreter and the participant at one tablet: each question in the participant's
 * language with the Norwegian beside it, the guide's remarks under it, and an explicit end.
 * Loaded in its own chunk; works offline once the guide has opened the person's page.
 */
export function AssistedScreen({ db, personId, inMemory }: Props) {
  const t = useT();
  const { locale, chooseLocale } = useLocaleChoice();
  const staff = useStaffSession(db);
  const session = useAssistedSession(db);
  const [finished, setFinished] = useState(false);
  // The guide is at the tablet with the person: the workspace must not find the session idle afterwards.
  useWhilePresent(Boolean(staff), (now) => void keepStaffActive(db, now), () => undefined);

  if (finished) return <SessionFinished personId={personId} />;
  if (staff === undefined || session === undefined) return <p role="status">{t('app.loading')}</p>;
  if (staff === null || staff.staff.role !== 'guide') return <Unavailable message="assisted.needsGuide" personId={personId} />;
  if (session === null || session.personId !== personId) return <Unavailable message="assisted.unknownPerson" personId={personId} />;

  return (
    <NorwegianAlongside>
      <div className="assisted">
        <AssistedBar
          session={session}
          setInterpreterPresent={(present) => void setInterpreterPresent(db, present)}
          finish={() =>
            void finishAssistedSession(db, locale, new Date())
              .then(() => chooseLocale(session.guideLanguage))
              .then(() => setFinished(true))
          }
        />
        <MappingScreen
          key={session.mappingId}
          db={db}
          inMemory={inMemory}
          beforeStart={(start) => <InformationLetter onConfirm={start} />}
          // The guide's own session sends these drafts; there is no participant code to type.
          enterCode={() => undefined}
          besideQuestion={(part) => (
            <AssistedRemark
              key={part}
              part={part}
              partTitle={partTitles[part]}
              save={async (text) => {
                await queueRemark(db, personId, { part, text }, new Date());
                requestSync({ ignoringBackoff: true });
              }}
            />
          )}
        />
      </div>
    </NorwegianAlongside>
  );
}

function Unavailable({ message, personId }: { message: 'assisted.needsGuide' | 'assisted.unknownPerson'; personId: string }) {
  const nb = useNorwegian();
  return (
    <section className="part" lang="nb" dir="ltr">
      <p className="notice">{nb(message)}</p>
      <a href={workspaceHref.person(personId)}>{nb('assisted.backToPerson')}</a>
    </section>
  );
}

/** Nothing of the person stays on screen: only where the guide goes next. */
function SessionFinished({ personId }: { personId: string }) {
  const nb = useNorwegian();
  return (
    <section className="part" lang="nb" dir="ltr" aria-labelledby="assisted-finished">
      <p id="assisted-finished" className="notice" role="status" data-testid="assisted-finished">
        {nb('assisted.finished')}
      </p>
      <a href={workspaceHref.person(personId)}>{nb('assisted.backToPerson')}</a>
    </section>
  );
}
