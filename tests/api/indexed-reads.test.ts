import type { InjectOptions } from 'fastify';
import { CompiledQuery, sql, type Kysely } from 'kysely';
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
  /** A second person, who asked to be erased. */
  leavingId: string;
  erasureId: string;
}

const asGuide = (method: 'GET' | 'POST', url: (workspace: Workspace) => string, payload?: object) => (workspace: Workspace): InjectOptions => ({
  method,
  url: url(workspace),
  headers: bearer(workspace.guideToken),
  ...(payload ? { payload } : {}),
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
  [
    'a person erased at their request',
    asGuide('POST', ({ leavingId, erasureId }) => `/api/persons/${leavingId}/privacy-requests/${erasureId}/answer`, { outcome: 'done', explanation: 'Slettet.' }),
  ],
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
    const leaving = await participantSession(server, guide.token);
    const erasure = await server.app.inject({ method: 'POST', url: '/api/me/privacy-requests', headers: bearer(leaving.token), payload: { kind: 'erasure', message: 'Slett meg.' } });
    workspace = {
      guideToken: guide.token,
      participantToken: participant.token,
      mappingId: participant.mappingId,
      personId: participant.person.id,
      leavingId: leaving.person.id,
      erasureId: erasure.json().id,
    };
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

  // The database's own work when a person goes: each row that points at them or their mapping
  // is looked up (and deleted, or the delete refused), which no plan above shows.
  it('every foreign key to a person or their mapping is indexed, so erasing one never reads a whole table', async () => {
    const { rows } = await sql<{ foreign_key: string }>`
      select conrelid::regclass || '.' || attname as foreign_key
        from pg_constraint
        join pg_attribute on attrelid = conrelid and attnum = conkey[1]
       where contype = 'f' and confrelid in ('persons'::regclass, 'mappings'::regclass)
         and not exists (select from pg_index where indrelid = conrelid and indkey[0] = conkey[1] and indpred is null)
    `.execute(server.database.db);
    expect(rows.map((row) => row.foreign_key)).toEqual([]);
  });
});
