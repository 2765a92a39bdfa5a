import type { ElementType } from 'react';
import { useT } from '../i18n/use-t';
import type { MessageId } from '../i18n/message-id';
import { Alongside } from './Alongside';
import { useReadAloud } from './read-aloud-context';
import { SpeakButton } from './SpeakButton';

interface Props {
  id: MessageId;
  as?: ElementType;
  values?: Record<string, string>;
  className?: string;
  /** Attributes for the text's own element, e.g. `htmlFor` of a label or the `id` of a hint. */
  textProps?: Record<string, string | undefined>;
}

/**
 * A translated text with its speaker button beside it; highlighted while it is read aloud.
 * In an assisted session the Norwegian follows inside the same element, so a screen reader
 * reads both; the speaker reads only the participant's language.
 */
export function Speakable({ id, as: Tag = 'p', values, className, textProps }: Props) {
  const t = useT();
  const { speakingKey } = useReadAloud();
  const text = t(id, values);
  return (
    <div className="speakable" data-speaking={speakingKey === id || undefined}>
      <Tag className={className} {...textProps}>
        {text}
        <Alongside id={id} values={values} />
      </Tag>
      <SpeakButton messageId={id} text={text} />
    </div>
  );
}
