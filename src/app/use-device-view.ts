import { useEffect, useState } from 'react';

const deviceHash = '#device';

/**
 * The guide's device overview has its own address (…/#device), so it can be bookmarked on a
 * centre's tablets and the browser's Back button leaves it.
 */
export function useDeviceView(): { shown: boolean; close: () => void } {
  const [shown, setShown] = useState(() => window.location.hash === deviceHash);
  useEffect(() => {
    const update = () => setShown(window.location.hash === deviceHash);
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

export const deviceViewHref = deviceHash;
