import { appLocales, isAppLocale } from '../../domain/app-locales';
import { useLocaleChoice } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/use-t';

/** Every language listed by its own name, in its own script and direction. */
export function LanguageSwitch() {
  const t = useT();
  const { locale, chooseLocale } = useLocaleChoice();
  return (
    <label className="language-switch">
      <span className="language-switch-label">{t('language.switch.label')}</span>
      <select
        value={locale}
        onChange={(event) => isAppLocale(event.target.value) && void chooseLocale(event.target.value)}
      >
        {appLocales.map((option) => (
          <option key={option.code} value={option.code} lang={option.code} dir={option.direction}>
            {option.endonym}
          </option>
        ))}
      </select>
    </label>
  );
}
