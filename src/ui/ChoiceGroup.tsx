import { useId } from 'react';

interface Props<T extends string> {
  legend: string;
  name: string;
  options: readonly { value: T; label: string }[];
  value: T | null;
  onChange: (value: T) => void;
}

/** One answer out of a few, as large radio buttons a finger can hit. */
export function ChoiceGroup<T extends string>({ legend, name, options, value, onChange }: Props<T>) {
  const groupId = useId();
  return (
    <fieldset className="field choice-group">
      <legend className="field-label">{legend}</legend>
      <div className="choices">
        {options.map((option) => {
          const id = `${groupId}-${option.value}`;
          return (
            <label key={option.value} className="choice" htmlFor={id}>
              <input
                id={id}
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <span>{option.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
