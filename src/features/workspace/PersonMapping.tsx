import type { PersonRecord } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';
import { useWhen } from '../../i18n/use-when';
import { useAnswersView } from './answers-view';
import { PartRemarks } from './PartRemarks';
import { SetAsideAnswers } from './SetAsideAnswers';

interface Props {
  record: PersonRecord;
  /** Guides may add remarks and weigh set-aside answers; advisors read. */
  asGuide: boolean;
}

/** The person's answers as they gave them, with the guides' remarks after each part. */
export function PersonMapping({ record, asGuide }: Props) {
  const t = useT();
  const when = useWhen();
  const renderAnswers = useAnswersView();
  const { mapping, person } = record;
  return (
    <section aria-labelledby="mapping-title" className="records-panel">
      <h2 id="mapping-title">{t('person.mapping.title')}</h2>
      {mapping === null ? (
        <p className="not-answered">{t('person.mapping.none')}</p>
      ) : (
        <>
          <p className="field-hint">
            {t('person.mapping.updated', { date: when.date(mapping.updatedAt), time: when.time(mapping.updatedAt), revision: mapping.revision })}
          </p>
          {renderAnswers(mapping.content, (part) => (
            <PartRemarks part={part} remarks={record.remarks.filter((remark) => remark.part === part)} personId={asGuide ? person.id : undefined} />
          ))}
          {asGuide && <SetAsideAnswers answers={mapping.content.setAside} />}
        </>
      )}
    </section>
  );
}
