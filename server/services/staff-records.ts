import type { Kysely } from 'kysely';
import type { AppLocale } from '../../src/domain/app-locales';
import type { MappingPart } from '../../src/domain/mapping-flow';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema>;

/** Who did it, as the records keep them; each view takes what it shows (the guide's the id, the person's export the role). */
export interface StaffMember {
  id: string;
  name: string;
  role: 'administrator' | 'guide' | 'advisor';
}

const iso = (moment: Date) => moment.toISOString();
const member = (row: { staff_id: string; name: string; role: StaffMember['role'] }): StaffMember => ({ id: row.staff_id, name: row.name, role: row.role });
const staffColumns = ['staff.id as staff_id', 'staff.name', 'staff.role'] as const;

/**
 * What staff wrote about a person and did with them, oldest first, each with who did it: the
 * guide's remarks, quality assurances, assisted sessions and the career advisor's notes. One
 * reading for the guide's person page and the person's own export, so the two never differ.
 */
export async function staffRecordsAbout(db: Db, personId: string) {
  const [remarks, qualityAssurances, assistedSessions, advisorNotes] = await Promise.all([
    db
      .selectFrom('remarks')
      .innerJoin('staff', 'staff.id', 'remarks.written_by')
      .select(['remarks.id', 'remarks.part', 'remarks.text', 'remarks.written_at', ...staffColumns])
      .where('remarks.person_id', '=', personId)
      .orderBy('remarks.sequence')
      .execute(),
    db
      .selectFrom('quality_assurances')
      .innerJoin('staff', 'staff.id', 'quality_assurances.by')
      .select(['quality_assurances.revision', 'quality_assurances.at', ...staffColumns])
      .where('quality_assurances.person_id', '=', personId)
      .orderBy('quality_assurances.sequence')
      .execute(),
    db
      .selectFrom('assisted_sessions')
      .innerJoin('staff', 'staff.id', 'assisted_sessions.guide')
      .select(['assisted_sessions.started_at', 'assisted_sessions.finished_at', 'assisted_sessions.interpreter_present', 'assisted_sessions.language', ...staffColumns])
      .where('assisted_sessions.person_id', '=', personId)
      .orderBy('assisted_sessions.sequence')
      .execute(),
    db
      .selectFrom('advisor_notes')
      .innerJoin('staff', 'staff.id', 'advisor_notes.by')
      .select([
        'advisor_notes.wishes',
        'advisor_notes.recommendation',
        'advisor_notes.text',
        'advisor_notes.guidance_completed',
        'advisor_notes.at',
        ...staffColumns,
      ])
      .where('advisor_notes.person_id', '=', personId)
      .orderBy('advisor_notes.sequence')
      .execute(),
  ]);
  return {
    remarks: remarks.map((row) => ({ id: row.id, part: row.part as MappingPart, text: row.text, writtenBy: member(row), writtenAt: iso(row.written_at) })),
    qualityAssurances: qualityAssurances.map((row) => ({ revision: row.revision, by: member(row), at: iso(row.at) })),
    assistedSessions: assistedSessions.map((row) => ({
      startedAt: iso(row.started_at),
      finishedAt: iso(row.finished_at),
      interpreterPresent: row.interpreter_present,
      language: row.language as AppLocale,
      guide: member(row),
    })),
    advisorNotes: advisorNotes.map((row) => ({
      wishes: row.wishes,
      recommendation: row.recommendation,
      text: row.text,
      guidanceCompleted: row.guidance_completed,
      by: member(row),
      at: iso(row.at),
    })),
  };
}
