import { v4 as uuidv4 } from 'uuid';
import type { KompassDatabase } from './db';

/** This device's random id, made on first use; the server uses it to tell devices apart. */
export async function deviceIdOf(db: KompassDatabase): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const stored = await db.settings.get('deviceId');
    if (stored) return stored.value;
    const id = uuidv4();
    await db.settings.put({ key: 'deviceId', value: id });
    return id;
  });
}
