import { useAlongside } from '../../i18n/alongside';
import { useT } from '../../i18n/use-t';

/** The guide's own controls speak Norwegian, whichever language the questions are shown in. */
export function useNorwegian() {
  const t = useT();
  return useAlongside() ?? t;
}
