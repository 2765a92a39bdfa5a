import { useId, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import type { MessageId } from '../i18n/message-id';
import { useReadAloud } from './read-aloud-context';
import { SpeakButton } from './SpeakButton';

interface Props {
  label: MessageId;
  hint?: MessageId;
  error?: string | null;
  /** Renders the control with the ids that tie it to its label, hint and error. */
  children: (control: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** A question with its label, optional hint and error, wired for screen readers and read-aloud. */
export function Field({ label, hint, error, children }: Props) {
  const t = useT();
  const { speakingKey } = useReadAloud();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <div className="speakable" data-speaking={speakingKey === label || undefined}>
        <label className="field-label" htmlFor={id}>
          {t(label)}
        </label>
        <SpeakButton messageId={label} text={t(label)} />
      </div>
      {hint && (
        <div className="speakable" data-speaking={speakingKey === hint || undefined}>
          <p className="field-hint" id={hintId}>
            {t(hint)}
          </p>
          <SpeakButton messageId={hint} text={t(hint)} />
        </div>
      )}
      {children({ id, describedBy, invalid: Boolean(error) })}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
