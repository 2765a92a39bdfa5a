import { useEffect, useState } from 'react';
import { workspaceRouteOf, type WorkspaceRoute } from '../features/workspace/routes';

/** The staff workspace's screen for the address (#staff, #setup=…, #invite=…), or null for the participant's app. */
export function useWorkspaceRoute(): WorkspaceRoute | null {
  const [route, setRoute] = useState(() => workspaceRouteOf(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(workspaceRouteOf(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
