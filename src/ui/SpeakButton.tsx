import { useT } from '../i18n/use-t';
import type { MessageId } from '../i18n/message-id';
import { useReadAloud } from './read-aloud-context';

interface Props {
  /** Identifies this piece of text on screen (for highlighting); defaults to the message id. */
  speakKey?: string;
  messageId: MessageId;
  text: string;
}

/** A speaker button that reads one text aloud, or stops it if it is being read. */
export function SpeakButton({ speakKey, messageId, text }: Props) {
  const t = useT();
  const readAloud = useReadAloud();
  const key = speakKey ?? messageId;
  if (!readAloud.canSpeak(messageId)) return null;
  const speaking = readAloud.speakingKey === key;
  return (
    <button
      type="button"
      className="speak-button"
      aria-pressed={speaking}
      aria-label={speaking ? t('readAloud.stop') : `${t('readAloud.play')}: ${text}`}
      title={speaking ? t('readAloud.stop') : t('readAloud.play')}
      data-testid={`speak-${key}`}
      onClick={() => (speaking ? readAloud.stop() : readAloud.speak(key, messageId, text))}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" className="speaker-icon">
        <path d="M4 9v6h4l5 4V5L8 9H4z" fill="currentColor" />
        {speaking ? (
          <path d="M16 9h2v6h-2zM20 9h2v6h-2z" fill="currentColor" />
        ) : (
          <path
            d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        )}
      </svg>
    </button>
  );
}
