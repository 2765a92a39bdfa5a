import { useT } from '../../i18n/use-t';
import { useReadAloud } from '../../ui/read-aloud-context';

const rates = [
  { rate: 0.75, label: 'readAloud.speed.slow' },
  { rate: 1, label: 'readAloud.speed.normal' },
] as const;

/** Where this language cannot be read aloud: an honest notice, and where to get help instead. */
export function ReadAloudNotice() {
  const t = useT();
  if (!useReadAloud().unavailable) return null;
  return (
    <p className="notice read-aloud-unavailable" data-testid="read-aloud-unavailable">
      {t('readAloud.unavailable')}
    </p>
  );
}

/**
 * The reading speed, below the question: the speaker buttons are what a person reaches for
 * first, and on a phone the question itself should fill the screen.
 */
export function ReadAloudSpeed() {
  const t = useT();
  const readAloud = useReadAloud();
  if (!readAloud.available) return null;
  return (
    <fieldset className="read-aloud-speed">
      <legend>{t('readAloud.speed')}</legend>
      {rates.map((option) => (
        <label key={option.rate} className="choice choice-small">
          <input
            type="radio"
            name="read-aloud-speed"
            checked={readAloud.rate === option.rate}
            onChange={() => readAloud.setRate(option.rate)}
          />
          <span>{t(option.label)}</span>
        </label>
      ))}
    </fieldset>
  );
}
