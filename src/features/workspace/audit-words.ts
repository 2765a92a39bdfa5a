import { counties } from '../../domain/areas';
import type { StaffRole } from '../../domain/access';
import type { AuditOutcome, AuditPurpose } from '../../domain/audit-api';
import { useT } from '../../i18n/use-t';

/** The actions the log names in words (and an administrator can search for); any other shows as it is stored. */
export const namedAuditActions = [
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
  'read_person_data',
  'make_privacy_request',
  'answer_privacy_request',
  'erase_person',
  'restrict_processing',
  'read_access_report',
  'read_audit_log',
  'staff_login_failed',
  'code_login_failed',
  'login_locked',
] as const;
type NamedAuditAction = (typeof namedAuditActions)[number];
const isNamed = (action: string): action is NamedAuditAction => (namedAuditActions as readonly string[]).includes(action);

/** The audit log's codes in the staff member's words. */
export function useAuditWords() {
  const t = useT();
  return {
    action: (action: string) => (isNamed(action) ? t(`audit.action.${action}`) : action),
    outcome: (outcome: AuditOutcome) => t(`audit.outcome.${outcome}`),
    purpose: (purpose: AuditPurpose | null) => (purpose === null ? '' : t(`audit.purpose.${purpose}`)),
    role: (role: StaffRole | null) => (role === null ? '' : t(`staff.role.${role}`)),
    /** The municipality (guide) or county (advisor) the member of staff worked in then. */
    area: (role: StaffRole | null, area: string | null) => {
      if (area === null) return '';
      if (role === 'guide') return t('staff.municipality', { number: area });
      return Object.hasOwn(counties, area) ? counties[area as keyof typeof counties] : area;
    },
  };
}
