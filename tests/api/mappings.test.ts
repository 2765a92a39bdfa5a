import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyEntries, emptyMappingContent, listLimits, type MappingContent } from '../../src/domain/mapping';
import { batchLimit } from '../../src/domain/mapping-api';
import { startTestServer } from './support/test-server';
import { bearer, registerPerson, staffSession } from './support/workspace';

let server: Awaited<ReturnType<typeof startTestServer>>;
let guide: string;
beforeAll(async () => {
  server = await startTestServer();
  guide = (await staffSession(server, { role: 'guide', municipality: '4601' })).token;
});

/** A registered person's mapping, which the guide of their municipality may write. */
async function newMappingId(): Promise<string> {
  return (await registerPerson(server, guide)).mappingId;
}
afterAll(async () => server.close());

const filled: MappingContent = {
  ...emptyMappingContent('ar'),
  aboutYou: { citizenship: 'SY', gender: 'female', birthYear: 1990 },
  languages: [{ ...emptyEntries.languages('l1'), language: 'ar', motherTongue: true, read: 'very_well' }],
  schooling: [{ ...emptyEntries.schooling('s1'), level: '3', country: 'SY', years: 12, completed: true }],
  work: [{ ...emptyEntries.work('w1'), occupation: 'خياطة', isco: '7531', years: 10, employment: 'self_employed' }],
  activities: { hasDrivingLicence: false, drivingLicenceClasses: [], computerSkills: 'a_little', entries: [] },
  interests: { areas: ['crafts'], other: '' },
  wishes: { goal: 'work', areas: ['crafts', 'shop'], text: 'أريد أن أفتح محلًا' },
};

function put(id: string, body: unknown) {
  return server.app.inject({ method: 'PUT', url: `/api/mappings/${id}`, headers: bearer(guide), payload: body as object });
}

async function storedRevisions(id: string): Promise<number> {
  const row = await server.database.db
    .selectFrom('mapping_revisions')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('mapping_id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

describe('PUT /api/mappings/:id', () => {
  it('stores a new mapping and answers with what it stored', async () => {
    const id = await newMappingId();
    const response = await put(id, { revision: 1, baseRevision: null, content: filled });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id, revision: 1, outcome: 'stored' });

    const read = await server.app.inject({ method: 'GET', url: `/api/mappings/${id}`, headers: bearer(guide) });
    expect(read.statusCode).toBe(200);
    // Sent by a guide (as in an assisted session): the revision says so.
    expect(read.json()).toMatchObject({ id, revision: 1, content: filled, revisions: [{ revision: 1, sentBy: 'staff' }] });
  });

  it('stores the same id and revision once, however often it arrives', async () => {
    const id = await newMappingId();
    const body = { revision: 1, baseRevision: null, content: filled };
    const first = await put(id, body);
    const again = await put(id, body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ ...first.json(), outcome: 'already_stored' });
    expect(await storedRevisions(id)).toBe(1);
  });

  it('stores one revision when duplicates arrive at the same moment', async () => {
    const id = await newMappingId();
    const body = { revision: 1, baseRevision: null, content: filled };
    const responses = await Promise.all(Array.from({ length: 8 }, () => put(id, body)));
    expect(responses.map((response) => response.statusCode)).toEqual(Array(8).fill(200));
    expect(responses.filter((response) => response.json().outcome === 'stored')).toHaveLength(1);
    expect(await storedRevisions(id)).toBe(1);
  });

  it('answers every one of several revisions arriving at the same moment, and never lets an older one replace a newer', async () => {
    const id = await newMappingId();
    const device = uuidv7();
    const revisions = [1, 2, 3, 4, 5, 6, 7, 8];
    const responses = await Promise.all(
      revisions.map((revision) => put(id, { revision, baseRevision: null, deviceId: device, content: { ...filled, wishes: { ...filled.wishes, text: `r${revision}` } } })),
    );
    // Each is stored, or comes after a newer one and is a conflict; none fails.
    expect(responses.every((response) => response.statusCode === 200 || response.statusCode === 409)).toBe(true);
    const stored = await server.database.db.selectFrom('mapping_revisions').select('revision').where('mapping_id', '=', id).orderBy('sequence').execute();
    const storedInOrder = stored.map((row) => row.revision);
    expect(storedInOrder).toEqual([...storedInOrder].sort((a, b) => a - b));
    expect(storedInOrder).toEqual(revisions.filter((revision) => responses[revision - 1]!.statusCode === 200));
    const current = await server.database.db.selectFrom('mappings').select(['revision', 'content']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(current.revision).toBe(storedInOrder.at(-1));
    expect((current.content as MappingContent).wishes.text).toBe(`r${current.revision}`);
  });

  it('keeps every accepted revision in the history and the newest as current', async () => {
    const id = await newMappingId();
    await put(id, { revision: 1, baseRevision: null, content: emptyMappingContent('ar') });
    await put(id, { revision: 4, baseRevision: 1, content: filled });
    const read = (await server.app.inject({ method: 'GET', url: `/api/mappings/${id}`, headers: bearer(guide) })).json();
    expect(read.revision).toBe(4);
    expect(read.content).toEqual(filled);
    expect(read.revisions.map((entry: { revision: number }) => entry.revision)).toEqual([1, 4]);
  });

  it('answers a stale base with 409 and the current copy, and changes nothing', async () => {
    const id = await newMappingId();
    await put(id, { revision: 1, baseRevision: null, content: emptyMappingContent('ar') });
    await put(id, { revision: 2, baseRevision: 1, content: filled });
    const stale = await put(id, { revision: 3, baseRevision: 1, content: emptyMappingContent('en') });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'conflict' },
      current: { revision: 2, content: filled },
      base: { revision: 1, content: emptyMappingContent('ar') },
    });
    expect(await storedRevisions(id)).toBe(2);
  });

  it('stores a revision built on the same device’s unanswered ones, but not on another device’s', async () => {
    const id = await newMappingId();
    const phone = uuidv7();
    const tablet = uuidv7();
    await put(id, { revision: 1, baseRevision: null, deviceId: phone, content: emptyMappingContent('ar') });
    // The reply to revision 2 was lost, so the phone still builds on revision 1.
    await put(id, { revision: 2, baseRevision: 1, deviceId: phone, content: filled });
    const onward = { ...filled, wishes: { ...filled.wishes, text: 'later' } };
    expect((await put(id, { revision: 3, baseRevision: 1, deviceId: phone, content: onward })).statusCode).toBe(200);
    const fromTablet = await put(id, { revision: 4, baseRevision: 1, deviceId: tablet, content: filled });
    expect(fromTablet.statusCode).toBe(409);
    expect(fromTablet.json()).toMatchObject({ current: { revision: 3, content: onward }, base: { revision: 1 } });
    expect(await storedRevisions(id)).toBe(3);
  });

  it('refuses an invalid body with 400, the field paths, and no write', async () => {
    const id = await newMappingId();
    const response = await put(id, {
      revision: 1,
      baseRevision: null,
      content: { ...filled, aboutYou: { ...filled.aboutYou, citizenship: 'XX', gender: 'f' } },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      'body.content.aboutYou.citizenship',
      'body.content.aboutYou.gender',
    ]);
    expect(await storedRevisions(id)).toBe(0);
    expect((await server.app.inject({ method: 'GET', url: `/api/mappings/${id}`, headers: bearer(guide) })).statusCode).toBe(404);
  });

  it('refuses codes outside the code lists and lists over their ceiling, naming the field', async () => {
    const id = await newMappingId();
    const badCode = { ...filled, work: [{ ...filled.work[0]!, isco: '9999' }] };
    const response = await put(id, { revision: 1, baseRevision: null, content: badCode });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: 'body.content.work.0.isco', message: 'Expected an ISCO-08 unit group code' }]);
    const tooMany = { ...filled, languages: Array.from({ length: listLimits.languages + 1 }, (_, index) => emptyEntries.languages(`l${index}`)) };
    expect((await put(id, { revision: 1, baseRevision: null, content: tooMany })).statusCode).toBe(400);
    expect(await storedRevisions(id)).toBe(0);
  });

  it('accepts a first-version draft still queued on a phone, and stores it in today’s shape', async () => {
    const id = await newMappingId();
    const v1 = { schemaVersion: 1, language: 'ti', informationLetter: null, aboutYou: { citizenship: 'ER', gender: 'male', birthYear: 1980 } };
    const body = { revision: 1, baseRevision: null, content: v1 };
    expect((await put(id, body)).json()).toMatchObject({ outcome: 'stored' });
    expect((await put(id, body)).json()).toMatchObject({ outcome: 'already_stored' });
    const read = (await server.app.inject({ method: 'GET', url: `/api/mappings/${id}`, headers: bearer(guide) })).json();
    expect(read.content).toEqual({ ...emptyMappingContent('ti'), aboutYou: v1.aboutYou });
  });

  it('refuses broken characters and NUL with 400 and the field, which PostgreSQL could not store', async () => {
    for (const text of ['half an emoji \ud83d', 'nul \u0000 inside']) {
      const id = await newMappingId();
      const response = await put(id, { revision: 1, baseRevision: null, content: { ...filled, wishes: { ...filled.wishes, text } } });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields[0].path).toBe('body.content.wishes.text');
      expect(await storedRevisions(id)).toBe(0);
    }
  });

  it('refuses unknown fields, since they would be silently lost', async () => {
    const response = await put(uuidv7(), { revision: 1, baseRevision: null, content: filled, extra: 1 });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: 'body', message: expect.stringContaining('extra') }]);
  });

  it('refuses an id that is not a UUID', async () => {
    const response = await put('not-a-uuid', { revision: 1, baseRevision: null, content: filled });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].path).toBe('params.id');
  });

  it('refuses a body that is not JSON with a clear 400', async () => {
    const response = await server.app.inject({
      method: 'PUT',
      url: `/api/mappings/${uuidv7()}`,
      headers: { 'content-type': 'application/json' },
      payload: '{"revision": 1,',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_request');
  });

  it('refuses a body far larger than any mapping with 413', async () => {
    const response = await server.app.inject({
      method: 'PUT',
      url: `/api/mappings/${uuidv7()}`,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ padding: 'x'.repeat(300 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('invalid_request');
  });
});

describe('GET /api/mappings/:id', () => {
  it('answers 404 with a reason for a mapping it does not have', async () => {
    const response = await server.app.inject({ method: 'GET', url: `/api/mappings/${uuidv7()}`, headers: bearer(guide) });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: 'No such mapping' } });
  });
});

describe('POST /api/mappings/batch', () => {
  const batch = (mappings: unknown[]) =>
    server.app.inject({ method: 'POST', url: '/api/mappings/batch', headers: bearer(guide), payload: { mappings } });

  it('stores many mappings in one request, each exactly once, answering per mapping in order', async () => {
    const ids = [await newMappingId(), await newMappingId(), await newMappingId()];
    const mappings = ids.map((id) => ({ id, revision: 1, baseRevision: null, content: filled }));
    const first = await batch(mappings);
    expect(first.statusCode).toBe(200);
    expect(first.json().results.map((result: { id: string; status: number; reply: { outcome: string } }) => [result.id, result.status, result.reply.outcome])).toEqual(
      ids.map((id) => [id, 200, 'stored']),
    );
    const again = await batch(mappings);
    expect(again.json().results.map((result: { reply: { outcome: string } }) => result.reply.outcome)).toEqual(['already_stored', 'already_stored', 'already_stored']);
    for (const id of ids) expect(await storedRevisions(id)).toBe(1);
  });

  it('answers a stale mapping with 409 and its current copy, and still stores the others', async () => {
    const stale = await newMappingId();
    const fresh = await newMappingId();
    await put(stale, { revision: 2, baseRevision: null, content: filled });
    const response = await batch([
      { id: stale, revision: 1, baseRevision: null, content: emptyMappingContent('ar') },
      { id: fresh, revision: 1, baseRevision: null, content: filled },
    ]);
    expect(response.statusCode).toBe(200);
    const [conflict, stored] = response.json().results;
    expect(conflict).toMatchObject({ id: stale, status: 409, current: { revision: 2, content: filled } });
    expect(stored).toMatchObject({ id: fresh, status: 200, reply: { outcome: 'stored' } });
    expect(await storedRevisions(stale)).toBe(1);
    expect(await storedRevisions(fresh)).toBe(1);
  });

  it('answers 500 for the one mapping the database failed to store, and stores the others', async () => {
    // A trigger stands in for any failure inside one mapping's own transaction.
    await sql`create function refuse_marked() returns trigger language plpgsql as $$
      begin
        if new.content->'wishes'->>'text' = 'the database fails on this' then raise exception 'injected failure'; end if;
        return new;
      end $$`.execute(server.database.db);
    await sql`create trigger refuse_marked before insert on mapping_revisions for each row execute function refuse_marked()`.execute(server.database.db);
    try {
      const [before, failing, after] = [await newMappingId(), await newMappingId(), await newMappingId()];
      const marked = { ...filled, wishes: { ...filled.wishes, text: 'the database fails on this' } };
      const response = await batch([
        { id: before, revision: 1, baseRevision: null, content: filled },
        { id: failing, revision: 1, baseRevision: null, content: marked },
        { id: after, revision: 1, baseRevision: null, content: filled },
      ]);
      expect(response.statusCode).toBe(200);
      expect(response.json().results.map((result: { id: string; status: number }) => [result.id, result.status])).toEqual([
        [before, 200],
        [failing, 500],
        [after, 200],
      ]);
      expect([await storedRevisions(before), await storedRevisions(failing), await storedRevisions(after)]).toEqual([1, 0, 1]);
      expect(await server.database.db.selectFrom('mappings').select('id').where('id', '=', failing).execute()).toEqual([]);
    } finally {
      await sql`drop trigger refuse_marked on mapping_revisions`.execute(server.database.db);
      await sql`drop function refuse_marked()`.execute(server.database.db);
    }
  });

  it('refuses a batch with an invalid mapping, a repeated id, none, or too many, writing nothing', async () => {
    const good = await newMappingId();
    const invalid = await batch([
      { id: good, revision: 1, baseRevision: null, content: filled },
      { id: uuidv7(), revision: 1, baseRevision: null, content: { ...filled, aboutYou: { ...filled.aboutYou, gender: 'x' } } },
    ]);
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.fields[0].path).toBe('body.mappings.1.content.aboutYou.gender');
    expect(await storedRevisions(good)).toBe(0);

    const twice = await batch([1, 2].map((revision) => ({ id: good, revision, baseRevision: null, content: filled })));
    expect(twice.statusCode).toBe(400);
    expect((await batch([])).statusCode).toBe(400);
    const tooMany = Array.from({ length: batchLimit + 1 }, () => ({ id: uuidv7(), revision: 1, baseRevision: null, content: filled }));
    expect((await batch(tooMany)).statusCode).toBe(400);
    expect(await storedRevisions(good)).toBe(0);
  });
});
