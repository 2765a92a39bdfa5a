import { personDataSchema, type PersonData } from '../../../domain/privacy-api';
import { apiRequest } from '../../../offline/api-request';
import { useMyQuery } from '../use-my-session';

/** Everything registered about the participant whose session it is (art. 15/20). */
export function getMyData(token: string): Promise<PersonData> {
  return apiRequest({ path: '/api/me/data', token, reply: personDataSchema });
}

export function useMyData() {
  return useMyQuery('data', getMyData);
}
