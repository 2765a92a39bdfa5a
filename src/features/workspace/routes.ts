/**
 * The staff workspace's addresses (the hash part, so the one page works offline everywhere):
 * `#staff` home by role, `#staff/person/<id>`, `#staff/person/<id>/print`,
 * `#staff/person/<id>/data` (everything registered, for print), `#staff/audit` (administrators),
 * and the one-time links `#setup=<secret>` and `#invite=<secret>`.
 */
export type WorkspaceRoute =
  | { screen: 'home' }
  | { screen: 'person'; personId: string }
  | { screen: 'print'; personId: string }
  | { screen: 'data'; personId: string }
  | { screen: 'audit' }
  | { screen: 'setup'; token: string }
  | { screen: 'invite'; token: string };

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The workspace screen an address shows, or null when the address is the participant's app. */
export function workspaceRouteOf(hash: string): WorkspaceRoute | null {
  const secret = /^#(setup|invite)=([\w-]{20,100})$/.exec(hash);
  if (secret) return { screen: secret[1] as 'setup' | 'invite', token: secret[2]! };
  const person = new RegExp(`^#staff/person/(${uuid})(?:/(print|data))?$`).exec(hash);
  if (person) return { screen: (person[2] as 'print' | 'data' | undefined) ?? 'person', personId: person[1]! };
  if (hash === '#staff/audit') return { screen: 'audit' };
  if (hash === '#staff' || hash.startsWith('#staff/')) return { screen: 'home' };
  return null;
}

export const workspaceHref = {
  home: '#staff',
  person: (personId: string) => `#staff/person/${personId}`,
  print: (personId: string) => `#staff/person/${personId}/print`,
  personData: (personId: string) => `#staff/person/${personId}/data`,
  /** The administrator's audit log. */
  audit: '#staff/audit',
  /** The assisted session on this tablet (the app shell shows it: it is the participant's mapping). */
  assisted: (personId: string) => `#assisted/${personId}`,
} as const;

/** The person whose assisted session the address shows (`#assisted/<id>`), or null. */
export function assistedPersonOf(hash: string): string | null {
  return new RegExp(`^#assisted/(${uuid})$`).exec(hash)?.[1] ?? null;
}
