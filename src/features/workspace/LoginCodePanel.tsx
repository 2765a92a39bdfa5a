import { useState } from 'react';
import type { PersonRecord } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';
import { useWhen } from '../../i18n/use-when';
import { useCreateLoginCode, type IssuedLoginCode as Issued } from './api/create-login-code';
import { useRevokeLoginCode } from './api/revoke-login-code';
import { IssuedLoginCode } from './IssuedLoginCode';
import { useApiErrorText } from './use-api-error-text';

interface Props {
  personId: string;
  activeLoginCode: PersonRecord['activeLoginCode'];
}

/** The guide makes the code the person logs in with, replaces it, or takes it back. */
export function LoginCodePanel({ personId, activeLoginCode }: Props) {
  const t = useT();
  const when = useWhen();
  const errorText = useApiErrorText();
  const create = useCreateLoginCode(personId);
  const revoke = useRevokeLoginCode(personId);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [confirming, setConfirming] = useState<'replace' | 'revoke' | null>(null);
  const failed = create.error ?? revoke.error;

  const makeCode = () => {
    setConfirming(null);
    revoke.reset();
    create.mutate(undefined, { onSuccess: setIssued });
  };
  const takeBack = () => {
    setConfirming(null);
    create.reset();
    revoke.mutate(undefined, { onSuccess: () => setIssued(null) });
  };

  const confirmation = (question: string, yes: string, onYes: () => void) => (
    <div className="notice" role="group" aria-labelledby="login-code-confirm">
      <p id="login-code-confirm">{question}</p>
      <div className="notice-actions">
        <button type="button" className={confirming === 'revoke' ? 'button-danger' : 'button-primary'} onClick={onYes}>
          {yes}
        </button>
        <button type="button" autoFocus onClick={() => setConfirming(null)}>
          {t('person.cancel')}
        </button>
      </div>
    </div>
  );

  return (
    <section aria-labelledby="login-code-title" className="records-panel">
      <h2 id="login-code-title">{t('person.loginCode.title')}</h2>
      {issued ? (
        <IssuedLoginCode issued={issued} onDone={() => setIssued(null)} />
      ) : activeLoginCode ? (
        <p data-testid="login-code-state">
          {t('person.loginCode.inForce', {
            created: when.date(activeLoginCode.createdAt),
            name: activeLoginCode.createdBy.name,
            expires: when.date(activeLoginCode.expiresAt),
          })}
        </p>
      ) : (
        <p>{t('person.loginCode.none')}</p>
      )}
      <p className="field-hint">{t('person.loginCode.replaces')}</p>
      {confirming === 'replace'
        ? confirmation(t('person.loginCode.confirmReplace'), t('person.loginCode.confirmReplaceYes'), makeCode)
        : confirming === 'revoke'
          ? confirmation(t('person.loginCode.confirmRevoke'), t('person.loginCode.confirmRevokeYes'), takeBack)
          : (
            <div className="notice-actions">
              <button
                type="button"
                className="button-primary"
                disabled={create.isPending}
                onClick={() => (activeLoginCode ? setConfirming('replace') : makeCode())}
              >
                {t(activeLoginCode ? 'person.loginCode.replace' : 'person.loginCode.create')}
              </button>
              {activeLoginCode && (
                <button type="button" className="button-danger" disabled={revoke.isPending} onClick={() => setConfirming('revoke')}>
                  {t('person.loginCode.revoke')}
                </button>
              )}
            </div>
          )}
      {failed && (
        <p className="notice notice-alert" role="alert">
          {errorText(failed)}
        </p>
      )}
    </section>
  );
}
