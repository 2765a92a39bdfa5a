import { counties } from '../../domain/areas';
import type { StaffArea } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';

/** A member of staff's role and where they work, in words: "Veileder, Kommune 4601", "Karriereveileder, Vestland". */
export function useRoleAndArea(): (area: StaffArea) => string {
  const t = useT();
  return (area) => {
    const role = t(`staff.role.${area.role}`);
    switch (area.role) {
      case 'administrator':
        return role;
      case 'guide':
        return t('staff.roleInArea', { role, area: t('staff.municipality', { number: area.municipality }) });
      case 'advisor':
        return t('staff.roleInArea', { role, area: counties[area.county] });
    }
  };
}
