import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadsWithStaffScreens } from '../../src/i18n/staff-messages';

const src = join(import.meta.dirname, '../../src');

/** The staff's screens; they ask for the staff's messages before they show (src/i18n/StaffMessages.tsx). */
const staffScreens = /^(features\/(workspace|assisted|device)\/|app\/(WorkspaceScreen|AssistedScreen)\.tsx$)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'compiled' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("the staff's messages", () => {
  // They are left out of the participant's download: a participant screen that named one
  // would show its id instead of its text.
  it("are named only on the staff's screens", () => {
    const named = sourceFiles(src)
      .map((path) => relative(src, path))
      .filter((file) => !staffScreens.test(file) && file !== 'i18n/staff-messages.ts')
      .flatMap((file) =>
        [...readFileSync(join(src, file), 'utf8').matchAll(/['"`]([a-z]\w*\.[\w.]*)/g)]
          .map((match) => match[1]!)
          .filter(loadsWithStaffScreens)
          .map((id) => `${file}: ${id}`),
      );
    expect(named).toEqual([]);
  });

  it("leave the participant's screens their links to the staff's", () => {
    expect(loadsWithStaffScreens('staff.open')).toBe(false);
    expect(loadsWithStaffScreens('device.open')).toBe(false);
    expect(loadsWithStaffScreens('staff.login.title')).toBe(true);
  });
});
