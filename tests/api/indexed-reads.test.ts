import type { InjectOptions } from 'fastify';
import { CompiledQuery, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filledMapping } from '../../src/domain/hostile-input';
import { explainStatements, StatementRecorder, wholeTableReads } from './support/query-plans';
import { startTestServer } from './support/test-server';
import { bearer, participantSession, staffSession } from './support/workspace';

interface Workspace {
  guideToken: string;
  participantToken: string;
  mappingId: string;
  personId: string;
}

const asGuide = (method: 'GET' | 'POST', url: (workspace: Workspace) => string) => (workspace: Workspace): InjectOptions => ({
  method,
  url: url(workspace),
  headers: bearer(workspace.guideToken),
});

const requests: [string, (workspace: Workspace) => InjectOptions][] = [
  [
    'a participant syncs their mapping',
    ({ participantToken, mappingId }) => ({
      method: 'PUT',
      url: `/api/mappings/${mappingId}`,
      headers: bearer(participantToken),
      payload: { revision: 1, baseRevision: null, deviceId: crypto.randomUUID(), content: filledMapping() },
    }),
  ],
  ["the guide's list, first page", asGuide('GET', () => '/api/persons?limit=1')],
  ["the guide's list, a later page", asGuide('GET', ({ personId }) => `/api/persons?limit=1&after=${personId}`)],
  ["a person's page", asGuide('GET', ({ personId }) => `/api/persons/${personId}`)],
  ['a new login code', asGuide('POST', ({ personId }) => `/api/persons/${personId}/login-code`)],
];

/**
 * The requests made over and over as the workspace grows must find their rows through an
 * index: a statement that has to read a whole table (persons, mappings, their history, codes,
 * sessions, staff records, the audit log) gets slower with every person registered. A small
 * table is read whole by choice, so the plans are asked for with sequential scans turned off:
 * then only a statement no index can serve still reads a table whole. bench/growth.ts measures
 * the same requests with 10k–1M persons.
 */
describe('reads that grow with the workspace', () => {
  const recorder = new StatementRecorder();
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let workspace: Workspace;

  beforeAll(async () => {
    server = await startTestServer({ plugin: recorder });
    const guide = await staffSession(server, { role: 'guide', municipality: '4601' });
    const participant = await participantSession(server, guide.token);
    await participantSession(server, guide.token);
    workspace = { guideToken: guide.token, participantToken: participant.token, mappingId: participant.mappingId, personId: participant.person.id };
  });

  afterAll(() => server.close());

  it.each(requests)('%s: no statement has to read a growing table whole', async (_, request) => {
    let statusCode = 0;
    const statements = await recorder.record(async () => ({ statusCode } = await server.app.inject(request(workspace))));
    expect(statusCode).toBeLessThan(300);
    const plans = await explainStatements(server.database.db as Kysely<unknown>, statements, {
      analyze: false,
      first: [CompiledQuery.raw('set local enable_seqscan = off')],
    });
    expect(plans.length).toBeGreaterThan(0);
    expect(wholeTableReads(plans)).toEqual([]);
  });
});
