import { describe, expect, it } from 'vitest';
import { emptyMappingContent } from './mapping';
import { personDataFile } from './person-data-file';
import type { PersonData } from './privacy-api';

const exported: PersonData = {
  exportedAt: '2026-11-23T12:00:00.000Z',
  person: {
    id: '0193a1b2-0000-7000-8000-000000000001',
    name: 'Hawa Ali',
    dufNumber: '202612345678',
    municipality: '4601',
    settledOn: '2026-09-01',
    registeredAt: '2026-08-20T09:00:00.000Z',
    restrictedSince: null,
  },
  mapping: {
    id: '0193a1b2-0000-7000-8000-000000000002',
    revision: 2,
    content: { ...emptyMappingContent('ar'), wishes: { goal: 'work', areas: [], text: 'أريد أن أعمل ممرضة' } },
    createdAt: '2026-08-21T09:00:00.000Z',
    updatedAt: '2026-08-22T09:00:00.000Z',
  },
  mappingRevisions: [],
  remarks: [],
  qualityAssurances: [],
  assistedSessions: [],
  advisorNotes: [],
  loginCodes: [],
  privacyRequests: [],
};

describe('the file of everything registered about a person', () => {
  it('holds the export exactly, under a name with the day it was fetched and nothing about the person', () => {
    const own = personDataFile(exported, 'own');
    expect(own.name).toMatch(/^kompass-mine-opplysninger-2026-11-2[34]\.json$/);
    expect(JSON.parse(own.text)).toEqual(exported);
    expect(own.name).not.toContain('Hawa');
    expect(personDataFile(exported, 'person').name).toMatch(/^kompass-opplysninger-2026-11-2[34]\.json$/);
  });
});
