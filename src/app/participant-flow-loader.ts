import type { ParticipantFlow } from './ParticipantFlow';

type Flow = typeof ParticipantFlow;

let loading: Promise<Flow> | null = null;
let loaded: Flow | null = null;

/**
 * The participant's screens (login, letter, mapping: a chunk of their own). A person coming
 * back to their answers needs them first, so main.tsx loads them beside the device database
 * and the first render has them at hand: no "loading" in between, and no wait for React to
 * reveal a suspended screen.
 */
export function loadParticipantFlow(): Promise<Flow> {
  loading ??= import('./ParticipantFlow').then((module) => (loaded = module.ParticipantFlow));
  return loading;
}

/** The participant's screens if they have been loaded by now, else null. */
export function loadedParticipantFlow(): Flow | null {
  return loaded;
}
