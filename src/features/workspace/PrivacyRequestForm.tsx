import { useId, useState, type FormEvent } from 'react';
import { v7 as uuidv7 } from 'uuid';
import { textLimits } from '../../domain/mapping';
import { privacyRequestBodySchema, privacyRequestKinds, type PrivacyRequestKind } from '../../domain/privacy-api';
import { useT } from '../../i18n/use-t';
import { useRegisterPrivacyRequest } from './api/register-privacy-request';
import { privacyKindText } from './privacy-kinds';
import { useApiErrorText } from './use-api-error-text';

/**
 * The guide records a request the person made in another way (spoken, by letter). A retry of the
 * same request carries the same id, so it is stored once.
 */
export function PrivacyRequestForm({ personId }: { personId: string }) {
  const t = useT();
  const id = useId();
  const errorText = useApiErrorText();
  const register = useRegisterPrivacyRequest(personId);
  const [kind, setKind] = useState<PrivacyRequestKind | null>(null);
  const [message, setMessage] = useState('');
  const [missing, setMissing] = useState<'kind' | 'message' | null>(null);
  const [attempt, setAttempt] = useState<{ id: string; kind: PrivacyRequestKind; message: string } | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (kind === null) return setMissing('kind');
    const body = privacyRequestBodySchema.safeParse({ kind, message });
    if (!body.success) return setMissing('message');
    const same = attempt !== null && attempt.kind === kind && attempt.message === body.data.message;
    const requestId = same ? attempt.id : uuidv7();
    setAttempt({ id: requestId, kind, message: body.data.message });
    register.mutate(
      { id: requestId, ...body.data },
      {
        onSuccess: () => {
          setKind(null);
          setMessage('');
          setSaved(true);
        },
      },
    );
  };

  const problem = missing === 'kind' ? t('person.privacy.chooseKind') : missing === 'message' ? t('person.privacy.messageMissing') : null;
  return (
    <form className="privacy-request-form" noValidate onSubmit={submit}>
      <fieldset className="field">
        <legend className="field-label">{t('person.privacy.onBehalf.kind')}</legend>
        {privacyRequestKinds.map((choice) => (
          <label key={choice} className="choice choice-small">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === choice}
              onChange={() => {
                setKind(choice);
                setMissing(null);
              }}
            />
            <span>{t(privacyKindText[choice])}</span>
          </label>
        ))}
      </fieldset>
      <label className="field-label" htmlFor={`${id}-message`}>
        {t('person.privacy.onBehalf.message')}
      </label>
      <textarea
        id={`${id}-message`}
        rows={3}
        maxLength={textLimits.long}
        value={message}
        aria-invalid={missing === 'message' || undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => {
          setMessage(event.target.value);
          setMissing(null);
        }}
      />
      {problem && (
        <p className="field-error" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button-primary" disabled={register.isPending}>
        {t('person.privacy.onBehalf.submit')}
      </button>
      {saved && <p role="status">{t('person.privacy.onBehalf.saved')}</p>}
      {register.isError && (
        <p className="notice notice-alert" role="alert">
          {errorText(register.error)}
        </p>
      )}
    </form>
  );
}
