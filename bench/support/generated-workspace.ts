// A workspace of any size, made by the database itself (insert … select from generate_series)
// so a million persons take minutes, not hours: staff for every municipality and county, and
// for each person their mapping and its history, a login code, a session, the audit trail of
// their registration, and for some a quality check, an advisor's note, a remark, an assisted
// session. Person n is always the same person, so the workspace grows in steps (10k → 100k)
// by adding persons n+1 … m. Ids are time-ordered like the app's uuid v7.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { counties } from '../../src/domain/areas';
import type { DatabaseSchema } from '../../server/db/schema';
import { birthYearMark, mappingProfiles, phraseMark, sentences } from './mapping-profiles';

type Db = Kysely<DatabaseSchema>;

/**
 * Oslo first: persons are spread unevenly, the first municipalities getting the most (Oslo
 * about 5%, as a large city does), the last very few.
 */
export const municipalities = [
  '0301',
  ...Object.keys(counties)
    .filter((county) => county !== '03')
    .flatMap((county) => Array.from({ length: 25 }, (_, n) => `${county}${String(n + 1).padStart(2, '0')}`)),
];
export const biggestMunicipality = municipalities[0]!;

const firstNames = ['Amina', 'Mohammed', 'Fatima', 'Ahmad', 'Olena', 'Yonas', 'Hodan', 'Ali', 'Mariam', 'Dawit', 'Iryna', 'Omar', 'Zahra', 'Abdi', 'Nour', 'Samir'];
const lastNames = ['Hassan', 'Ahmadi', 'Tesfay', 'Kovalenko', 'Abdullahi', 'Haidari', 'Mohamud', 'Bondarenko', 'Yusuf', 'Kidane', 'Rahimi', 'Osman'];
const profiles = mappingProfiles(64);
const firstRegistration = '2022-01-03T08:00:00Z';

const raw = (text: string) => sql.raw(text);
/** A whole number in [0, 2^31) that depends only on person n and the salt. */
const hashed = (salt: number) => `(hashint8extended(n, ${salt}) & 2147483647)`;
/** A number in [0, 1), as `hashed`. */
const unit = (salt: number) => `(${hashed(salt)}::float8 / 2147483648)`;
/** A uuid v7: the time in milliseconds, then bits that depend only on `seed`. */
const uuidV7 = (time: string, seed: string) =>
  `(lpad(to_hex((extract(epoch from ${time}) * 1000)::bigint), 12, '0') || '7' || substr(md5(${seed}), 1, 3) || '8' || substr(md5(${seed}), 4, 15))::uuid`;

/** A uuid (version 4 in form) that depends only on `seed`. */
const uuidOf = (seed: string) => `(substr(md5(${seed}), 1, 12) || '4' || substr(md5(${seed}), 14, 3) || '8' || substr(md5(${seed}), 18, 15))::uuid`;

/** Person n's DUF number: n scrambled (982451653 is a prime, so no two persons share one). */
export const dufNumberOf = (n: string) => `lpad(((${n} * 982451653) % 1000000000000)::text, 12, '0')`;
/** The device that sent person n's revisions. */
export const deviceOf = (n: string) => uuidOf(`'device' || ${n}`);
export async function addStaff(db: Db): Promise<void> {
  const countyCodes = Object.keys(counties);
  await sql`
    insert into staff (id, email, name, role, municipality, county, created_at, active_since)
    select ${raw(uuidOf(`'guide' || m`))}, 'veileder-' || m || '@kommune.example', 'Veileder ' || m, 'guide', m, null,
           ${firstRegistration}::timestamptz, ${firstRegistration}::timestamptz
      from unnest(${municipalities}::text[]) m
    union all
    select ${raw(uuidOf(`'advisor' || c`))}, 'radgiver-' || c || '@fylke.example', 'Rådgiver ' || c, 'advisor', null, c,
           ${firstRegistration}::timestamptz, ${firstRegistration}::timestamptz
      from unnest(${countyCodes}::text[]) c
  `.execute(db);
}

/** One step of growth: persons from+1 … to, in one transaction, everything about them included. */
export async function addPersons(db: Db, from: number, to: number, maxRevisions: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Made consistent by construction: the foreign keys' checks (one lookup per row) are skipped.
    await sql`set local session_replication_role = replica`.execute(trx);
    await batchOfPersons(from, to, maxRevisions).execute(trx);
    for (const statement of insertions) await statement.execute(trx);
  });
}

/** What every table needs to know about persons from+1 … to, computed once. */
function batchOfPersons(from: number, to: number, maxRevisions: number): RawBuilder<unknown> {
  return sql`
    create temp table growth_batch on commit drop as
    select *,
           ${raw(uuidV7('registered_at', `'person' || n`))} as person_id,
           ${raw(uuidV7('registered_at', `'mapping' || n`))} as mapping_id,
           ${raw(uuidOf(`'guide' || municipality`))} as guide_id,
           ${raw(uuidOf(`'advisor' || left(municipality, 2)`))} as advisor_id,
           registered_at + revisions * interval '1 day' as updated_at
      from (
        select n,
               ${firstRegistration}::timestamptz + n * interval '150 seconds' as registered_at,
               (${municipalities}::text[])[1 + floor(${municipalities.length} * power(${raw(unit(1))}, 2))::int] as municipality,
               1 + ${raw(hashed(2))} % ${maxRevisions} as revisions,
               ${raw(unit(3))} < 0.45 as submitted,
               1 + ${raw(hashed(4))} % ${profiles.length} as profile,
               1960 + ${raw(hashed(5))} % 46 as birth_year,
               (${[...sentences]}::text[])[1 + ${raw(hashed(6))} % ${sentences.length}] as phrase,
               (${firstNames}::text[])[1 + ${raw(hashed(7))} % ${firstNames.length}] || ' ' ||
               (${lastNames}::text[])[1 + ${raw(hashed(8))} % ${lastNames.length}] as name,
               ${raw(unit(9))} as chance
          from generate_series(${from + 1}::bigint, ${to}::bigint) n
      ) person
  `;
}

/** A profile (JSON text) made the person's own: their birth year and `phrase` at the end of their wishes. */
const personal = (profiles: string[], phrase: string) =>
  sql`replace(replace((${profiles}::text[])[profile], '"birthYear":${raw(String(birthYearMark))}', '"birthYear":' || birth_year), '${raw(phraseMark)}', ${raw(phrase)})`;
const submittedAt = `'"submittedAt":"' || to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"'`;

const insertions: RawBuilder<unknown>[] = [
  sql`insert into persons (id, duf_number, name, municipality, settled_on, mapping_id, registered_by, registered_at)
      select person_id, ${raw(dufNumberOf('n'))}, name, municipality, (registered_at - (n % 120) * interval '1 day')::date,
             mapping_id, guide_id, registered_at
        from growth_batch`,
  sql`insert into mappings (id, revision, content, created_at, updated_at)
      select mapping_id, revisions,
             replace(${personal(profiles.map((profile) => profile.filled), 'phrase')}, '"submittedAt":null',
                     case when submitted then ${raw(submittedAt)} else '"submittedAt":null' end)::jsonb,
             registered_at + interval '1 hour', updated_at
        from growth_batch`,
  // The history: one row per revision the device sent; the last is the mapping as stored, the earlier ones half-filled.
  sql`insert into mapping_revisions (mapping_id, revision, content, received_at, device_id, sent_by_person)
      select mapping_id, revision,
             case when revision = revisions then (select content from mappings where id = mapping_id)
                  else ${personal(profiles.map((profile) => profile.earlier), `'utkast ' || revision`)}::jsonb end,
             registered_at + revision * interval '1 day', ${raw(deviceOf('n'))}, person_id
        from growth_batch cross join lateral generate_series(1, revisions) revision`,
  sql`insert into login_codes (code_hash, person_id, created_by, created_at, expires_at)
      select encode(sha256(('code-' || n)::bytea), 'hex'), person_id, guide_id, registered_at, registered_at + interval '30 days'
        from growth_batch`,
  sql`insert into sessions (token_hash, person_id, created_at, expires_at, last_used_at)
      select encode(sha256(('session-' || n)::bytea), 'hex'), person_id, registered_at + interval '1 hour',
             registered_at + interval '30 days', updated_at
        from growth_batch`,
  sql`insert into quality_assurances (person_id, revision, by, at)
      select person_id, revisions, guide_id, updated_at + interval '3 days' from growth_batch where submitted and chance < 0.7`,
  sql`insert into advisor_notes (person_id, wishes, recommendation, text, guidance_completed, by, at)
      select person_id, phrase, case when chance < 0.2 then 'education' else 'work' end, name || ': ' || phrase, true, advisor_id,
             updated_at + interval '20 days'
        from growth_batch where submitted and chance < 0.4`,
  sql`insert into remarks (id, person_id, part, text, written_by, written_at)
      select ${raw(uuidOf(`'remark' || n`))}, person_id, 'work', phrase, guide_id, updated_at + interval '2 days'
        from growth_batch where chance < 0.5`,
  sql`insert into assisted_sessions (id, person_id, guide, started_at, finished_at, interpreter_present, language)
      select ${raw(uuidOf(`'assisted' || n`))}, person_id, guide_id, registered_at + interval '1 day',
             registered_at + interval '1 day 1 hour', chance < 0.1, 'ar'
        from growth_batch where chance < 0.15`,
  // What staff did, as the audit log keeps it: registration, the code, the list, the person's page.
  sql`insert into audit_events (at, staff_id, staff_name, role, area, action, outcome, person_id, route)
      select registered_at + event.after, guide_id, 'Veileder ' || municipality, 'guide', municipality, event.action, 'allowed',
             person_id, event.route
        from growth_batch cross join (values
          ('register_person', 'POST /api/persons', interval '0'),
          ('manage_login_code', 'POST /api/persons/:id/login-code', interval '1 minute'),
          ('list_persons', 'GET /api/persons', interval '1 day'),
          ('read_person', 'GET /api/persons/:id', interval '3 days')) event (action, route, after)`,
];
