import { useAlongside } from '../i18n/alongside';
import type { MessageId } from '../i18n/message-id';
import { useT } from '../i18n/use-t';

interface Props {
  id: MessageId;
  values?: Record<string, string | number>;
}

/**
 * A message's Norwegian text under (or, on a wide screen, beside) the participant's, in an
 * assisted session; nothing otherwise, and nothing where both say the same.
 */
export function Alongside({ id, values }: Props) {
  const t = useT();
  const norwegian = useAlongside();
  if (!norwegian) return null;
  return <AlongsideText text={norwegian(id, values)} original={t(id, values)} />;
}

/** A Norwegian text that is not a message (a country's name, say) beside the participant's. */
export function AlongsideText({ text, original }: { text: string; original: string }) {
  const norwegian = useAlongside();
  if (!norwegian || text === original) return null;
  // The space keeps the two apart where the text is read without styles (an accessible name).
  return (
    <>
      {' '}
      <span className="alongside" lang="nb" dir="ltr">
        {text}
      </span>
    </>
  );
}
