import type { Kysely } from 'kysely';

/**
 * What is kept about one person is found through an index, not by reading the whole table: the
 * guide's list asks each person's latest quality assurance and completed guidance, a person's
 * page reads their remarks, checks, assisted sessions and notes (oldest first), and a new login
 * code ends the person's sessions. Without these each of those read every row ever written
 * (measured in bench/growth.ts: the list's first page took 0.4 s at 100 000 persons).
 */
const byPerson = [
  ['remarks_by_person', 'remarks', ['person_id', 'sequence']],
  ['quality_assurances_by_person', 'quality_assurances', ['person_id', 'sequence']],
  ['assisted_sessions_by_person', 'assisted_sessions', ['person_id', 'sequence']],
  ['advisor_notes_by_person', 'advisor_notes', ['person_id', 'sequence']],
  ['sessions_by_person', 'sessions', ['person_id']],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, table, columns] of byPerson) await db.schema.createIndex(name).on(table).columns([...columns]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [name] of byPerson) await db.schema.dropIndex(name).execute();
}
