import { useEffect, useState } from 'react';

export const deviceViewHref = '#device';

/**
 * The guide's device overview has its own address (…/#device), so it can be bookmarked on a
 * centre's tablets and the browser's Back button leaves it.
 */
export function useDeviceView(): { shown: boolean; close: () => void } {
  const [shown, setShown] = useState(() => window.location.hash === deviceViewHref);
  useEffect(() => {
    const update = () => setShown(window.location.hash === deviceViewHref);
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return {
    shown,
    close: () => {
      window.location.hash = '';
    },
  };
}
