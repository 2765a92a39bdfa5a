import { useState, type FormEvent } from 'react';
import { staffLoginBodySchema, type StaffSession } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';
import { ApiRequestError } from '../../offline/api-request';
import { useLogInStaff } from './api/log-in-staff';
import { focusFirstProblem, problemsOf, schemaFields, type FieldProblems } from './field-problems';
import { TextField } from './TextField';
import { useApiErrorText } from './use-api-error-text';

type Field = 'email' | 'password';
const messages = { email: 'staff.problem.email', password: 'staff.problem.passwordMissing' } as const;

interface Props {
  /** Why the last session ended, when it was not by logging out: say so, or the person wonders why they are out. */
  ended: 'expired' | 'idle' | null;
  onSession: (session: StaffSession) => Promise<void>;
}

/** Guides, career advisors and administrators log in with their e-mail address and password. */
export function StaffLogin({ ended, onSession }: Props) {
  const t = useT();
  const errorText = useApiErrorText();
  const login = useLogInStaff();
  const [fields, setFields] = useState<Record<Field, string>>({ email: '', password: '' });
  const [problems, setProblems] = useState<FieldProblems<Field>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = staffLoginBodySchema.safeParse(fields);
    const found = checked.success ? {} : problemsOf(schemaFields(checked.error), messages);
    setProblems(found);
    if (!checked.success) return focusFirstProblem('login', found);
    login.mutate(checked.data, { onSuccess: (session) => void onSession(session) });
  };

  const failure =
    login.error instanceof ApiRequestError && login.error.code === 'unauthorized' ? t('staff.login.wrong') : login.error && errorText(login.error);

  return (
    <section className="workspace-screen" aria-labelledby="login-title">
      <h1 id="login-title">{t('staff.login.title')}</h1>
      {ended && !failure && (
        <p className="notice notice-alert" role="alert">
          {t(ended === 'idle' ? 'staff.login.idle' : 'staff.login.expired')}
        </p>
      )}
      <form noValidate onSubmit={submit}>
        <TextField
          id="login-email"
          type="email"
          autoComplete="username"
          label={t('staff.field.email')}
          value={fields.email}
          onChange={(email) => setFields({ ...fields, email })}
          problem={problems.email && t(problems.email)}
        />
        <TextField
          id="login-password"
          type="password"
          autoComplete="current-password"
          label={t('staff.field.password')}
          value={fields.password}
          onChange={(password) => setFields({ ...fields, password })}
          problem={problems.password && t(problems.password)}
        />
        {failure && (
          <p className="notice notice-alert" role="alert">
            {failure}
          </p>
        )}
        <button type="submit" className="button-primary" disabled={login.isPending}>
          {t('staff.login.submit')}
        </button>
      </form>
    </section>
  );
}
