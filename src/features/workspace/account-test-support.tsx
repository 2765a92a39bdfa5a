import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import type { StaffArea } from '../../domain/workspace-api';
import { LocaleProvider } from '../../i18n/LocaleProvider';
import type { KompassDatabase } from '../../offline/db';
import { acceptInvitation, inviteStaff } from '../../../server/services/staff';
import { newEmail, password } from '../../../tests/api/support/workspace';
import type { startTestServer } from '../../../tests/api/support/test-server';
import { workspaceRouteOf } from './routes';
import { Workspace } from './Workspace';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/** An active account, to log in with by hand. */
export async function activeAccount(server: TestServer, name: string, area: StaffArea) {
  const email = newEmail();
  const invited = await inviteStaff(server.database.db, { name, email, ...area }, new Date());
  if (invited.kind !== 'invited') throw new Error('invitation failed');
  await acceptInvitation(server.database.db, { inviteToken: invited.inviteToken, password }, new Date());
  return { email, password };
}

/** The workspace at an address, following the address as the app does. */
export function renderWorkspace(db: KompassDatabase, hash: string) {
  window.location.hash = hash;
  const view = render(
    <LocaleProvider initialLocale="nb">
      <RoutedWorkspace db={db} />
    </LocaleProvider>,
  );
  return { user: userEvent.setup(), ...view };
}

function RoutedWorkspace({ db }: { db: KompassDatabase }) {
  const [route, setRoute] = useState(() => workspaceRouteOf(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(workspaceRouteOf(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route ? <Workspace db={db} route={route} renderAnswers={() => null} renderPersonData={() => null} startAssisted={async () => undefined} /> : <p>participant</p>;
}
