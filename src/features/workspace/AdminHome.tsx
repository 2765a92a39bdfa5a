import { useT } from '../../i18n/use-t';
import { InviteStaffForm } from './InviteStaffForm';
import { workspaceHref } from './routes';
import { StaffList } from './StaffList';
import './workspace.css';

/** The administrator's home: invite guides, career advisors and administrators, see every account, and a way to the audit log. */
export function AdminHome() {
  const t = useT();
  return (
    <section className="workspace-screen" aria-labelledby="admin-title">
      <h1 id="admin-title">{t('admin.title')}</h1>
      <p>
        <a href={workspaceHref.audit}>{t('admin.audit.link')}</a>
      </p>
      <InviteStaffForm />
      <StaffList />
    </section>
  );
}
