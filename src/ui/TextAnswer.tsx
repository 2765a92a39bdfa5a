interface Props {
  labelledBy: string;
  describedBy?: string;
  value: string;
  maxLength: number;
  /** A long answer (several lines) or a short one. */
  long?: boolean;
  onChange: (value: string) => void;
}

/** The person's own words, for the few questions where no list of choices will do. */
export function TextAnswer({ labelledBy, describedBy, value, maxLength, long = false, onChange }: Props) {
  const common = {
    'aria-labelledby': labelledBy,
    'aria-describedby': describedBy,
    value,
    maxLength,
    dir: 'auto',
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return long ? <textarea rows={6} {...common} /> : <input type="text" {...common} />;
}
