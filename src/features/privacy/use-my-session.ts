import { useQuery } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useRef } from 'react';
import type { KompassDatabase } from '../../offline/db';
import { ApiRequestError } from '../../offline/api-request';
import { createCodeExchanger } from '../../offline/login-code-exchange';
import {
  forgetParticipantSession,
  keepParticipantSession,
  loginSecretsOf,
  participantOnScreen,
  sessionOfCurrentParticipant,
} from '../../offline/participant-logins';
import { useOnline } from '../../ui/use-online';

/** Whether the parts of the rights screen that need the server can be shown, and with which session. */
export type MyAccess =
  | { kind: 'offline' }
  | { kind: 'checking' }
  | { kind: 'ready'; token: string }
  /** The server no longer takes the person's code (replaced or expired). */
  | { kind: 'refused' }
  | { kind: 'no_answer' };

const exchangeCode = createCodeExchanger(window.location.origin);

/**
 * The session of the person on screen: the one this device holds, or — for a code typed offline
 * and not yet checked — one the server opens for the code now, kept for sending the answers too.
 */
async function openMySession(db: KompassDatabase): Promise<MyAccess> {
  const session = await sessionOfCurrentParticipant(db);
  if (session) return { kind: 'ready', token: session.token };
  const loginId = await participantOnScreen(db, new Date());
  const login = loginId === null ? undefined : await loginSecretsOf(db, loginId);
  if (loginId === null || !login) return { kind: 'refused' };
  const answer = await exchangeCode(login.loginCode);
  if (answer.kind === 'refused') return { kind: 'refused' };
  // Not now (too many tries from here) or no answer: either way, later.
  if (answer.kind !== 'session') return { kind: 'no_answer' };
  await keepParticipantSession(db, loginId, answer);
  return { kind: 'ready', token: answer.token };
}

// A session the server ends at once, again and again, is not worth asking for forever.
const renewalsAllowed = 2;

export function useMyAccess(db: KompassDatabase): { access: MyAccess; retry: () => void; ended: () => void } {
  const online = useOnline();
  const session = useQuery({ queryKey: ['my-session'], queryFn: () => openMySession(db), enabled: online, staleTime: Infinity });
  const renewals = useRef(0);
  const { refetch } = session;
  const retry = useCallback(() => void refetch(), [refetch]);
  // The server ended the session (401): the code opens a new one, as when sending the answers.
  const ended = useCallback(() => {
    renewals.current += 1;
    if (renewals.current > renewalsAllowed) return;
    void (async () => {
      const loginId = await participantOnScreen(db, new Date());
      if (loginId !== null) await forgetParticipantSession(db, loginId);
      await refetch();
    })();
  }, [db, refetch]);
  const access: MyAccess = !online
    ? { kind: 'offline' }
    : session.isFetching
      ? { kind: 'checking' }
      : (session.data ?? (session.isError ? { kind: 'no_answer' } : { kind: 'checking' }));
  return { access, retry, ended };
}

interface MySession {
  token: string;
  ended: () => void;
}

export const MySessionContext = createContext<MySession | null>(null);

/** A query about the person's own data, with the session on screen; a 401 asks for a new session. */
export function useMySession(): MySession {
  const session = useContext(MySessionContext);
  if (!session) throw new Error('useMySession outside OnlineOnly');
  return session;
}

/** A query about the person's own data, with the session on screen; a 401 asks for a new session. */
export function useMyQuery<T>(name: string, fetcher: (token: string) => Promise<T>, refetchInterval?: number) {
  const { token, ended } = useMySession();
  return useQuery({
    queryKey: ['me', name, token],
    queryFn: () =>
      fetcher(token).catch((error: unknown) => {
        if (error instanceof ApiRequestError && error.status === 401) ended();
        throw error;
      }),
    refetchInterval,
  });
}
