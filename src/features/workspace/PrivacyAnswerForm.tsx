import { useId, useState, type FormEvent } from 'react';
import { textLimits } from '../../domain/mapping';
import { privacyAnswerBodySchema, type PrivacyOutcome, type PrivacyRequest } from '../../domain/privacy-api';
import type { PersonRecord } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';
import { useAnswerPrivacyRequest } from './api/answer-privacy-request';
import { useApiErrorText } from './use-api-error-text';

interface Props {
  request: PrivacyRequest;
  record: PersonRecord;
  onErased: () => void;
}

/**
 * The guide answers a request: done or refused, with words the person reads. A granted erasure
 * deletes the person and everything about them, and a granted restriction or objection shuts the
 * career advisors out: both are confirmed in words first.
 */
export function PrivacyAnswerForm({ request, record, onErased }: Props) {
  const t = useT();
  const id = useId();
  const errorText = useApiErrorText();
  const answer = useAnswerPrivacyRequest(record.person.id);
  const [outcome, setOutcome] = useState<PrivacyOutcome | null>(null);
  const [explanation, setExplanation] = useState('');
  const [missing, setMissing] = useState<'outcome' | 'explanation' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const weighty = outcome === 'done' && request.kind !== 'correction';

  const send = () => {
    setConfirming(false);
    const body = privacyAnswerBodySchema.safeParse({ outcome, explanation });
    if (!body.success) return;
    answer.mutate({ requestId: request.id, body: body.data }, { onSuccess: (reply) => reply.effect === 'person_erased' && onErased() });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (outcome === null) return setMissing('outcome');
    if (!privacyAnswerBodySchema.safeParse({ outcome, explanation }).success) return setMissing('explanation');
    if (weighty) return setConfirming(true);
    send();
  };

  const problem = missing === 'outcome' ? t('person.privacy.answer.chooseOutcome') : missing === 'explanation' ? t('person.privacy.explanationMissing') : null;
  return (
    <form className="privacy-answer-form" noValidate onSubmit={submit}>
      <fieldset className="field">
        <legend className="field-label">{t('person.privacy.answer.legend')}</legend>
        {(['done', 'refused'] as const).map((choice) => (
          <label key={choice} className="choice choice-small">
            <input
              type="radio"
              name={`${id}-outcome`}
              checked={outcome === choice}
              onChange={() => {
                setOutcome(choice);
                setMissing(null);
                setConfirming(false);
              }}
            />
            <span>{t(choice === 'done' ? 'person.privacy.answer.done' : 'person.privacy.answer.refused')}</span>
          </label>
        ))}
      </fieldset>
      <label className="field-label" htmlFor={`${id}-explanation`}>
        {t('person.privacy.answer.explanation')}
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {t('person.privacy.answer.explanationHint')}
      </p>
      <textarea
        id={`${id}-explanation`}
        rows={3}
        maxLength={textLimits.long}
        value={explanation}
        aria-invalid={missing === 'explanation' || undefined}
        aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
        onChange={(event) => {
          setExplanation(event.target.value);
          setMissing(null);
        }}
      />
      {problem && (
        <p className="field-error" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      {confirming ? (
        <div className="notice" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            {request.kind === 'erasure'
              ? t('person.privacy.answer.confirmErasure', { name: record.person.name })
              : t('person.privacy.answer.confirmRestriction')}
          </p>
          <div className="notice-actions">
            <button type="button" className="button-danger" onClick={send}>
              {t(request.kind === 'erasure' ? 'person.privacy.answer.confirmErasureYes' : 'person.privacy.answer.confirmYes')}
            </button>
            <button type="button" autoFocus onClick={() => setConfirming(false)}>
              {t('person.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="submit" className="button-primary" disabled={answer.isPending}>
          {t('person.privacy.answer.submit')}
        </button>
      )}
      {answer.isError && (
        <p className="notice notice-alert" role="alert">
          {errorText(answer.error)}
        </p>
      )}
    </form>
  );
}
