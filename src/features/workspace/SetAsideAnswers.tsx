import type { SetAsideValue } from '../../domain/mapping';
import { useT } from '../../i18n/use-t';

/**
 * Answers that did not fit the mapping, or that another device gave in a conflict: kept for the
 * guide to weigh with the person, shown exactly as they came.
 */
export function SetAsideAnswers({ answers }: { answers: SetAsideValue[] }) {
  const t = useT();
  if (answers.length === 0) return null;
  return (
    <section aria-labelledby="set-aside-title" className="records-panel">
      <h2 id="set-aside-title">{t('person.setAside.title')}</h2>
      <p className="field-hint">{t('person.setAside.intro')}</p>
      <ul className="set-aside">
        {answers.map((answer, index) => (
          <li key={index}>
            <p>
              <strong>{t(answer.reason === 'conflict' ? 'person.setAside.conflict' : 'person.setAside.notPlaced')}</strong>
            </p>
            <p>
              {t('person.setAside.path')} <code dir="ltr">{answer.path}</code>
            </p>
            <pre dir="auto">{answer.value}</pre>
          </li>
        ))}
      </ul>
    </section>
  );
}
