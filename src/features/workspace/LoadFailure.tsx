import { useT } from '../../i18n/use-t';
import { useApiErrorText } from './use-api-error-text';

/** Why something could not be fetched, and a way to try again. */
export function LoadFailure({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useT();
  const errorText = useApiErrorText();
  return (
    <div className="notice notice-alert" role="alert">
      <p>{errorText(error)}</p>
      <button type="button" onClick={retry}>
        {t('person.retry')}
      </button>
    </div>
  );
}
