import { parseWholeNumber } from '../domain/digits';

interface Props {
  labelledBy: string;
  describedBy?: string;
  invalid: boolean;
  value: number | null;
  maxDigits: number;
  onChange: (value: number | null) => void;
}

/** A whole number as typed on any of our keyboards (Latin or Arabic-Indic digits). */
export function NumberAnswer({ labelledBy, describedBy, invalid, value, maxDigits, onChange }: Props) {
  return (
    <input
      className="number-input"
      type="text"
      inputMode="numeric"
      dir="ltr"
      maxLength={maxDigits}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-invalid={invalid}
      value={value?.toString() ?? ''}
      onChange={(event) => onChange(parseWholeNumber(event.target.value, maxDigits))}
    />
  );
}
