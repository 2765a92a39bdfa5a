import { useState, type FormEvent } from 'react';
import { textLimits } from '../../domain/mapping';
import type { MappingPart } from '../../domain/mapping-flow';
import { useT } from '../../i18n/use-t';
import { useWriteRemark } from './api/write-remark';
import { partTitles } from '../../i18n/part-titles';
import { useApiErrorText } from './use-api-error-text';

/** The guide adds a remark to one part; what the person wrote stays as it is. */
export function RemarkForm({ personId, part }: { personId: string; part: MappingPart }) {
  const t = useT();
  const errorText = useApiErrorText();
  const write = useWriteRemark(personId);
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const empty = text.trim() === '';
  const id = `remark-${part}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (empty) return;
    write.mutate(
      { part, text: text.trim() },
      {
        onSuccess: () => {
          setText('');
          setTried(false);
        },
      },
    );
  };

  const problem = tried && empty ? t('person.remark.empty') : write.isError ? errorText(write.error) : null;
  return (
    <form className="remark-form" noValidate onSubmit={submit}>
      <label className="field-label" htmlFor={id}>
        {t('person.remark.new', { part: t(partTitles[part]) })}
      </label>
      <textarea
        id={id}
        rows={3}
        maxLength={textLimits.long}
        value={text}
        aria-invalid={tried && empty}
        aria-describedby={problem ? `${id}-error` : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      {problem && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button-primary" disabled={write.isPending}>
        {t('person.remark.save')}
      </button>
    </form>
  );
}
