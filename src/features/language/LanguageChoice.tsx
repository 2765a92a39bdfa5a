import { appLocales, type AppLocale } from '../../domain/app-locales';
import { useT } from '../../i18n/use-t';

interface Props {
  onChoose: (locale: AppLocale) => void;
}

/** The first screen: every language as a large button, named in its own language and script. */
export function LanguageChoice({ onChoose }: Props) {
  const t = useT();
  return (
    <section className="part language-choice" aria-labelledby="language-choice-title">
      <h2 id="language-choice-title" className="with-icon">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="32" height="32">
          <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
          <path
            d="M2 12h20M12 2c3 3.5 3 16.5 0 20M12 2c-3 3.5-3 16.5 0 20"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          />
        </svg>
        {t('language.choose.title')}
      </h2>
      <p>{t('language.choose.hint')}</p>
      <ul className="language-list">
        {appLocales.map((option) => (
          <li key={option.code}>
            <button
              type="button"
              className="language-option"
              lang={option.code}
              dir={option.direction}
              onClick={() => onChoose(option.code)}
            >
              {option.endonym}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
