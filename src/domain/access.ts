import { countyOfMunicipality } from './areas';

export const staffRoles = ['administrator', 'guide', 'advisor'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Who is asking: a member of staff bound to their area, or a participant logged in with a code. */
export type Actor =
  | { kind: 'staff'; staffId: string; role: 'administrator' }
  | { kind: 'staff'; staffId: string; role: 'guide'; municipality: string }
  | { kind: 'staff'; staffId: string; role: 'advisor'; county: string }
  | { kind: 'participant'; personId: string; mappingId: string };

export const actions = [
  'manage_staff',
  'register_person',
  'list_persons',
  'read_person',
  'manage_login_code',
  'read_mapping',
  'write_mapping',
  'write_remark',
  'quality_assure',
  'record_assisted_session',
  'write_advisor_note',
  /** Everything registered about the person, and their privacy requests (art. 15/20). */
  'read_person_data',
  'make_privacy_request',
  'answer_privacy_request',
  /** Search the audit log (administrators). */
  'read_audit_log',
  /** Who among staff looked at or changed a person's data. */
  'read_access_report',
] as const;
export type Action = (typeof actions)[number];

/** The person an action concerns: where they live, and who they are. */
export interface Concerning {
  personId: string;
  municipality: string;
  /** A restriction or objection was granted (art. 18/21): their data is kept, not used. */
  restricted: boolean;
}

/** About no one in particular: a list is narrowed to the actor's area, a new person is placed in it. */
const areaFree: readonly Action[] = ['manage_staff', 'list_persons', 'register_person', 'read_audit_log'];

const guideMay: readonly Action[] = [
  'register_person',
  'list_persons',
  'read_person',
  'manage_login_code',
  'read_mapping',
  'write_mapping',
  'write_remark',
  'quality_assure',
  'record_assisted_session',
  'read_person_data',
  'make_privacy_request',
  'answer_privacy_request',
  'read_access_report',
];
const advisorMay: readonly Action[] = ['list_persons', 'read_person', 'read_mapping', 'write_advisor_note'];
const participantMay: readonly Action[] = ['read_mapping', 'write_mapping', 'read_person_data', 'make_privacy_request', 'read_access_report'];

/**
 * The one place that says who may do what, and where. Administrators manage accounts and see
 * no one's mapping; a guide acts within one municipality, an advisor within one county, and a
 * participant only on their own mapping.
 */
export function allows(actor: Actor, action: Action, concerning?: Concerning): boolean {
  if (concerning === undefined && !areaFree.includes(action)) return false;
  if (actor.kind === 'participant') {
    return participantMay.includes(action) && concerning?.personId === actor.personId;
  }
  switch (actor.role) {
    case 'administrator':
      return action === 'manage_staff' || action === 'read_audit_log';
    case 'guide':
      return guideMay.includes(action) && (concerning === undefined || concerning.municipality === actor.municipality);
    case 'advisor':
      return (
        advisorMay.includes(action) &&
        // Restricted processing stops the advisor's work on the person. The guide keeps access:
        // they answer the person's requests and hold the mapping the restriction keeps.
        (concerning === undefined || (countyOfMunicipality(concerning.municipality) === actor.county && !concerning.restricted))
      );
  }
}
