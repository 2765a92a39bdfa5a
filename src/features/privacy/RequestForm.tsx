import { useId, useState } from 'react';
import { v7 as uuidv7 } from 'uuid';
import { textLimits } from '../../domain/mapping';
import { privacyRequestBodySchema, privacyRequestKinds, type PrivacyRequestKind } from '../../domain/privacy-api';
import { useT } from '../../i18n/use-t';
import { Choices } from '../../ui/Choices';
import { Speakable } from '../../ui/Speakable';
import { TextAnswer } from '../../ui/TextAnswer';
import { useSendMyPrivacyRequest } from './api/send-my-privacy-request';
import { OnlineOnly } from './OnlineOnly';
import { requestKindText } from './request-kinds';
import type { MyAccess } from './use-my-session';

interface Props {
  my: { access: MyAccess; retry: () => void; ended: () => void };
}

const kindOptions = privacyRequestKinds.map((kind) => ({ value: kind, label: requestKindText[kind].label }));

/**
 * The person asks for correction, erasure, restriction or objection in their own words. Each
 * kind says in plain words what it can and cannot do; this part works offline, only sending
 * needs a connection.
 */
export function RequestForm({ my }: Props) {
  const t = useT();
  const ids = useId();
  const [kind, setKind] = useState<PrivacyRequestKind | null>(null);
  const [message, setMessage] = useState('');
  const [missingMessage, setMissingMessage] = useState(false);
  const [sent, setSent] = useState(false);
  const text = kind && requestKindText[kind];

  return (
    <div className="rights-request-form">
      <Speakable id="rights.request.kind" as="h4" textProps={{ id: `${ids}kind` }} />
      <Choices
        labelledBy={`${ids}kind`}
        options={kindOptions}
        selected={kind ? [kind] : []}
        onToggle={(chosen) => {
          setKind(chosen);
          setMissingMessage(false);
          setSent(false);
        }}
      />
      {text && (
        <div className="rights-kind-explained" data-testid="kind-explained">
          <Speakable id={text.explain} />
          <p className="small-print">{t(text.smallPrint)}</p>
          <Speakable id="rights.request.message" textProps={{ id: `${ids}label` }} className="field-label" />
          {kind === 'restriction' && <Speakable id="rights.request.messageOptional" className="field-hint" textProps={{ id: `${ids}hint` }} />}
          <TextAnswer
            long
            labelledBy={`${ids}label`}
            describedBy={[kind === 'restriction' && `${ids}hint`, missingMessage && `${ids}missing`].filter(Boolean).join(' ') || undefined}
            maxLength={textLimits.long}
            value={message}
            onChange={(value) => {
              setMessage(value);
              setMissingMessage(false);
            }}
          />
          {missingMessage && <Speakable id="rights.request.messageMissing" className="field-error" textProps={{ id: `${ids}missing`, role: 'alert' }} />}
          <OnlineOnly my={my}>
            <SendRequest
              kind={kind}
              message={message}
              onMissingMessage={() => setMissingMessage(true)}
              onSent={() => {
                setKind(null);
                setMessage('');
                setSent(true);
              }}
            />
          </OnlineOnly>
        </div>
      )}
      {sent && <Speakable id="rights.request.sent" className="notice rights-sent" textProps={{ role: 'status' }} />}
    </div>
  );
}

interface SendProps {
  kind: PrivacyRequestKind;
  message: string;
  onMissingMessage: () => void;
  onSent: () => void;
}

/** Sends the request; a retry after a lost reply carries the same id, so it is stored once. */
function SendRequest({ kind, message, onMissingMessage, onSent }: SendProps) {
  const t = useT();
  const send = useSendMyPrivacyRequest();
  const [attempt, setAttempt] = useState<{ id: string; kind: PrivacyRequestKind; message: string } | null>(null);

  const submit = () => {
    const body = privacyRequestBodySchema.safeParse({ kind, message });
    if (!body.success) return onMissingMessage();
    const same = attempt !== null && attempt.kind === kind && attempt.message === body.data.message;
    const id = same ? attempt.id : uuidv7();
    setAttempt({ id, kind, message: body.data.message });
    send.mutate({ id, ...body.data }, { onSuccess: onSent });
  };

  return (
    <>
      <button type="button" className="button-primary button-large" disabled={send.isPending} onClick={submit}>
        {t(send.isPending ? 'rights.request.sending' : 'rights.request.send')}
      </button>
      {send.isError && <Speakable id="rights.request.failed" className="field-error" textProps={{ role: 'alert' }} />}
    </>
  );
}
