import { useState, type FormEvent } from 'react';
import type { MappingPart } from '../../domain/mapping-flow';
import type { MessageId } from '../../i18n/message-id';
import { useNorwegian } from './use-norwegian';

interface Props {
  part: MappingPart;
  partTitle: MessageId;
  /** Keeps the remark on the device until the server has it. */
  save: (text: string) => Promise<void>;
}

/** The guide's remark on the part being asked, written during the session; it supplements, never replaces. */
export function AssistedRemark({ part, partTitle, save }: Props) {
  const nb = useNorwegian();
  const [text, setText] = useState('');
  const [saved, setSaved] = useState(false);
  const fieldId = `assisted-remark-${part}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return;
    await save(text.trim());
    setText('');
    setSaved(true);
  }

  return (
    <form className="assisted-remark" lang="nb" dir="ltr" onSubmit={(event) => void submit(event)}>
      <label className="field-label" htmlFor={fieldId}>
        {nb('assisted.remark.label', { part: nb(partTitle) })}
      </label>
      <p className="field-hint" id={`${fieldId}-hint`}>
        {nb('assisted.remark.hint')}
      </p>
      <textarea
        id={fieldId}
        rows={3}
        maxLength={2000}
        value={text}
        aria-describedby={`${fieldId}-hint`}
        onChange={(event) => {
          setText(event.target.value);
          setSaved(false);
        }}
      />
      <button type="submit">{nb('assisted.remark.save')}</button>
      <p role="status" className="assisted-remark-saved">
        {saved ? nb('assisted.remark.saved') : ''}
      </p>
    </form>
  );
}
