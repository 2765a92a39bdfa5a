import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { personListSchema, type PersonList, type PersonSummary } from '../../../domain/workspace-api';
import { apiRequest } from '../../../offline/api-request';
import { useWorkspaceSession } from '../use-workspace-session';

export const personsQueryKey = ['persons'] as const;

/** One page of the persons in the staff member's area, ordered by DUF number; `after` is the previous page's last person's id. */
export function listPersons(token: string, after: string | null, limit = 50): Promise<PersonList> {
  const query = new URLSearchParams({ limit: String(limit), ...(after === null ? {} : { after }) });
  return apiRequest({ path: `/api/persons?${query}`, token, reply: personListSchema });
}

/** Page by page, as the guide asks for more. */
export function usePersonPages() {
  const { session } = useWorkspaceSession();
  return useInfiniteQuery({
    queryKey: [...personsQueryKey, 'pages'],
    queryFn: ({ pageParam }) => listPersons(session.token, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextAfter,
  });
}

const largestPage = 200;

/** Every person in the area, all pages: a county has at most a few hundred newly settled persons. */
export async function listAllPersons(token: string): Promise<PersonSummary[]> {
  const persons: PersonSummary[] = [];
  let after: string | null = null;
  do {
    const page: PersonList = await listPersons(token, after, largestPage);
    persons.push(...page.persons);
    after = page.nextAfter;
  } while (after !== null);
  return persons;
}

export function useAllPersons() {
  const { session } = useWorkspaceSession();
  return useQuery({ queryKey: [...personsQueryKey, 'all'], queryFn: () => listAllPersons(session.token) });
}
