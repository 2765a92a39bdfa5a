import { useEffect, useState } from 'react';

/** What the address's hash part means to `parse` (a screen of the workspace, an assisted session…), following every change. */
export function useHashRoute<T>(parse: (hash: string) => T): T {
  const [route, setRoute] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, [parse]);
  return route;
}
