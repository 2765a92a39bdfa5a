import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { emptyMappingContent, type MappingContent } from '../../domain/mapping';
import { mappingParts } from '../../domain/mapping-flow';
import { staffMemberSchema, type PersonRecord, type StaffArea, type StaffSession } from '../../domain/workspace-api';
import { LocaleProvider } from '../../i18n/LocaleProvider';
import { bearer, staffSession } from '../../../tests/api/support/workspace';
import type { startTestServer } from '../../../tests/api/support/test-server';
import { localToday } from './today';
import { AnswersViewContext, type RenderAnswers } from './answers-view';
import { AssistedStartContext } from './assisted-start';
import { WorkspaceSessionContext } from './use-workspace-session';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

export { withRealServer } from '../../../tests/setup/real-server';

/** A member of staff logged in through the API, as the workspace keeps them. */
export async function loggedIn(server: TestServer, area: StaffArea): Promise<StaffSession> {
  const { token } = await staffSession(server, area);
  const me = await server.app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) });
  return { token, expiresAt: new Date(Date.now() + 3600_000).toISOString(), staff: staffMemberSchema.parse(me.json().staff) };
}

/** Stands in for the participant's review page (the app wires the real one): each part's answers as JSON, then what follows the part. */
const answersAsJson: RenderAnswers = (content, afterPart) => (
  <div>
    {mappingParts.map((part) => (
      <section key={part} data-testid={`part-${part}`}>
        <h3>{part}</h3>
        <pre data-testid={`answers-${part}`}>{JSON.stringify(content[part])}</pre>
        {afterPart?.(part)}
      </section>
    ))}
  </div>
);

export function renderAs(session: StaffSession, screen: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // Which persons' assisted sessions were started (the app shell runs them).
  const assistedStarted: PersonRecord[] = [];
  const view = (
    <LocaleProvider initialLocale="nb">
      <QueryClientProvider client={queryClient}>
        <WorkspaceSessionContext.Provider value={{ session, logOut: async () => undefined }}>
          <AnswersViewContext.Provider value={answersAsJson}>
            <AssistedStartContext value={async (record) => void assistedStarted.push(record)}>{screen}</AssistedStartContext>
          </AnswersViewContext.Provider>
        </WorkspaceSessionContext.Provider>
      </QueryClientProvider>
    </LocaleProvider>
  );
  return { user: userEvent.setup(), assistedStarted, ...render(view) };
}

/** Stores a mapping for the person, as their device (or a guide's) would send it. */
export async function storeMapping(server: TestServer, token: string, mappingId: string, change: (content: MappingContent) => MappingContent) {
  const content = change(emptyMappingContent('nb'));
  const response = await server.app.inject({
    method: 'PUT',
    url: `/api/mappings/${mappingId}`,
    headers: bearer(token),
    payload: { revision: 1, baseRevision: null, content },
  });
  if (response.statusCode !== 200) throw new Error(`storing the mapping failed: ${response.body}`);
}

/** A calendar date some days from today (negative: in the past), as YYYY-MM-DD. */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return localToday(date);
}
