import { useId, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import type { MessageId } from '../i18n/message-id';
import { useReadAloud } from './read-aloud-context';
import { Alongside } from './Alongside';
import { SpeakButton } from './SpeakButton';

export interface ChoiceOption<T extends string> {
  value: T;
  label: MessageId;
  /** A picture beside the words, for people who read with difficulty. Decorative for screen readers. */
  icon?: ReactNode;
}

interface Props<T extends string> {
  labelledBy: string;
  describedBy?: string;
  options: readonly ChoiceOption<T>[];
  /** One answer (radio buttons) or several (checkboxes). */
  selected: readonly T[];
  multiple?: boolean;
  onToggle: (value: T) => void;
}

/** Answers as large tiles a finger can hit, each with its own speaker button. */
export function Choices<T extends string>({ labelledBy, describedBy, options, selected, multiple = false, onToggle }: Props<T>) {
  const t = useT();
  const { speakingKey } = useReadAloud();
  const name = useId();
  return (
    <div role={multiple ? 'group' : 'radiogroup'} aria-labelledby={labelledBy} aria-describedby={describedBy} className="choices">
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <div key={option.value} className="speakable" data-speaking={speakingKey === option.label || undefined}>
            <label className="choice" htmlFor={id}>
              <input
                id={id}
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={() => onToggle(option.value)}
              />
              {option.icon && <span className="choice-icon" aria-hidden="true">{option.icon}</span>}
              <span>
                {t(option.label)}
                <Alongside id={option.label} />
              </span>
            </label>
            <SpeakButton messageId={option.label} text={t(option.label)} />
          </div>
        );
      })}
    </div>
  );
}
