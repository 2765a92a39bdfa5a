import type { PersonData } from './privacy-api';

const two = (value: number) => String(value).padStart(2, '0');

/**
 * Everything registered about a person, as the file they (or a guide for them) save: the
 * export as the server gave it (art. 20: machine-readable), named by the local day it was
 * fetched and nothing about the person, since a name in a file name travels further than the file.
 */
export function personDataFile(data: PersonData, whose: 'own' | 'person'): { name: string; text: string } {
  const at = new Date(data.exportedAt);
  const day = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  const stem = whose === 'own' ? 'kompass-mine-opplysninger' : 'kompass-opplysninger';
  return { name: `${stem}-${day}.json`, text: `${JSON.stringify(data, null, 2)}\n` };
}
