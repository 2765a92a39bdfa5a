interface Props {
  speaking: boolean;
  /** What pressing it does, in the person's language ("Read aloud: …" or "Stop reading"). */
  label: string;
  title: string;
  testId: string;
  onClick: () => void;
}

/** The round speaker button; shows a pause sign while its text is being read. */
export function SpeakerButton({ speaking, label, title, testId, onClick }: Props) {
  return (
    <button
      type="button"
      className="speak-button"
      aria-pressed={speaking}
      aria-label={label}
      title={title}
      data-testid={testId}
      onClick={onClick}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
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
