import { apiRequest } from '../../../offline/api-request';

/**
 * Ends the session on the server. A plain call, not a mutation: the workspace forgets the
 * session whatever the answer, and a 401 here is no news to show.
 */
export function logOut(token: string) {
  return apiRequest({ path: '/api/logout', method: 'POST', token });
}
