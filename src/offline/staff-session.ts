import { staffSessionSchema, type StaffSession } from '../domain/workspace-api';
import type { KompassDatabase } from './db';
import { storedJson } from './stored-json';

/**
 * The logged-in guide, advisor or administrator on this device. Kept on the device so a guide
 * who has logged in once can run an assisted session offline; logging out removes it.
 */
export async function staffSessionOf(db: KompassDatabase): Promise<StaffSession | null> {
  const stored = await db.settings.get('staffSession');
  if (!stored) return null;
  const session = staffSessionSchema.safeParse(storedJson(stored.value));
  return session.success ? session.data : null;
}

/** A staff screen left alone this long on a shared tablet logs out (the server ends idle sessions too). */
export const staffIdleMs = 15 * 60_000;

export async function keepStaffSession(db: KompassDatabase, session: StaffSession, now: Date = new Date()): Promise<void> {
  await db.settings.bulkPut([
    { key: 'staffSession', value: JSON.stringify(session) },
    { key: 'staffActiveAt', value: now.toISOString() },
  ]);
}

/** The member of staff used this device just now. */
export async function keepStaffActive(db: KompassDatabase, now: Date): Promise<void> {
  await db.settings.put({ key: 'staffActiveAt', value: now.toISOString() });
}

/**
 * The staff session for the screen, and whether it was left alone too long (then the screen
 * must log out before showing anything of it).
 */
export async function staffSessionOnScreen(db: KompassDatabase, now: Date): Promise<{ session: StaffSession; idle: boolean } | null> {
  const [session, activeAt] = await Promise.all([staffSessionOf(db), db.settings.get('staffActiveAt')]);
  if (!session) return null;
  const last = activeAt ? Date.parse(activeAt.value) : Number.NaN;
  return { session, idle: !(now.getTime() - last < staffIdleMs) };
}

export async function forgetStaffSession(db: KompassDatabase): Promise<void> {
  await db.settings.bulkDelete(['staffSession', 'staffActiveAt']);
}
