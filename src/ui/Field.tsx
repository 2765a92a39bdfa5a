import { useId, type ReactNode } from 'react';
import type { MessageId } from '../i18n/message-id';
import { Speakable } from './Speakable';

interface Props {
  label: MessageId;
  hint?: MessageId;
  error?: string | null;
  /** Renders the control with the ids that tie it to its label, hint and error. */
  children: (control: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** A question with its label, optional hint and error, wired for screen readers and read-aloud. */
export function Field({ label, hint, error, children }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <Speakable id={label} as="label" className="field-label" textProps={{ htmlFor: id }} />
      {hint && <Speakable id={hint} className="field-hint" textProps={{ id: hintId }} />}
      {children({ id, describedBy, invalid: Boolean(error) })}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
