import { useState, type FormEvent } from 'react';
import type { StaffSession } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';
import { useAcceptInvitation } from './api/accept-invitation';
import { focusFirstProblem, isSpentLink, type FieldProblems } from './field-problems';
import { NewPasswordFields, newPasswordProblems, type NewPassword } from './NewPasswordFields';
import { useApiErrorText } from './use-api-error-text';

interface Props {
  /** The invitation link's secret. */
  token: string;
  onSession: (session: StaffSession) => Promise<void>;
}

/** The invited guide, career advisor or administrator chooses a password and is logged in. */
export function AcceptInvitation({ token, onSession }: Props) {
  const t = useT();
  const errorText = useApiErrorText();
  const acceptance = useAcceptInvitation();
  const [password, setPassword] = useState<NewPassword>({ password: '', passwordAgain: '' });
  const [problems, setProblems] = useState<FieldProblems<keyof NewPassword>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = newPasswordProblems(password);
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirstProblem('invite', found);
    acceptance.mutate({ inviteToken: token, password: password.password }, { onSuccess: (session) => void onSession(session) });
  };

  const failure = acceptance.error && (isSpentLink(acceptance.error) ? t('staff.invite.linkNotValid') : errorText(acceptance.error));

  return (
    <section className="workspace-screen" aria-labelledby="invite-title">
      <h1 id="invite-title">{t('staff.invite.title')}</h1>
      <p>{t('staff.invite.intro')}</p>
      <form noValidate onSubmit={submit}>
        <NewPasswordFields formId="invite" value={password} onChange={setPassword} problems={problems} />
        {failure && (
          <p className="notice notice-alert" role="alert">
            {failure}
          </p>
        )}
        <button type="submit" className="button-primary" disabled={acceptance.isPending}>
          {t('staff.invite.submit')}
        </button>
      </form>
    </section>
  );
}
