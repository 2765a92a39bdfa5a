import { useHashRoute } from './use-hash-route';

export const deviceViewHref = '#device';

const isDeviceView = (hash: string) => hash === deviceViewHref;

/**
 * The guide's device overview has its own address (…/#device), so it can be bookmarked on a
 * centre's tablets and the browser's Back button leaves it.
 */
export function useDeviceView(): { shown: boolean; close: () => void } {
  return {
    shown: useHashRoute(isDeviceView),
    close: () => {
      window.location.hash = '';
    },
  };
}
