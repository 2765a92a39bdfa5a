import { z } from 'zod';

/**
 * Norway's counties (fylker) from 2024, by number. A guide works for a municipality, a career
 * advisor for a county; a municipality's number (kommunenummer) begins with its county's.
 */
export const counties = {
  '03': 'Oslo',
  '11': 'Rogaland',
  '15': 'Møre og Romsdal',
  '18': 'Nordland',
  '31': 'Østfold',
  '32': 'Akershus',
  '33': 'Buskerud',
  '34': 'Innlandet',
  '39': 'Vestfold',
  '40': 'Telemark',
  '42': 'Agder',
  '46': 'Vestland',
  '50': 'Trøndelag',
  '55': 'Troms',
  '56': 'Finnmark',
} as const;
export type County = keyof typeof counties;

function isCounty(code: string): code is County {
  return Object.hasOwn(counties, code);
}

export function countyOfMunicipality(municipality: string): County | null {
  const county = municipality.slice(0, 2);
  return isCounty(county) ? county : null;
}

export const countySchema = z.string().refine((code): code is County => isCounty(code), { error: 'Expected a county number, such as 46' });

export const municipalitySchema = z
  .string()
  .regex(/^\d{4}$/, { error: 'Expected a four-digit municipality number, such as 4601' })
  .refine((number) => countyOfMunicipality(number) !== null, { error: 'No county has this municipality number' });
