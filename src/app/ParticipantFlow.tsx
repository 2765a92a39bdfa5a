import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useState } from 'react';
import { LoginCodeScreen } from '../features/login/LoginCodeScreen';
import { InformationLetter } from '../features/letter/InformationLetter';
import { MappingScreen } from '../features/mapping/MappingScreen';
import { ReviewPage } from '../features/mapping/ReviewPage';
import { useT } from '../i18n/use-t';
import type { KompassDatabase } from '../offline/db';
import { useHashRoute } from './use-hash-route';
import { lockSessions } from '../offline/device-lock';
import { participantOnScreen } from '../offline/participant-logins';
import { useIdleLock } from './use-idle-lock';

// The rights screen (and the query client it talks to the server with) loads when the person opens it.
const RightsScreen = lazy(() => import('../features/privacy/RightsScreen').then((module) => ({ default: module.RightsScreen })));

/** The person's rights have their own address, so the phone's Back button leaves them. */
const rightsHref = '#rights';
const isRightsView = (hash: string) => hash === rightsHref;

interface Props {
  db: KompassDatabase;
  inMemory: boolean;
}

/**
 * After the language: the person logs in with their code, reads the letter, then answers. Its
 * own chunk (with the mapping and the device database), so the first screen stays small.
 */
export function ParticipantFlow({ db, inMemory }: Props) {
  const t = useT();
  // Whose session is open here: none at first, after a lock (idle, or passed on), or on another's draft.
  const loginId = useLiveQuery(() => participantOnScreen(db, new Date()), [db]);
  const [retypingCodeFor, setRetypingCodeFor] = useState<string | null>(null);
  const rightsShown = useHashRoute(isRightsView);
  const openRights = () => {
    window.location.hash = rightsHref;
  };
  useIdleLock(db, loginId ?? null);

  if (loginId === undefined) return <p role="status">{t('app.loading')}</p>;
  if (loginId === null || retypingCodeFor !== null) {
    return <LoginCodeScreen db={db} retypingFor={retypingCodeFor ?? undefined} onLoggedIn={() => setRetypingCodeFor(null)} />;
  }
  if (rightsShown) {
    return (
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <RightsScreen
          db={db}
          renderAnswers={(content, afterPart) => <ReviewPage content={content} afterPart={afterPart} />}
          close={() => {
            window.location.hash = '';
          }}
        />
      </Suspense>
    );
  }
  return (
    <MappingScreen
      db={db}
      inMemory={inMemory}
      beforeStart={(start) => <InformationLetter onConfirm={start} openRights={openRights} />}
      enterCode={setRetypingCodeFor}
      openRights={openRights}
      handOver={() => void lockSessions(db, new Date(), 'all')}
    />
  );
}
