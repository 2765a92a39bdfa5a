import { checkDufNumber, type DufNumberProblem } from '../../domain/duf-number';
import { isoDateSchema } from '../../domain/guidance-deadline';
import type { RegisterPersonBody } from '../../domain/workspace-api';
import type { MessageId } from '../../i18n/message-id';

export interface RegisterPersonFields {
  dufNumber: string;
  name: string;
  settledOn: string;
}

const dufNumberProblems: Record<DufNumberProblem, MessageId> = {
  empty: 'guide.register.dufNumber.empty',
  not_digits: 'guide.register.dufNumber.notDigits',
  wrong_length: 'guide.register.dufNumber.wrongLength',
  implausible_year: 'guide.register.dufNumber.implausibleYear',
};

/** What is wrong with each field, before anything is sent; null where nothing is. */
export function registerPersonProblems(fields: RegisterPersonFields): Record<keyof RegisterPersonFields, MessageId | null> {
  const duf = checkDufNumber(fields.dufNumber);
  return {
    dufNumber: duf.ok ? null : dufNumberProblems[duf.problem],
    name: fields.name.trim() === '' ? 'guide.register.name.empty' : null,
    settledOn:
      fields.settledOn === ''
        ? 'guide.register.settledOn.empty'
        : isoDateSchema.safeParse(fields.settledOn).success
          ? null
          : 'guide.register.settledOn.invalid',
  };
}

/** The body to send, once every field is right. */
export function registerPersonBody(fields: RegisterPersonFields): RegisterPersonBody | null {
  const duf = checkDufNumber(fields.dufNumber);
  const problems = registerPersonProblems(fields);
  if (!duf.ok || Object.values(problems).some((problem) => problem !== null)) return null;
  return { dufNumber: duf.dufNumber, name: fields.name.trim(), settledOn: fields.settledOn };
}
