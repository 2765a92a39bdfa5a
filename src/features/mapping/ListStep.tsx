import { useState } from 'react';
import { addEntry, canAddEntry, entriesOf, moveEntry, removeEntry } from '../../domain/entry-list';
import { emptyEntries, listLimits, type ListPart, type MappingContent } from '../../domain/mapping';
import { entryStart, type Position } from '../../domain/mapping-flow';
import { useT } from '../../i18n/use-t';
import { Question } from '../../ui/Question';
import { listQuestion } from './part-titles';
import { useAnswerText } from './use-answer-text';

interface Props {
  content: MappingContent;
  part: ListPart;
  onChange: (content: MappingContent) => void;
  goTo: (position: Position) => void;
  newEntryId: () => string;
  requiredError: boolean;
}

/** A list part's screen: its entries, each to edit, move or remove, and a button to add one. */
export function ListStep({ content, part, onChange, goTo, newEntryId, requiredError }: Props) {
  const t = useT();
  const { entryTitle } = useAnswerText();
  const [confirmingRemoval, setConfirmingRemoval] = useState<string | null>(null);
  const entries = entriesOf(content, part);

  const add = () => {
    const id = newEntryId();
    onChange(addEntry(content, part, emptyEntries[part](id) as never));
    goTo(entryStart(part, id));
  };

  return (
    <Question title={listQuestion(part).title} hint={listQuestion(part).hint} error={requiredError ? t('mapping.nav.answerRequired') : null}>
      {({ titleId }) => (
        <>
          {entries.length === 0 ? (
            <p className="list-empty">{t('mapping.list.empty')}</p>
          ) : (
            <ol className="entry-list" aria-labelledby={titleId}>
              {entries.map((entry, index) => {
                const name = entryTitle(part, entry);
                const nameId = `entry-${entry.id}`;
                return (
                  <li key={entry.id} className="entry-card">
                    <p className="entry-name" id={nameId}>
                      {name}
                      {part === 'languages' && 'motherTongue' in entry && entry.motherTongue && (
                        <span className="badge">{t('mapping.languages.motherTongue.badge')}</span>
                      )}
                    </p>
                    {confirmingRemoval === entry.id ? (
                      <div className="entry-actions" role="group" aria-labelledby={`${nameId}-confirm`}>
                        <p id={`${nameId}-confirm`}>{t('mapping.list.removeConfirm')}</p>
                        <button
                          type="button"
                          className="button-danger"
                          onClick={() => {
                            onChange(removeEntry(content, part, entry.id));
                            setConfirmingRemoval(null);
                          }}
                        >
                          {t('mapping.list.removeYes')}
                        </button>
                        <button type="button" autoFocus onClick={() => setConfirmingRemoval(null)}>
                          {t('mapping.list.removeNo')}
                        </button>
                      </div>
                    ) : (
                      <div className="entry-actions">
                        <button
                          type="button"
                          aria-describedby={nameId}
                          onClick={() => goTo(entryStart(part, entry.id))}
                        >
                          {t('mapping.list.edit')}
                        </button>
                        <button type="button" aria-describedby={nameId} disabled={index === 0} onClick={() => onChange(moveEntry(content, part, entry.id, -1))}>
                          {t('mapping.list.moveUp')}
                        </button>
                        <button
                          type="button"
                          aria-describedby={nameId}
                          disabled={index === entries.length - 1}
                          onClick={() => onChange(moveEntry(content, part, entry.id, 1))}
                        >
                          {t('mapping.list.moveDown')}
                        </button>
                        <button type="button" aria-describedby={nameId} onClick={() => setConfirmingRemoval(entry.id)}>
                          {t('mapping.list.remove')}
                        </button>
                      </div>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
          {canAddEntry(content, part) ? (
            <button type="button" className="button-add" onClick={add}>
              <span aria-hidden="true">+ </span>
              {t(`mapping.list.add.${part}`)}
            </button>
          ) : (
            <p className="notice" role="status">
              {t('mapping.list.full', { max: String(listLimits[part]) })}
            </p>
          )}
        </>
      )}
    </Question>
  );
}
