// How the server's cost grows with what it stores: at each size in SIZES (stored mappings, one
// per person, with their history, codes, sessions, staff records and audit trail) the time a
// participant's sync takes, the time the guide's list takes (its first page and one deep in
// it) and opening one person from it, the database's size, and EXPLAIN (ANALYZE, BUFFERS) of
// every statement those requests run, to show they read by index. The workspace grows in
// steps (10k → 100k → 1M), so each size adds only the difference.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/growth.ts
//
// On PostgreSQL it makes a database of its own beside the one DATABASE_URL names
// (GROWTH_DATABASE, default kompass_bench_growth) and drops it afterwards (KEEP_DATABASE=1
// keeps it for a look with psql); without DATABASE_URL it runs on embedded PGlite in memory.
// SIZES (default 10000,100000,1000000), SYNCS (timed PUTs per size, default 200), READS
// (timed reads of each page per size, default 20) and REVISIONS (most revisions a stored
// mapping has, default 5) set the sizes.
import { sql, type CompiledQuery, type Kysely } from 'kysely';
import pg from 'pg';
import type { MappingContent } from '../src/domain/mapping';
import { hashSecret, newSecret } from '../server/auth/secrets';
import { buildApp } from '../server/app';
import { openDatabase, type Database } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import type { DatabaseSchema } from '../server/db/schema';
import { explainStatements, planLine, StatementRecorder, wholeTableReads, type StatementPlan } from '../tests/api/support/query-plans';
import { createScratchDatabase } from '../tests/e2e/support/scratch-database';
import { percentile, reportFigures, type Figure } from './support/figures';
import { addPersons, addStaff, biggestMunicipality, deviceOf, dufNumberOf } from './support/generated-workspace';

const sizes = (process.env.SIZES ?? '10000,100000,1000000').split(',').map(Number).sort((a, b) => a - b);
const syncs = Number(process.env.SYNCS ?? 200);
const reads = Number(process.env.READS ?? 20);
const maxRevisions = Number(process.env.REVISIONS ?? 5);
const step = 50_000;
const pageSize = 50;
const tablesShown = ['persons', 'mappings', 'mapping_revisions', 'sessions', 'login_codes', 'audit_events'];

type Db = Kysely<DatabaseSchema>;

const label = (size: number) => (size >= 1e6 ? `${size / 1e6}M` : size >= 1e3 ? `${size / 1e3}k` : String(size));
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function openBenchDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) return { database: await openDatabase({ kind: 'pglite', dataDir: null }), drop: async () => {} };
  const name = process.env.GROWTH_DATABASE ?? 'kompass_bench_growth';
  // A run stopped half-way leaves its database behind: start afresh.
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`).finally(() => admin.end());
  const scratch = await createScratchDatabase(baseUrl, name);
  const database = await openDatabase({ kind: 'postgresql', url: scratch.url });
  return { database, drop: () => (process.env.KEEP_DATABASE === '1' ? Promise.resolve() : scratch.drop()) };
}

async function growTo(db: Db, from: number, to: number): Promise<void> {
  const started = performance.now();
  for (let at = from; at < to; at += step) {
    await addPersons(db, at, Math.min(to, at + step), maxRevisions);
    if (to - from > step) console.log(`  … ${Math.min(to, at + step)} persons (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  await sql`vacuum analyze`.execute(db);
}

/** Sessions for staff or participants, as logging in makes them; returns their tokens. */
async function sessionsFor(db: Db, holders: ({ staff_id: string } | { person_id: string })[]): Promise<string[]> {
  const now = new Date();
  const tokens = holders.map(() => newSecret());
  await db
    .insertInto('sessions')
    .values(holders.map((each, at) => ({ ...each, token_hash: hashSecret(tokens[at]!), created_at: now, expires_at: new Date(now.getTime() + 12 * 3600_000), last_used_at: now })))
    .execute();
  return tokens;
}

interface Participant {
  token: string;
  mappingId: string;
  revision: number;
  deviceId: string;
  content: MappingContent;
}

/** `count` persons picked at random among the first `size`, logged in on the device that wrote their history. */
async function participants(db: Db, size: number, count: number): Promise<Participant[]> {
  const picked = new Set<number>();
  while (picked.size < Math.min(count, size)) picked.add(1 + Math.floor(Math.random() * size));
  const { rows } = await sql<{ person_id: string; mapping_id: string; revision: number; content: MappingContent; device_id: string }>`
    select p.id as person_id, p.mapping_id, m.revision, m.content, ${sql.raw(deviceOf('s.n'))} as device_id
      from unnest(${[...picked]}::bigint[]) s (n)
      join persons p on p.duf_number = ${sql.raw(dufNumberOf('s.n'))}
      join mappings m on m.id = p.mapping_id
  `.execute(db);
  const tokens = await sessionsFor(db, rows.map((row) => ({ person_id: row.person_id })));
  return rows.map((row, at) => ({ token: tokens[at]!, mappingId: row.mapping_id, revision: row.revision, deviceId: row.device_id, content: row.content }));
}

/** The participant's device sends its next revision: one more sentence in their wishes. */
async function sync(url: string, participant: Participant): Promise<void> {
  const { content } = participant;
  const next = { ...content, wishes: { ...content.wishes, text: `${content.wishes.text} Og mer.` } };
  const response = await fetch(`${url}/api/mappings/${participant.mappingId}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${participant.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ revision: participant.revision + 1, baseRevision: participant.revision, deviceId: participant.deviceId, content: next }),
  });
  const reply = (await response.json()) as { outcome?: string };
  if (response.status !== 200 || reply.outcome !== 'stored') throw new Error(`sync answered ${response.status}: ${JSON.stringify(reply)}`);
}

async function read(url: string, path: string, token: string): Promise<void> {
  const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
}

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function timesOf<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) times.push(await timed(() => work(item)));
  return times.sort((a, b) => a - b);
}

async function tableSizes(db: Db): Promise<{ database: number; tables: Map<string, number> }> {
  const { rows } = await sql<{ name: string; bytes: string }>`
    select relname as name, pg_total_relation_size(oid) as bytes from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace
  `.execute(db);
  const { rows: total } = await sql<{ bytes: string }>`select pg_database_size(current_database()) as bytes`.execute(db);
  return { database: Number(total[0]!.bytes), tables: new Map(rows.map((row) => [row.name, Number(row.bytes)])) };
}

interface Measured {
  size: number;
  figures: Figure[];
  syncP50: number;
  syncP95: number;
  listFirst: number;
  listDeep: number;
  databaseBytes: number;
}

async function explained(db: Db, request: string, statements: CompiledQuery[], first?: CompiledQuery[]): Promise<StatementPlan[]> {
  const plans = await explainStatements(db as Kysely<unknown>, statements, { analyze: true, first });
  for (const plan of plans) console.log(`  ${planLine(request, plan)}`);
  return plans;
}

/** Participants' syncs: a few to warm up, the timed ones, and one more recorded for EXPLAIN. */
async function measureSyncs(db: Db, url: string, recorder: StatementRecorder, size: number) {
  const [recorded, ...people] = await participants(db, size, syncs + 11);
  for (const participant of people.slice(0, 10)) await sync(url, participant);
  const times = await timesOf(people.slice(10), (participant) => sync(url, participant));
  const statements = await recorder.record(() => sync(url, recorded!));
  // The recorded revision is stored: out of the way again, inside the rolled-back transaction.
  const madeRoom = db.deleteFrom('mapping_revisions').where('mapping_id', '=', recorded!.mappingId).where('revision', '=', recorded!.revision + 1).compile();
  return { times, plans: await explained(db, 'sync', statements, [madeRoom]) };
}

/** The guide of the largest municipality on their list (first page, one deep in it) and on persons from it. */
async function measureGuide(db: Db, url: string, recorder: StatementRecorder) {
  const inBiggest = db.selectFrom('persons').where('municipality', '=', biggestMunicipality);
  const guide = await db.selectFrom('staff').select('id').where('municipality', '=', biggestMunicipality).executeTakeFirstOrThrow();
  const [token] = await sessionsFor(db, [{ staff_id: guide.id }]);
  const { count } = await inBiggest.select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow();
  const deep = await inBiggest.select('id').orderBy('duf_number').offset(Math.floor(Number(count) * 0.9)).limit(1).executeTakeFirstOrThrow();
  const opened = await inBiggest.select('id').orderBy(sql`random()`).limit(reads + 1).execute();
  const pages = { first: `/api/persons?limit=${pageSize}`, deep: `/api/persons?limit=${pageSize}&after=${deep.id}`, person: (id: string) => `/api/persons/${id}` };
  const readOf = (page: string) => read(url, page, token!);
  const repeated = (page: string) => Array.from({ length: reads }, () => page);
  await readOf(pages.first);
  return {
    persons: Number(count),
    firstTimes: await timesOf(repeated(pages.first), readOf),
    deepTimes: await timesOf(repeated(pages.deep), readOf),
    personTimes: await timesOf(opened.slice(1).map((person) => pages.person(person.id)), readOf),
    firstPlans: await explained(db, 'list first page', await recorder.record(() => readOf(pages.first))),
    deepPlans: await explained(db, 'list deep page', await recorder.record(() => readOf(pages.deep))),
    personPlans: await explained(db, 'person page', await recorder.record(() => readOf(pages.person(opened[0]!.id)))),
  };
}

async function measure(db: Db, url: string, recorder: StatementRecorder, size: number, fillSeconds: number): Promise<Measured> {
  const at = label(size);
  const synced = await measureSyncs(db, url, recorder, size);
  const guide = await measureGuide(db, url, recorder);
  const sizes = await tableSizes(db);
  const byIndex = (what: string, plans: StatementPlan[]): Figure => {
    const whole = wholeTableReads(plans);
    const note = whole.length === 0 ? 'no growing table read whole' : `reads whole: ${whole.join(', ')}`;
    return { what: `${at}: ${what} reads by index`, value: whole.length === 0 ? 1 : 0, unit: '', budget: { atLeast: 1 }, note };
  };
  const shown = tablesShown.reduce((sum, table) => sum + (sizes.tables.get(table) ?? 0), 0);
  const all = [...sizes.tables.values()].reduce((sum, bytes) => sum + bytes, 0);
  const figures: Figure[] = [
    { what: `${at}: filling`, value: Math.round(fillSeconds * 10) / 10, unit: 's', note: 'this step only, vacuum analyze included' },
    { what: `${at}: sync p50`, value: percentile(synced.times, 50), unit: 'ms', note: `${synced.times.length} PUTs one after another, random mappings` },
    { what: `${at}: sync p95`, value: percentile(synced.times, 95), unit: 'ms' },
    { what: `${at}: list first page`, value: percentile(guide.firstTimes, 50), unit: 'ms', note: `municipality ${biggestMunicipality}, ${guide.persons} persons, ${pageSize} a page, p50 of ${reads}` },
    { what: `${at}: list deep page`, value: percentile(guide.deepTimes, 50), unit: 'ms', note: 'after the person at 90% of the list' },
    { what: `${at}: person page`, value: percentile(guide.personTimes, 50), unit: 'ms', note: `p50 of ${guide.personTimes.length} persons` },
    byIndex('sync', synced.plans),
    byIndex('list', [...guide.firstPlans, ...guide.deepPlans]),
    byIndex('person page', guide.personPlans),
    { what: `${at}: database size`, value: mb(sizes.database), unit: 'MB', note: `${(sizes.database / size / 1024).toFixed(1)} KB a stored mapping` },
    ...tablesShown.map((table) => ({ what: `${at}: ${table}`, value: mb(sizes.tables.get(table) ?? 0), unit: 'MB', note: 'with its indexes and TOAST' })),
    { what: `${at}: other tables`, value: mb(all - shown), unit: 'MB' },
  ];
  return {
    size,
    figures,
    syncP50: percentile(synced.times, 50),
    syncP95: percentile(synced.times, 95),
    listFirst: percentile(guide.firstTimes, 50),
    listDeep: percentile(guide.deepTimes, 50),
    databaseBytes: sizes.database,
  };
}

/** Largest size ÷ smallest, beside the size ratio: linear or better is at most the size ratio. */
function growth(first: Measured, last: Measured): Figure[] {
  const times = last.size / first.size;
  const span = `${label(last.size)}/${label(first.size)}`;
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  const note = `size ×${times}`;
  return [
    { what: `growth ${span}: sync p95`, value: ratio(last.syncP95, first.syncP95), unit: '×', budget: { atMost: times }, note: `${note}; at most linear` },
    { what: `growth ${span}: sync p50`, value: ratio(last.syncP50, first.syncP50), unit: '×', note },
    { what: `growth ${span}: list first page`, value: ratio(last.listFirst, first.listFirst), unit: '×', note },
    { what: `growth ${span}: list deep page`, value: ratio(last.listDeep, first.listDeep), unit: '×', note },
    { what: `growth ${span}: database size`, value: ratio(last.databaseBytes, first.databaseBytes), unit: '×', note },
  ];
}

const { database, drop } = await openBenchDatabase();
await migrateToLatest(database.db);
const recorder = new StatementRecorder();
const app = await buildApp({ database: { ...database, db: database.db.withPlugin(recorder) }, staticDir: null });
try {
  await addStaff(database.db);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const measured: Measured[] = [];
  let stored = 0;
  for (const size of sizes) {
    console.log(`Growing to ${label(size)} stored mappings on ${database.kind}`);
    const started = performance.now();
    await growTo(database.db, stored, size);
    stored = size;
    measured.push(await measure(database.db, url, recorder, size, (performance.now() - started) / 1000));
  }
  const figures = measured.flatMap((each) => each.figures);
  if (measured.length > 1) figures.push(...growth(measured[0]!, measured.at(-1)!));
  reportFigures('growth', `Growth with stored mappings (${database.kind}; ${sizes.map(label).join(', ')})`, figures);
} finally {
  await app.close();
  await database.close();
  await drop();
}
