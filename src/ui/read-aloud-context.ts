import { createContext, useContext } from 'react';

/**
 * What the screens need from read-aloud. The engine that fills it in lives in
 * features/read-aloud and is provided by the app shell; without it nothing is spoken.
 */
export interface ReadAloud {
  /** Whether anything in the current language can be spoken at all. */
  available: boolean;
  canSpeak(messageId: string): boolean;
  /** The key of the text being spoken, so it can be highlighted. */
  speakingKey: string | null;
  speak(key: string, messageId: string, text: string): void;
  stop(): void;
  rate: number;
  setRate(rate: number): void;
}

export const silentReadAloud: ReadAloud = {
  available: false,
  canSpeak: () => false,
  speakingKey: null,
  speak: () => undefined,
  stop: () => undefined,
  rate: 1,
  setRate: () => undefined,
};

export const ReadAloudContext = createContext<ReadAloud>(silentReadAloud);

export function useReadAloud(): ReadAloud {
  return useContext(ReadAloudContext);
}
