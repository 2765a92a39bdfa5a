/**
 * Where a person complains about how their data is handled (GDPR art. 77): Datatilsynet, the
 * Norwegian Data Protection Authority. Written as it is in every language, and shown as plain
 * text so it is there offline.
 */
export const datatilsynet = {
  address: 'Datatilsynet, Postboks 458 Sentrum, 0105 Oslo',
  phone: '22 39 69 00',
  web: 'www.datatilsynet.no',
} as const;
