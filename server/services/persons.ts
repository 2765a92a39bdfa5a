import { sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../../src/domain/access';
import { mappingStatus } from '../../src/domain/mapping-status';
import type { PersonList, PersonSummary, RegisterPersonBody } from '../../src/domain/workspace-api';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema>;

/** Persons with what a list needs about their mapping and guidance, in one query. */
function personSummaries(db: Db) {
  return db
    .selectFrom('persons')
    .leftJoin('mappings', 'mappings.id', 'persons.mapping_id')
    .select((eb) => [
      'persons.id',
      'persons.duf_number',
      'persons.name',
      'persons.municipality',
      sql<string>`to_char(persons.settled_on, 'YYYY-MM-DD')`.as('settled_on'),
      'persons.mapping_id',
      'mappings.revision',
      sql<boolean>`(mappings.content->>'submittedAt') is not null`.as('submitted'),
      eb
        .selectFrom('quality_assurances')
        .select('quality_assurances.revision')
        .whereRef('quality_assurances.person_id', '=', 'persons.id')
        .orderBy('quality_assurances.sequence', 'desc')
        .limit(1)
        .as('quality_assured_revision'),
      eb
        .selectFrom('advisor_notes')
        .select(sql<string>`to_char(advisor_notes.at, 'YYYY-MM-DD')`.as('on'))
        .whereRef('advisor_notes.person_id', '=', 'persons.id')
        .where('advisor_notes.guidance_completed', '=', true)
        .orderBy('advisor_notes.sequence')
        .limit(1)
        .as('guidance_completed_on'),
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof personSummaries>['executeTakeFirstOrThrow']>>;

function personSummary(row: SummaryRow): PersonSummary {
  return {
    id: row.id,
    dufNumber: row.duf_number,
    name: row.name,
    municipality: row.municipality,
    settledOn: row.settled_on,
    mappingId: row.mapping_id,
    mappingStatus: mappingStatus(
      row.revision === null ? null : { revision: row.revision, submitted: row.submitted },
      row.quality_assured_revision ?? null,
    ),
    guidanceCompletedOn: row.guidance_completed_on ?? null,
  };
}

export async function personSummaryById(db: Db, id: string): Promise<PersonSummary | null> {
  const row = await personSummaries(db).where('persons.id', '=', id).executeTakeFirst();
  return row ? personSummary(row) : null;
}

type RegisterOutcome =
  | { kind: 'registered'; person: PersonSummary }
  /** The DUF number is known: the existing person, or null when they belong to another municipality. */
  | { kind: 'already_registered'; person: PersonSummary | null };

/** Registers a person in the guide's municipality — once per DUF number, never a second mapping. */
export async function registerPerson(
  db: Db,
  guide: { staffId: string; municipality: string },
  body: RegisterPersonBody,
  now: Date,
): Promise<RegisterOutcome> {
  const existing = await personSummaries(db).where('persons.duf_number', '=', body.dufNumber).executeTakeFirst();
  if (existing) {
    const person = personSummary(existing);
    return { kind: 'already_registered', person: person.municipality === guide.municipality ? person : null };
  }
  const id = uuidv7();
  const inserted = await db
    .insertInto('persons')
    .values({
      id,
      duf_number: body.dufNumber,
      name: body.name,
      municipality: guide.municipality,
      settled_on: body.settledOn,
      mapping_id: uuidv7(),
      registered_by: guide.staffId,
      registered_at: now,
    })
    // Two guides registering the same number at once: the second finds the first's.
    .onConflict((conflict) => conflict.column('duf_number').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return registerPerson(db, guide, body, now);
  return { kind: 'registered', person: (await personSummaryById(db, id))! };
}

/** A guide's municipality or an advisor's county, a page at a time, in DUF-number order. */
export async function listPersons(db: Db, actor: Actor, page: { after?: string; limit: number }): Promise<PersonList> {
  let query = personSummaries(db).orderBy('persons.duf_number').limit(page.limit + 1);
  if (actor.kind === 'staff' && actor.role === 'guide') query = query.where('persons.municipality', '=', actor.municipality);
  else if (actor.kind === 'staff' && actor.role === 'advisor') {
    // A person whose processing is restricted is out of the advisor's work, list included.
    query = query.where('persons.municipality', 'like', `${actor.county}%`).where('persons.restricted_since', 'is', null);
  } else return { persons: [], nextAfter: null };
  // The cursor is the last person's id, so no DUF number is in the address (and the server's log).
  if (page.after !== undefined) {
    const after = page.after;
    query = query.where('persons.duf_number', '>', (eb) => eb.selectFrom('persons as cursor').select('cursor.duf_number').where('cursor.id', '=', after));
  }
  const rows = await query.execute();
  const persons = rows.slice(0, page.limit).map(personSummary);
  return { persons, nextAfter: rows.length > page.limit ? persons.at(-1)!.id : null };
}
