import type { ElementType } from 'react';
import { useT } from '../i18n/use-t';
import type { MessageId } from '../i18n/message-id';
import { useReadAloud } from './read-aloud-context';
import { SpeakButton } from './SpeakButton';

interface Props {
  id: MessageId;
  as?: ElementType;
  values?: Record<string, string>;
  className?: string;
}

/** A translated text with its speaker button beside it; highlighted while it is read aloud. */
export function Speakable({ id, as: Tag = 'p', values, className }: Props) {
  const t = useT();
  const { speakingKey } = useReadAloud();
  const text = t(id, values);
  return (
    <div className={['speakable', className].filter(Boolean).join(' ')} data-speaking={speakingKey === id || undefined}>
      <Tag className="speakable-text">{text}</Tag>
      <SpeakButton messageId={id} text={text} />
    </div>
  );
}
