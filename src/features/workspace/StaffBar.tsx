import { useT } from '../../i18n/use-t';
import { useRoleAndArea } from './use-role-and-area';
import { useWorkspaceSession } from './use-workspace-session';

/** Who is logged in on this device, and the way out (shared tablets). */
export function StaffBar() {
  const t = useT();
  const roleAndArea = useRoleAndArea();
  const { session, logOut } = useWorkspaceSession();
  return (
    <div className="workspace-bar">
      <p className="workspace-who">
        <strong>{session.staff.name}</strong> <span>{roleAndArea(session.staff)}</span>
      </p>
      <button type="button" onClick={() => void logOut()}>
        {t('staff.logOut')}
      </button>
    </div>
  );
}
