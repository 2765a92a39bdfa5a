import type { z } from 'zod';
import type { MessageId } from '../../i18n/message-id';
import { ApiRequestError } from '../../offline/api-request';

/** Per field of a form, the translated message that says what it needs. */
export type FieldProblems<Field extends string> = Partial<Record<Field, MessageId>>;

/**
 * The refused fields (by name) that the form has a message for, in the form's order, so the
 * first one is the one to move focus to.
 */
export function problemsOf<Field extends string>(refused: readonly string[], messages: Record<Field, MessageId>): FieldProblems<Field> {
  const problems: FieldProblems<Field> = {};
  for (const field of Object.keys(messages) as Field[]) {
    if (refused.includes(field)) problems[field] = messages[field];
  }
  return problems;
}

/** The fields a domain schema refused. */
export const schemaFields = (error: z.ZodError): string[] => error.issues.map((issue) => String(issue.path[0]));

/**
 * What the server refused in the form's fields: the e-mail address when it has an account
 * already (409), otherwise the fields it names (as `body.<field>`).
 */
export function serverProblems<Field extends string>(error: unknown, messages: Record<Field | 'email', MessageId>): FieldProblems<Field | 'email'> {
  if (!(error instanceof ApiRequestError)) return {};
  if (error.code === 'conflict') return { email: 'staff.problem.emailTaken' } as FieldProblems<Field | 'email'>;
  return problemsOf(error.fields.map((field) => field.path.split('.')[1] ?? ''), messages);
}

/** Moves focus to the first field with a problem, where its message is read out with it. */
export function focusFirstProblem(formId: string, problems: FieldProblems<string>): void {
  const first = Object.keys(problems)[0];
  if (first) document.getElementById(`${formId}-${first}`)?.focus();
}

/** Refused for what is in a field (shown there), not for the form as a whole. */
export const refusesAField = (error: unknown): boolean =>
  error instanceof ApiRequestError && (error.code === 'conflict' || error.fields.length > 0);

/** A one-time link (setup or invitation) that is used, expired or unknown. */
export const isSpentLink = (error: unknown): boolean =>
  error instanceof ApiRequestError && error.code === 'invalid_request' && error.fields.length === 0;
