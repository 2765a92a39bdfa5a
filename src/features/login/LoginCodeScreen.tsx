import { useEffect, useState, type FormEvent } from 'react';
import { checkLoginCode, type LoginCodeProblem } from '../../domain/login-code';
import { minutesToWait } from '../../domain/login-throttle';
import { useLocaleChoice } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/message-id';
import { useT } from '../../i18n/use-t';
import type { KompassDatabase } from '../../offline/db';
import { createCodeExchanger } from '../../offline/login-code-exchange';
import { logInOnThisDevice, replaceLoginCode } from '../../offline/participant-logins';
import { requestSync } from '../../offline/sync-requests';
import { Speakable } from '../../ui/Speakable';

interface Props {
  db: KompassDatabase;
  /** The draft whose code the server refused: the same person types it again, and keeps their answers. */
  retypingFor?: string;
  onLoggedIn: () => void;
}

type Problem = LoginCodeProblem | 'refused' | 'too_many_attempts';

const problemMessages: Record<Problem, MessageId> = {
  empty: 'login.problem.empty',
  too_short: 'login.problem.tooShort',
  too_long: 'login.problem.tooLong',
  not_a_code_symbol: 'login.problem.notACodeSymbol',
  typo: 'login.problem.typo',
  refused: 'login.problem.refused',
  too_many_attempts: 'login.problem.tooManyAttempts',
};

const exchangeCode = createCodeExchanger(window.location.origin);

/**
 * The participant logs in with the code alone. Typos are caught here, offline, by the code's
 * check symbols; with a connection the server is asked at once, without one at the first send.
 */
export function LoginCodeScreen({ db, retypingFor, onLoggedIn }: Props) {
  const t = useT();
  const { locale } = useLocaleChoice();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [waitMinutes, setWaitMinutes] = useState(1);
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    document.getElementById('login-title')?.focus();
  }, []);

  async function logIn(event: FormEvent) {
    event.preventDefault();
    const checked = checkLoginCode(typed);
    if (!checked.ok) return setProblem(checked.problem);
    setChecking(true);
    const answer = navigator.onLine ? await exchangeCode(checked.code) : { kind: 'no_answer' as const };
    setChecking(false);
    if (answer.kind === 'refused') return setProblem('refused');
    if (answer.kind === 'too_many_attempts') {
      setWaitMinutes(minutesToWait(answer.retryAfterSeconds));
      return setProblem('too_many_attempts');
    }
    const session = answer.kind === 'session' ? answer : undefined;
    if (retypingFor) await replaceLoginCode(db, retypingFor, checked.code, new Date(), session);
    else await logInOnThisDevice(db, checked.code, locale, new Date(), session);
    requestSync({ ignoringBackoff: true });
    onLoggedIn();
  }

  return (
    <section className="part code-login" aria-labelledby="login-title">
      <Speakable id="login.title" as="h2" className="question-title" textProps={{ id: 'login-title', tabIndex: '-1' }} />
      <Speakable id="login.hint" textProps={{ id: 'login-hint' }} />
      <form onSubmit={(event) => void logIn(event)} noValidate>
        <label className="field-label" htmlFor="login-code">
          {t('login.code.label')}
        </label>
        <input
          id="login-code"
          className="login-code-input"
          type="text"
          dir="ltr"
          autoComplete="one-time-code"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          maxLength={30}
          value={typed}
          aria-describedby={problem ? 'login-hint login-problem' : 'login-hint'}
          aria-invalid={problem !== null || undefined}
          onChange={(event) => {
            setTyped(event.target.value);
            setProblem(null);
          }}
        />
        {problem && (
          <p id="login-problem" className="field-error" role="alert">
            {t(problemMessages[problem], { minutes: waitMinutes })}
          </p>
        )}
        <button type="submit" className="button-primary button-large" disabled={checking}>
          {t(checking ? 'login.checking' : 'login.submit')}
        </button>
      </form>
      <Speakable id="login.offline" className="field-hint" />
      <Speakable id="login.returning" className="field-hint" />
    </section>
  );
}
