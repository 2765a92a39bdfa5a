import { useT } from '../i18n/use-t';
import type { MessageId } from '../i18n/message-id';
import { useReadAloud } from './read-aloud-context';
import { SpeakerButton } from './SpeakerButton';

interface Props {
  messageId: MessageId;
  text: string;
}

/** Reads one message aloud, or stops it if it is being read; absent where it cannot be read. */
export function SpeakButton({ messageId, text }: Props) {
  const t = useT();
  const readAloud = useReadAloud();
  if (!readAloud.canSpeak(messageId)) return null;
  const speaking = readAloud.speakingKey === messageId;
  return (
    <SpeakerButton
      speaking={speaking}
      label={speaking ? t('readAloud.stop') : `${t('readAloud.play')}: ${text}`}
      title={speaking ? t('readAloud.stop') : t('readAloud.play')}
      testId={`speak-${messageId}`}
      onClick={() => (speaking ? readAloud.stop() : readAloud.speak(messageId, messageId, text))}
    />
  );
}
