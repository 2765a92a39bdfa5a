import { useState, type FormEvent } from 'react';
import { setupBodySchema, type StaffSession } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';
import { useSetUpAdministrator } from './api/set-up-administrator';
import { focusFirstProblem, isSpentLink, problemsOf, refusesAField, schemaFields, serverProblems, type FieldProblems } from './field-problems';
import { NewPasswordFields, newPasswordProblems, type NewPassword } from './NewPasswordFields';
import { TextField } from './TextField';
import { useApiErrorText } from './use-api-error-text';

type Field = 'name' | 'email' | keyof NewPassword;
const messages = { name: 'staff.problem.name', email: 'staff.problem.email' } as const;

interface Props {
  /** The one-time setup link's secret. */
  token: string;
  onSession: (session: StaffSession) => Promise<void>;
}

/** The first administrator's account, made with the one-time link the server prints at its first start. */
export function SetupAdministrator({ token, onSession }: Props) {
  const t = useT();
  const errorText = useApiErrorText();
  const setup = useSetUpAdministrator();
  const [fields, setFields] = useState({ name: '', email: '' });
  const [password, setPassword] = useState<NewPassword>({ password: '', passwordAgain: '' });
  const [problems, setProblems] = useState<FieldProblems<Field>>({});

  const refused = (found: FieldProblems<Field>) => {
    setProblems(found);
    focusFirstProblem('setup', found);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = setupBodySchema.safeParse({ setupToken: token, ...fields, password: password.password });
    const found = { ...(checked.success ? {} : problemsOf(schemaFields(checked.error), messages)), ...newPasswordProblems(password) };
    if (!checked.success || Object.keys(found).length > 0) return refused(found);
    setProblems({});
    setup.mutate(checked.data, {
      onSuccess: (session) => void onSession(session),
      onError: (error) => refused(serverProblems(error, messages)),
    });
  };

  const failure =
    !setup.error || refusesAField(setup.error) ? null : isSpentLink(setup.error) ? t('staff.setup.linkNotValid') : errorText(setup.error);

  return (
    <section className="workspace-screen" aria-labelledby="setup-title">
      <h1 id="setup-title">{t('staff.setup.title')}</h1>
      <p>{t('staff.setup.intro')}</p>
      <form noValidate onSubmit={submit}>
        <TextField
          id="setup-name"
          autoComplete="name"
          label={t('staff.field.name')}
          value={fields.name}
          onChange={(name) => setFields({ ...fields, name })}
          problem={problems.name && t(problems.name)}
        />
        <TextField
          id="setup-email"
          type="email"
          autoComplete="username"
          label={t('staff.field.email')}
          value={fields.email}
          onChange={(email) => setFields({ ...fields, email })}
          problem={problems.email && t(problems.email)}
        />
        <NewPasswordFields formId="setup" value={password} onChange={setPassword} problems={problems} />
        {failure && (
          <p className="notice notice-alert" role="alert">
            {failure}
          </p>
        )}
        <button type="submit" className="button-primary" disabled={setup.isPending}>
          {t('staff.setup.submit')}
        </button>
      </form>
    </section>
  );
}
