import type { DraftSyncState } from '../domain/draft-sync-state';
import type { MessageId } from './message-id';

/** What a draft's state is called, the same on the person's screen and in the guide's device overview. */
export function syncStateMessage(state: Exclude<DraftSyncState, { kind: 'sent' }>): MessageId {
  switch (state.kind) {
    case 'sending':
      return 'save.sending';
    case 'needs_attention':
      return 'save.needsAttention.rejected';
    case 'waiting_for_login':
      return state.who === 'guide' ? 'save.waitingForGuide' : state.codeRefused ? 'save.codeRefused' : 'save.waitingForCode';
    case 'saved_on_device':
      return 'save.savedOnDevice';
  }
}
