import { appLocales, type AppLocale } from '../../domain/app-locales';
import { useT } from '../../i18n/use-t';
import { useReadAloud } from '../../ui/read-aloud-context';
import { SpeakerButton } from '../../ui/SpeakerButton';

interface Props {
  onChoose: (locale: AppLocale) => void;
}

/**
 * The first screen: every language as a large button, named in its own language and script,
 * with a speaker that says that name in that language for a person who cannot read it.
 */
export function LanguageChoice({ onChoose }: Props) {
  const t = useT();
  const readAloud = useReadAloud();
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
        {appLocales.map((option) => {
          const speaking = readAloud.speakingKey === `language:${option.code}`;
          return (
            <li key={option.code} className="speakable" data-speaking={speaking || undefined}>
              <button
                type="button"
                className="language-option"
                lang={option.code}
                dir={option.direction}
                onClick={() => onChoose(option.code)}
              >
                {option.endonym}
              </button>
              {readAloud.canSpeakLanguageName(option.code) ? (
                <SpeakerButton
                  speaking={speaking}
                  label={speaking ? t('readAloud.stop') : `${t('readAloud.play')}: ${option.endonym}`}
                  title={t('readAloud.play')}
                  testId={`speak-language-${option.code}`}
                  onClick={() => (speaking ? readAloud.stop() : readAloud.speakLanguageName(option.code, option.endonym))}
                />
              ) : (
                // Keeps every language button the same width, with or without a speaker.
                <span className="speak-slot" aria-hidden="true" />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
