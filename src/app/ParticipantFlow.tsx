import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { LoginCodeScreen } from '../features/login/LoginCodeScreen';
import { InformationLetter } from '../features/letter/InformationLetter';
import { MappingScreen } from '../features/mapping/MappingScreen';
import { useT } from '../i18n/use-t';
import type { KompassDatabase } from '../offline/db';
import { handOverDevice, loginCodeOfCurrentDraft } from '../offline/participant-logins';

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
  const loginCode = useLiveQuery(() => loginCodeOfCurrentDraft(db), [db]);
  const [retypingCodeFor, setRetypingCodeFor] = useState<string | null>(null);

  if (loginCode === undefined) return <p role="status">{t('app.loading')}</p>;
  if (loginCode === null || retypingCodeFor !== null) {
    return <LoginCodeScreen db={db} retypingFor={retypingCodeFor ?? undefined} onLoggedIn={() => setRetypingCodeFor(null)} />;
  }
  return (
    <MappingScreen
      db={db}
      inMemory={inMemory}
      beforeStart={(start) => <InformationLetter onConfirm={start} />}
      enterCode={setRetypingCodeFor}
      handOver={() => void handOverDevice(db)}
    />
  );
}
