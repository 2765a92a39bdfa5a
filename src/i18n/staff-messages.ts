// The staff's screens (workspace, audit log, the guide's, advisor's and administrator's pages,
// the assisted session's controls, the device overview) are read by staff, not heard, and the
// participant never opens them: their messages get no audio clips, and they load only when
// such a screen opens, so they never weigh on the participant's download.
const staffPrefixes = ['staff.', 'admin.', 'audit.', 'guide.', 'advisor.', 'person.', 'profile.', 'assisted.', 'device.'];

/** Every participant screen ends with the links to the staff's screens, so these load with the participant's messages. */
const linksOnParticipantScreens = new Set(['staff.open', 'device.open']);

/** A message of the staff's screens. */
export function isStaffMessage(id: string): boolean {
  return staffPrefixes.some((prefix) => id.startsWith(prefix));
}

/** A message compiled into the locale's staff chunk, loaded when a staff screen opens. */
export function loadsWithStaffScreens(id: string): boolean {
  return isStaffMessage(id) && !linksOnParticipantScreens.has(id);
}
