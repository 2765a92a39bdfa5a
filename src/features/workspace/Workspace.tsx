import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { useRef } from 'react';
import type { StaffSession } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';
import { AssistedStartContext, type StartAssisted } from './assisted-start';
import type { KompassDatabase } from '../../offline/db';
import { AcceptInvitation } from './AcceptInvitation';
import { AdminHome } from './AdminHome';
import { AdvisorHome } from './AdvisorHome';
import { AnswersViewContext, type RenderAnswers } from './answers-view';
import { AuditLogPage } from './AuditLogPage';
import { GuideHome } from './GuideHome';
import { PersonDataPage } from './PersonDataPage';
import { PersonDataViewContext, type RenderPersonData } from './person-data-view';
import { PersonPage } from './PersonPage';
import { PrintableProfile } from './PrintableProfile';
import type { WorkspaceRoute } from './routes';
import { SetupAdministrator } from './SetupAdministrator';
import { StaffBar } from './StaffBar';
import { StaffLogin } from './StaffLogin';
import { useScreenTitleFocus } from './use-screen-title-focus';
import { useStaffAccount } from './use-staff-account';
import { WorkspaceSessionContext } from './use-workspace-session';
import { workspaceCacheMaxAge } from './workspace-cache';
import './workspace.css';

interface Props {
  db: KompassDatabase;
  route: WorkspaceRoute;
  /** The participant's own review page, to show a mapping read-only (the app composes features). */
  renderAnswers: RenderAnswers;
  /** The participant's view of everything registered about them, for the guide's printout. */
  renderPersonData: RenderPersonData;
  startAssisted: StartAssisted;
}

/** The staff workspace: its one-time links, the log-in, and each role's screens. */
export function Workspace({ db, route, renderAnswers, renderPersonData, startAssisted }: Props) {
  const t = useT();
  const account = useStaffAccount(db);
  const { session } = account;
  const screen = useRef<HTMLDivElement>(null);
  useScreenTitleFocus(screen, screenKey(route, session));

  const content =
    route.screen === 'setup' ? (
      <SetupAdministrator token={route.token} onSession={account.startSession} />
    ) : route.screen === 'invite' ? (
      <AcceptInvitation token={route.token} onSession={account.startSession} />
    ) : session === undefined ? (
      <p role="status">{t('app.loading')}</p>
    ) : session === null ? (
      <StaffLogin ended={account.ended} onSession={account.startSession} />
    ) : (
      <LoggedIn session={session} route={route} logOut={() => account.logOut(session.token)} />
    );

  return (
    <PersistQueryClientProvider client={account.queryClient} persistOptions={{ persister: account.persister, maxAge: workspaceCacheMaxAge }}>
      <AnswersViewContext value={renderAnswers}>
        <PersonDataViewContext value={renderPersonData}>
        <AssistedStartContext value={startAssisted}>
        <div className="workspace" ref={screen}>
          {content}
        </div>
        <p className="workspace-exit">
          <a href="#">{t('staff.toParticipantApp')}</a>
        </p>
        </AssistedStartContext>
        </PersonDataViewContext>
      </AnswersViewContext>
    </PersistQueryClientProvider>
  );
}

/** Which screen is shown: the one-time links whatever the session; otherwise the log-in, or the route for whoever is logged in. */
function screenKey(route: WorkspaceRoute, session: StaffSession | null | undefined): string {
  if (route.screen === 'setup' || route.screen === 'invite') return route.screen;
  const who = session === undefined ? 'reading' : (session?.staff.id ?? 'login');
  return `${who}/${route.screen}/${'personId' in route ? route.personId : ''}`;
}

function LoggedIn({ session, route, logOut }: { session: StaffSession; route: WorkspaceRoute; logOut: () => Promise<void> }) {
  return (
    <WorkspaceSessionContext value={{ session, logOut }}>
      <StaffBar />
      <RoleScreen role={session.staff.role} route={route} />
    </WorkspaceSessionContext>
  );
}

function RoleScreen({ role, route }: { role: StaffSession['staff']['role']; route: WorkspaceRoute }) {
  if (role === 'administrator') return route.screen === 'audit' ? <AuditLogPage /> : <AdminHome />;
  if (route.screen === 'person') return <PersonPage personId={route.personId} />;
  if (route.screen === 'print') return <PrintableProfile personId={route.personId} />;
  if (route.screen === 'data') return <PersonDataPage personId={route.personId} />;
  return role === 'guide' ? <GuideHome /> : <AdvisorHome />;
}
