import { privacyRequestListSchema, type PrivacyRequestList } from '../../../domain/privacy-api';
import { apiRequest } from '../../../offline/api-request';
import { useMyQuery } from '../use-my-session';

/** The participant's own requests, oldest first, each with its status and the guide's answer. */
export function listMyPrivacyRequests(token: string): Promise<PrivacyRequestList> {
  return apiRequest({ path: '/api/me/privacy-requests', token, reply: privacyRequestListSchema });
}

// An answer may come while the person has the screen open.
const lookForAnswersMs = 30_000;

export function useMyPrivacyRequests() {
  return useMyQuery('privacy-requests', listMyPrivacyRequests, lookForAnswersMs);
}
