import type { Kysely } from 'kysely';
import { startSession } from '../../server/auth/sessions';
import type { StaffMember } from '../../src/domain/workspace-api';
import type { DatabaseSchema } from '../../server/db/schema';
import { registerPerson } from '../../server/services/persons';
import { acceptInvitation, inviteStaff, openStaffSession } from '../../server/services/staff';

// People for a server benchmark, made with the server's own services straight on its database
// (thousands through the API would take longer than the measurement): a guide, the persons they
// registered, and sessions as log-ins would have opened them.

type Db = Kysely<DatabaseSchema>;
type Guide = Extract<StaffMember, { role: 'guide' }>;

/** As many at a time as the server's PostgreSQL pool holds. */
const inParallel = 10;

async function times<T>(count: number, make: (index: number) => Promise<T>): Promise<T[]> {
  const made: T[] = [];
  for (let start = 0; start < count; start += inParallel) {
    const chunk = Array.from({ length: Math.min(inParallel, count - start) }, (_, offset) => make(start + offset));
    made.push(...(await Promise.all(chunk)));
  }
  return made;
}

/** The bench's database is new for every run, so numbered from one in this process they are unique in it. */
let dufNumbersMade = 0;
const nextDufNumber = () => `2026${String(++dufNumbersMade).padStart(8, '0')}`;

export async function seedGuide(db: Db, now: Date): Promise<Guide> {
  const email = `bench-guide-${now.getTime()}@kommune.example`;
  const invited = await inviteStaff(db, { name: 'Bench Guide', email, role: 'guide', municipality: '4601' }, now);
  if (invited.kind !== 'invited') throw new Error('inviting the bench guide failed');
  const accepted = await acceptInvitation(db, { inviteToken: invited.inviteToken, password: 'a long enough passphrase' }, now);
  if (accepted.kind !== 'done' || accepted.staff.role !== 'guide') throw new Error('activating the bench guide failed');
  return accepted.staff;
}

/** Persons the guide registered: their mappings' ids. */
export async function seedPersons(db: Db, guide: Guide, count: number, now: Date): Promise<{ personId: string; mappingId: string }[]> {
  return times(count, async (index) => {
    const dufNumber = nextDufNumber();
    const outcome = await registerPerson(db, { staffId: guide.id, municipality: guide.municipality }, { dufNumber, name: `Deltaker ${index}`, settledOn: '2026-10-01' }, now);
    if (outcome.kind !== 'registered') throw new Error(`registering person ${index} failed`);
    return { personId: outcome.person.id, mappingId: outcome.person.mappingId };
  });
}

/** Participants logged in with their codes: each session's token and the one mapping it may write. */
export async function seedParticipants(db: Db, guide: Guide, count: number, now: Date): Promise<{ token: string; mappingId: string }[]> {
  const persons = await seedPersons(db, guide, count, now);
  return times(count, async (index) => {
    const { personId, mappingId } = persons[index]!;
    return { token: (await startSession(db, { personId }, now)).token, mappingId };
  });
}

/** The guide logged in on this many tablets: a session token each. */
export async function seedGuideSessions(db: Db, guide: Guide, count: number, now: Date): Promise<string[]> {
  return times(count, async () => (await openStaffSession(db, guide, now)).token);
}
