import { useIntl } from 'react-intl';
import type { MessageId } from './message-id';

type Values = Record<string, string | number>;

/** Looks up a translated message by its (type-checked) id. */
export function useT(): (id: MessageId, values?: Values) => string {
  const intl = useIntl();
  return (id, values) => intl.formatMessage({ id }, values);
}
