import { useRef, useState, type FormEvent } from 'react';
import { normalizeDufNumber } from '../../domain/duf-number';
import { useT } from '../../i18n/use-t';
import { alreadyRegisteredOf, useRegisterPerson } from './api/register-person';
import { AlreadyRegisteredNotice } from './AlreadyRegisteredNotice';
import { registerPersonBody, registerPersonProblems, type RegisterPersonFields } from './register-person-problems';
import { workspaceHref } from './routes';
import { useApiErrorText } from './use-api-error-text';

const fieldNames = ['dufNumber', 'name', 'settledOn'] as const;
const dufNumberDigits = 12;

/** A newly settled person: DUF number, name and settlement date; once per DUF number, never twice. */
export function RegisterPersonForm() {
  const t = useT();
  const errorText = useApiErrorText();
  const registration = useRegisterPerson();
  const [fields, setFields] = useState<RegisterPersonFields>({ dufNumber: '', name: '', settledOn: '' });
  const [left, setLeft] = useState<Set<keyof RegisterPersonFields>>(new Set());
  const [tried, setTried] = useState(false);
  const inputs = useRef<Partial<Record<keyof RegisterPersonFields, HTMLInputElement | null>>>({});
  const problems = registerPersonProblems(fields);
  // The DUF number is checked as it is typed once there is enough of it to judge.
  const typedInFull = normalizeDufNumber(fields.dufNumber).length >= dufNumberDigits;
  const shown = (field: keyof RegisterPersonFields) =>
    (tried || left.has(field) || (field === 'dufNumber' && (typedInFull || problems.dufNumber === 'guide.register.dufNumber.notDigits')))
      ? problems[field]
      : null;
  const existing = alreadyRegisteredOf(registration.error);

  const change = (field: keyof RegisterPersonFields, value: string) => {
    setFields((before) => ({ ...before, [field]: value }));
    if (registration.isError) registration.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const body = registerPersonBody(fields);
    if (!body) {
      inputs.current[fieldNames.find((field) => problems[field] !== null)!]?.focus();
      return;
    }
    registration.mutate(body, { onSuccess: (person) => window.location.assign(workspaceHref.person(person.id)) });
  };

  const field = (name: keyof RegisterPersonFields, type: 'text' | 'date', extra: object = {}) => {
    const problem = shown(name);
    return (
      <div className="field">
        <label className="field-label" htmlFor={`register-${name}`}>
          {t(`guide.register.${name}.label`)}
        </label>
        {name === 'dufNumber' && <p className="field-hint" id="register-dufNumber-hint">{t('guide.register.dufNumber.hint')}</p>}
        <input
          id={`register-${name}`}
          ref={(input) => {
            inputs.current[name] = input;
          }}
          type={type}
          value={fields[name]}
          aria-invalid={problem !== null}
          aria-describedby={[name === 'dufNumber' ? 'register-dufNumber-hint' : '', problem ? `register-${name}-error` : ''].join(' ').trim() || undefined}
          onChange={(event) => change(name, event.target.value)}
          onBlur={() => setLeft((before) => new Set(before).add(name))}
          {...extra}
        />
        {problem && (
          <p className="field-error" id={`register-${name}-error`}>
            {t(problem)}
          </p>
        )}
      </div>
    );
  };

  return (
    <section aria-labelledby="register-title" className="records-panel">
      <h2 id="register-title">{t('guide.register.title')}</h2>
      <form className="register-form" noValidate onSubmit={submit}>
        {field('dufNumber', 'text', { inputMode: 'numeric', autoComplete: 'off' })}
        {field('name', 'text', { autoComplete: 'off' })}
        {field('settledOn', 'date')}
        {existing !== undefined ? (
          <AlreadyRegisteredNotice person={existing} />
        ) : (
          registration.isError && (
            <p className="notice notice-alert" role="alert">
              {errorText(registration.error)}
            </p>
          )
        )}
        <button type="submit" className="button-primary" disabled={registration.isPending}>
          {t('guide.register.submit')}
        </button>
      </form>
    </section>
  );
}
