import { useId } from 'react';
import { useT } from '../i18n/use-t';
import type { MessageId } from '../i18n/message-id';
import { useReadAloud } from './read-aloud-context';
import { SpeakButton } from './SpeakButton';

interface Props<T extends string> {
  legend: MessageId;
  name: string;
  options: readonly { value: T; label: MessageId }[];
  value: T | null;
  onChange: (value: T) => void;
}

/** One answer out of a few, as large radio buttons a finger can hit, each one readable aloud. */
export function ChoiceGroup<T extends string>({ legend, name, options, value, onChange }: Props<T>) {
  const t = useT();
  const { speakingKey } = useReadAloud();
  const groupId = useId();
  return (
    <fieldset className="field choice-group">
      <legend className="field-label speakable" data-speaking={speakingKey === legend || undefined}>
        <span>{t(legend)}</span>
        <SpeakButton messageId={legend} text={t(legend)} />
      </legend>
      <div className="choices">
        {options.map((option) => {
          const id = `${groupId}-${option.value}`;
          return (
            <div key={option.value} className="speakable" data-speaking={speakingKey === option.label || undefined}>
              <label className="choice" htmlFor={id}>
                <input
                  id={id}
                  type="radio"
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                />
                <span>{t(option.label)}</span>
              </label>
              <SpeakButton messageId={option.label} text={t(option.label)} />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
