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

export async function keepStaffSession(db: KompassDatabase, session: StaffSession): Promise<void> {
  await db.settings.put({ key: 'staffSession', value: JSON.stringify(session) });
}

export async function forgetStaffSession(db: KompassDatabase): Promise<void> {
  await db.settings.delete('staffSession');
}
