import { randomInt } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { PersonSummary, StaffArea } from '../../../src/domain/workspace-api';
import type { Database } from '../../../server/db/database';
import { acceptInvitation, inviteStaff } from '../../../server/services/staff';

interface Server {
  app: FastifyInstance;
  database: Database;
}

export const password = 'a long enough passphrase';

/** A fresh DUF number (the tests share a PostgreSQL database between runs). */
export function newDufNumber(): string {
  return `2024${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

/** A fresh e-mail address (staff accounts outlive a run on a shared PostgreSQL database). */
export function newEmail(prefix = 'staff'): string {
  return `${prefix}-${randomInt(0, 2 ** 40)}@kommune.example`;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** An active staff account in the area, logged in through the API. */
export async function staffSession(server: Server, area: StaffArea): Promise<{ token: string; staffId: string }> {
  const email = `staff-${randomInt(0, 2 ** 40)}@kommune.example`;
  const invited = await inviteStaff(server.database.db, { name: `Test ${area.role}`, email, ...area }, new Date());
  if (invited.kind !== 'invited') throw new Error('invitation failed');
  await acceptInvitation(server.database.db, { inviteToken: invited.inviteToken, password }, new Date());
  const login = await server.app.inject({ method: 'POST', url: '/api/login/staff', payload: { email, password } });
  if (login.statusCode !== 200) throw new Error(`staff login failed: ${login.body}`);
  return { token: login.json().token, staffId: invited.staff.id };
}

export async function registerPerson(server: Server, guideToken: string, fields: Partial<{ dufNumber: string; name: string; settledOn: string }> = {}) {
  const response = await server.app.inject({
    method: 'POST',
    url: '/api/persons',
    headers: bearer(guideToken),
    payload: { dufNumber: newDufNumber(), name: 'Amina Test', settledOn: '2026-10-01', ...fields },
  });
  if (response.statusCode !== 201) throw new Error(`registering failed: ${response.body}`);
  return response.json() as PersonSummary;
}

export async function issueCode(server: Server, guideToken: string, personId: string): Promise<string> {
  const response = await server.app.inject({ method: 'POST', url: `/api/persons/${personId}/login-code`, headers: bearer(guideToken) });
  if (response.statusCode !== 201) throw new Error(`issuing a code failed: ${response.body}`);
  return response.json().code;
}

/** A registered person logged in with their code: the token their device sends with, and their mapping's id. */
export async function participantSession(server: Server, guideToken: string) {
  const person = await registerPerson(server, guideToken);
  const code = await issueCode(server, guideToken, person.id);
  const login = await server.app.inject({ method: 'POST', url: '/api/login/code', payload: { code } });
  if (login.statusCode !== 200) throw new Error(`code login failed: ${login.body}`);
  return { token: login.json().token as string, mappingId: person.mappingId, person, code };
}

