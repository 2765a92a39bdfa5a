import { describe, expect, it } from 'vitest';
import { allows, type Actor, type Concerning } from './access';

const bergen: Concerning = { personId: 'p1', municipality: '4601', restricted: false };
const restricted: Concerning = { ...bergen, restricted: true };
const guide: Actor = { kind: 'staff', staffId: 's1', role: 'guide', municipality: '4601' };
const advisor: Actor = { kind: 'staff', staffId: 's2', role: 'advisor', county: '46' };
const person: Actor = { kind: 'participant', personId: 'p1', mappingId: 'm1' };

describe('a person whose processing is restricted (art. 18/21)', () => {
  it('is out of the career advisor’s work', () => {
    for (const action of ['read_person', 'read_mapping', 'write_advisor_note'] as const) {
      expect(allows(advisor, action, bergen)).toBe(true);
      expect(allows(advisor, action, restricted)).toBe(false);
    }
  });

  it('stays with the guide, who answers their requests, and with themselves', () => {
    for (const action of ['read_person', 'read_mapping', 'read_person_data', 'answer_privacy_request'] as const) {
      expect(allows(guide, action, restricted)).toBe(true);
    }
    for (const action of ['read_mapping', 'read_person_data', 'make_privacy_request'] as const) {
      expect(allows(person, action, restricted)).toBe(true);
    }
  });
});

describe('the person’s rights', () => {
  it('let the person and their guide read the data and ask; only the guide answers; the advisor does neither', () => {
    expect(allows(person, 'answer_privacy_request', bergen)).toBe(false);
    expect(allows(person, 'read_person_data', { ...bergen, personId: 'p2' })).toBe(false);
    for (const action of ['read_person_data', 'make_privacy_request', 'answer_privacy_request'] as const) {
      expect(allows(advisor, action, bergen)).toBe(false);
      expect(allows(guide, action, { ...bergen, municipality: '0301' })).toBe(false);
    }
  });
});
