import { useMemo, useState } from 'react';
import { birthYearProblem, earliestBirthYear, genders, type AboutYou } from '../../domain/mapping';
import { parseYearInput } from '../../domain/digits';
import type { Citizenship } from '../../domain/countries';
import { useLocaleChoice } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/use-t';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { Field } from '../../ui/Field';
import { Speakable } from '../../ui/Speakable';
import { countryOptions } from './country-options';

interface Props {
  aboutYou: AboutYou;
  onChange: (aboutYou: AboutYou) => void;
  currentYear: number;
}

/** Part 1 of the mapping: citizenship, gender and birth year. */
export function AboutYouPart({ aboutYou, onChange, currentYear }: Props) {
  const t = useT();
  const { locale } = useLocaleChoice();
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const [birthYearTouched, setBirthYearTouched] = useState(false);

  const problem = birthYearProblem(aboutYou.birthYear, currentYear);
  const showProblem = problem !== null && (birthYearTouched || String(aboutYou.birthYear).length >= 4);
  const birthYearError = !showProblem
    ? null
    : problem === 'too_early'
      ? t('mapping.aboutYou.birthYear.tooEarly', { earliest: String(earliestBirthYear) })
      : t('mapping.aboutYou.birthYear.inFuture', { currentYear: String(currentYear) });

  return (
    <section className="part" aria-labelledby="about-you-title">
      <h2 id="about-you-title">{t('mapping.aboutYou.title')}</h2>
      <Speakable id="mapping.aboutYou.intro" className="part-intro" />

      <Field label="mapping.aboutYou.citizenship.label">
        {({ id }) => (
          <select
            id={id}
            value={aboutYou.citizenship ?? ''}
            onChange={(event) =>
              onChange({ ...aboutYou, citizenship: event.target.value === '' ? null : (event.target.value as Citizenship) })
            }
          >
            <option value="">{t('mapping.aboutYou.citizenship.choose')}</option>
            <option value="stateless">{t('mapping.aboutYou.citizenship.stateless')}</option>
            <option value="unknown">{t('mapping.aboutYou.citizenship.unknown')}</option>
            {countries.map((country) => (
              <option key={country.value} value={country.value}>
                {country.label}
              </option>
            ))}
          </select>
        )}
      </Field>

      <ChoiceGroup
        legend="mapping.aboutYou.gender.label"
        name="gender"
        options={genders.map((gender) => ({ value: gender, label: `mapping.aboutYou.gender.${gender}` as const }))}
        value={aboutYou.gender}
        onChange={(gender) => onChange({ ...aboutYou, gender })}
      />

      <Field
        label="mapping.aboutYou.birthYear.label"
        hint="mapping.aboutYou.birthYear.hint"
        error={birthYearError}
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            className="year-input"
            type="text"
            inputMode="numeric"
            autoComplete="bday-year"
            dir="ltr"
            maxLength={4}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            value={aboutYou.birthYear?.toString() ?? ''}
            onChange={(event) => onChange({ ...aboutYou, birthYear: parseYearInput(event.target.value) })}
            onBlur={() => setBirthYearTouched(true)}
          />
        )}
      </Field>
    </section>
  );
}
