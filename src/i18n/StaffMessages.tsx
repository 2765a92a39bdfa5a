import { useEffect, type ReactNode } from 'react';
import { useLocaleChoice } from './LocaleProvider';

/** A staff screen: shown once the staff's screens' messages are loaded in the page's language. */
export function StaffMessages({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const { staffMessagesShown, askForStaffMessages } = useLocaleChoice();
  useEffect(askForStaffMessages, [askForStaffMessages]);
  return staffMessagesShown ? children : fallback;
}
