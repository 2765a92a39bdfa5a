import { useEffect, useId, type ReactNode } from 'react';
import type { MessageId } from '../i18n/message-id';
import { Speakable } from './Speakable';

interface Props {
  title: MessageId;
  titleValues?: Record<string, string>;
  hint?: MessageId;
  error?: string | null;
  /** Renders the answer controls, labelled by the question and described by hint and error. */
  children: (control: { titleId: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/**
 * One question on its own screen. Its title takes focus when it appears, so a screen reader
 * starts reading the new question and a keyboard user continues from there.
 */
export function Question({ title, titleValues, hint, error, children }: Props) {
  const id = useId();
  const titleId = `${id}-title`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  useEffect(() => {
    document.getElementById(titleId)?.focus();
  }, [titleId]);

  return (
    <div className="question">
      <Speakable id={title} values={titleValues} as="h2" className="question-title" textProps={{ id: titleId, tabIndex: '-1' }} />
      {hint && <Speakable id={hint} className="field-hint" textProps={{ id: hintId }} />}
      {children({ titleId, describedBy, invalid: Boolean(error) })}
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
