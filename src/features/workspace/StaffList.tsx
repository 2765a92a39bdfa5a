import { useT } from '../../i18n/use-t';
import { useWhen } from '../../i18n/use-when';
import { useStaffList } from './api/list-staff';
import { LoadFailure } from './LoadFailure';
import { useRoleAndArea } from './use-role-and-area';

/** Every account: who, where, and whether the invitation has been taken up. */
export function StaffList() {
  const t = useT();
  const when = useWhen();
  const roleAndArea = useRoleAndArea();
  const staff = useStaffList();

  return (
    <section aria-labelledby="staff-list-title">
      <h2 id="staff-list-title">{t('admin.staff.title')}</h2>
      {staff.data ? (
        <ul className="staff-list">
          {staff.data.map((member) => (
            <li key={member.id} className="staff-member">
              <strong>{member.name}</strong>
              <span className="staff-email">{member.email}</span>
              <span>{roleAndArea(member)}</span>
              <span data-active={member.activeSince !== null}>
                {member.activeSince ? t('admin.staff.activeSince', { date: when.date(member.activeSince) }) : t('admin.staff.invited')}
              </span>
            </li>
          ))}
        </ul>
      ) : staff.isError ? (
        <LoadFailure error={staff.error} retry={() => void staff.refetch()} />
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
    </section>
  );
}
