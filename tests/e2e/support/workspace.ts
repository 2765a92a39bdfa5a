import { randomInt } from 'node:crypto';
import type { StaffSession } from '../../../src/domain/workspace-api';
import type { KompassServer } from './kompass-server';

/**
 * Staff and participants on a running server, made through its API the way people make them:
 * the first administrator with the setup link the server printed, a guide (Bergen, 4601) and a
 * career advisor (Vestland, 46) by invitation, persons and login codes by the guide.
 */
export interface Staff {
  administrator: string;
  guide: string;
  advisor: string;
  /** The guide's whole session, as a tablet keeps it after the guide logged in there. */
  guideSession: StaffSession;
  /** To log in through the app's own log-in screen (all accounts share `password`). */
  emails: { administrator: string; guide: string; advisor: string };
}

const staffByServer = new Map<string, Promise<Staff>>();
export const password = 'a long enough passphrase';

async function call<T>(url: string, path: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

async function invite(url: string, administrator: string, name: string, area: object): Promise<StaffSession> {
  const email = `staff-${randomInt(0, 2 ** 40)}@kommune.example`;
  const invited = await call<{ inviteToken: string }>(url, '/api/staff', { name, email, ...area }, administrator);
  return call<StaffSession>(url, '/api/invitations/accept', { inviteToken: invited.inviteToken, password });
}

/** The server's staff, set up once per server (its address), with the link it printed on first start. */
export function staffOf(server: Pick<KompassServer, 'url' | 'setupToken'>): Promise<Staff> {
  let staff = staffByServer.get(server.url);
  if (!staff) {
    if (server.setupToken === null) throw new Error(`${server.url} printed no setup link: its database has an administrator already`);
    const setupToken = server.setupToken;
    staff = (async () => {
      const adminEmail = `admin-${randomInt(0, 2 ** 40)}@kommune.example`;
      const { token: administrator } = await call<{ token: string }>(server.url, '/api/setup', {
        setupToken,
        name: 'Anne Admin',
        email: adminEmail,
        password,
      });
      const guideSession = await invite(server.url, administrator, 'Kari Veileder', { role: 'guide', municipality: '4601' });
      const advisor = await invite(server.url, administrator, 'Per Karriere', { role: 'advisor', county: '46' });
      return {
        administrator,
        guide: guideSession.token,
        advisor: advisor.token,
        guideSession,
        emails: { administrator: adminEmail, guide: guideSession.staff.email, advisor: advisor.staff.email },
      };
    })();
    staffByServer.set(server.url, staff);
  }
  return staff;
}

export interface Participant {
  personId: string;
  mappingId: string;
  code: string;
  name: string;
}

/** A person registered by the guide, with a fresh login code to read aloud. */
export async function newParticipant(url: string, guide: string, name = 'Amina Hassan'): Promise<Participant> {
  const dufNumber = `2025${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
  const person = await call<{ id: string; mappingId: string }>(url, '/api/persons', { dufNumber, name, settledOn: '2026-10-01' }, guide);
  const { code } = await call<{ code: string }>(url, `/api/persons/${person.id}/login-code`, {}, guide);
  return { personId: person.id, mappingId: person.mappingId, code, name };
}

/** The guide makes the person a new code: the old one, and every session it opened, stop working. */
export async function replaceLoginCode(url: string, guide: string, personId: string): Promise<string> {
  return (await call<{ code: string }>(url, `/api/persons/${personId}/login-code`, {}, guide)).code;
}

/** The participant's login code for a page of this server (found by the page's origin). */
export async function codeForPage(origin: string): Promise<Participant> {
  const staff = staffByServer.get(origin);
  if (!staff) throw new Error(`no staff set up for ${origin}: call staffOf(server) first`);
  return newParticipant(origin, (await staff).guide);
}
