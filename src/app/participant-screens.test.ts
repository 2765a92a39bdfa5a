import { describe, expect, it } from 'vitest';
import { workspaceHref } from '../features/workspace/routes';
import { participantScreensAt } from './App';
import { deviceViewHref } from './use-device-view';

const personId = '01a23453-00c6-72c5-abfd-d365aacfc686';

describe('the addresses that open the participant’s screens (loaded ahead for someone coming back)', () => {
  it('are the app itself and the person’s rights', () => {
    expect(participantScreensAt('')).toBe(true);
    expect(participantScreensAt('#rights')).toBe(true);
  });

  it('are not the device overview, the staff workspace or an assisted session', () => {
    for (const hash of [deviceViewHref, workspaceHref.home, workspaceHref.person(personId), workspaceHref.audit, workspaceHref.assisted(personId)]) {
      expect(participantScreensAt(hash), hash).toBe(false);
    }
  });
});
