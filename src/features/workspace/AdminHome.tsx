import { useT } from '../../i18n/use-t';
import { InviteStaffForm } from './InviteStaffForm';
import { StaffList } from './StaffList';
import './workspace.css';

/** The administrator's one screen: invite guides, career advisors and administrators, and see every account. */
export function AdminHome() {
  const t = useT();
  return (
    <section className="workspace-screen" aria-labelledby="admin-title">
      <h1 id="admin-title">{t('admin.title')}</h1>
      <InviteStaffForm />
      <StaffList />
    </section>
  );
}
