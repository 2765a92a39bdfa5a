import { useState } from 'react';
import { prepareForReload } from '../offline/before-reload';
import { useT } from '../i18n/use-t';

interface Props {
  apply: () => void;
}

/** A polite, non-blocking notice: nothing reloads until the person presses the button. */
export function UpdatePrompt({ apply }: Props) {
  const t = useT();
  const [hidden, setHidden] = useState(false);
  if (hidden) return null;
  return (
    <div className="notice" role="status" data-testid="update-prompt">
      <p>{t('update.available')}</p>
      <div className="notice-actions">
        <button type="button" className="button-primary" onClick={() => void prepareForReload().then(apply)}>
          {t('update.reload')}
        </button>
        <button type="button" onClick={() => setHidden(true)}>
          {t('update.later')}
        </button>
      </div>
    </div>
  );
}
