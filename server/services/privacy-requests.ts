import { sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type {
  PrivacyAnswerEffect,
  PrivacyAnswerReply,
  PrivacyOutcome,
  PrivacyRequest,
  PrivacyRequestKind,
  PrivacyRequestList,
} from '../../src/domain/privacy-api';
import { recordAuditEvent } from '../audit/audit-log';
import type { DatabaseSchema } from '../db/schema';
import { erasePerson } from './retention';

type Db = Kysely<DatabaseSchema>;

/** Who makes a request: the person with their code, or a member of staff on their behalf. */
export type RequestMaker = { kind: 'participant' } | { kind: 'staff'; staffId: string };

/** Requests with their answer and the names of staff involved, oldest first. */
function requestsWithAnswers(db: Db) {
  return db
    .selectFrom('privacy_requests')
    .leftJoin('staff as maker', 'maker.id', 'privacy_requests.made_by_staff')
    .leftJoin('privacy_request_answers as answer', 'answer.request_id', 'privacy_requests.id')
    .leftJoin('staff as answerer', 'answerer.id', 'answer.answered_by')
    .select([
      'privacy_requests.id',
      'privacy_requests.kind',
      'privacy_requests.message',
      'privacy_requests.made_by',
      'privacy_requests.created_at',
      'privacy_requests.person_id',
      'maker.name as maker_name',
      'maker.role as maker_role',
      'answer.outcome',
      'answer.explanation',
      'answer.answered_at',
      'answerer.name as answerer_name',
      'answerer.role as answerer_role',
    ])
    .orderBy('privacy_requests.sequence');
}

type RequestRow = Awaited<ReturnType<ReturnType<typeof requestsWithAnswers>['executeTakeFirstOrThrow']>>;

function privacyRequest(row: RequestRow): PrivacyRequest {
  const answer =
    row.outcome !== null && row.answered_at !== null && row.answerer_name !== null && row.answerer_role !== null
      ? {
          outcome: row.outcome,
          explanation: row.explanation ?? '',
          answeredBy: { name: row.answerer_name, role: row.answerer_role },
          answeredAt: row.answered_at.toISOString(),
        }
      : null;
  return {
    id: row.id,
    kind: row.kind,
    message: row.message,
    madeBy: row.made_by,
    madeByStaff: row.maker_name !== null && row.maker_role !== null ? { name: row.maker_name, role: row.maker_role } : null,
    createdAt: row.created_at.toISOString(),
    status: answer?.outcome ?? 'open',
    answer,
  };
}

export async function privacyRequestsOf(db: Db, personId: string): Promise<PrivacyRequest[]> {
  const rows = await requestsWithAnswers(db).where('privacy_requests.person_id', '=', personId).execute();
  return rows.map(privacyRequest);
}

export async function listPrivacyRequests(db: Db, personId: string): Promise<PrivacyRequestList> {
  const [requests, person] = await Promise.all([
    privacyRequestsOf(db, personId),
    db.selectFrom('persons').select('restricted_since').where('id', '=', personId).executeTakeFirstOrThrow(),
  ]);
  return { requests, restrictedSince: person.restricted_since?.toISOString() ?? null };
}

/**
 * Records a request once: the same id sent again answers with the request as first stored.
 * Null when the id is already another person's.
 */
export async function makePrivacyRequest(
  db: Db,
  personId: string,
  maker: RequestMaker,
  body: { id?: string; kind: PrivacyRequestKind; message: string },
  now: Date,
): Promise<PrivacyRequest | null> {
  const id = body.id ?? uuidv7();
  await db
    .insertInto('privacy_requests')
    .values({
      id,
      person_id: personId,
      kind: body.kind,
      message: body.message,
      made_by: maker.kind,
      made_by_staff: maker.kind === 'staff' ? maker.staffId : null,
      created_at: now,
    })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute();
  const stored = await requestsWithAnswers(db).where('privacy_requests.id', '=', id).executeTakeFirstOrThrow();
  return stored.person_id === personId ? privacyRequest(stored) : null;
}

type AnswerOutcome = { kind: 'answered'; reply: PrivacyAnswerReply } | { kind: 'not_found' } | { kind: 'already_answered' };

/**
 * The guide's answer and what it does, in one transaction: an erasure granted erases the
 * person; a restriction or objection granted restricts their processing from now on (a later
 * answer does not lift it in this version). A refusal changes nothing but the record.
 */
export async function answerPrivacyRequest(
  db: Db,
  personId: string,
  requestId: string,
  staffId: string,
  body: { outcome: PrivacyOutcome; explanation: string },
  now: Date,
): Promise<AnswerOutcome> {
  return db.transaction().execute(async (trx) => {
    // Locked, so two answers at once meet here: the second finds it answered (or erased).
    const request = await trx
      .selectFrom('privacy_requests')
      .select('kind')
      .where('id', '=', requestId)
      .where('person_id', '=', personId)
      .forUpdate()
      .executeTakeFirst();
    if (!request) return { kind: 'not_found' };
    const inserted = await trx
      .insertInto('privacy_request_answers')
      .values({ request_id: requestId, outcome: body.outcome, explanation: body.explanation, answered_by: staffId, answered_at: now })
      .onConflict((conflict) => conflict.column('request_id').doNothing())
      .returning('request_id')
      .executeTakeFirst();
    if (!inserted) return { kind: 'already_answered' };
    // Read before any erasure takes it with the person.
    const answered = privacyRequest(await requestsWithAnswers(trx).where('privacy_requests.id', '=', requestId).executeTakeFirstOrThrow());
    let effect: PrivacyAnswerEffect = 'none';
    if (body.outcome === 'done' && request.kind === 'erasure') {
      await erasePerson(trx, personId);
      effect = 'person_erased';
    } else if (body.outcome === 'done' && (request.kind === 'restriction' || request.kind === 'objection')) {
      await trx
        .updateTable('persons')
        .set({ restricted_since: sql<Date>`coalesce(restricted_since, ${now})` })
        .where('id', '=', personId)
        .execute();
      effect = 'processing_restricted';
    }
    if (effect !== 'none') {
      // The log outlives the person: it keeps, by id only, that they were erased or restricted and by whom.
      await recordAuditEvent(trx, {
        at: now,
        staffId,
        action: effect === 'person_erased' ? 'erase_person' : 'restrict_processing',
        outcome: 'allowed',
        personId,
        purpose: 'privacy_request',
        detail: { requestKind: request.kind },
      });
    }
    return { kind: 'answered', reply: { request: answered, effect } };
  });
}
