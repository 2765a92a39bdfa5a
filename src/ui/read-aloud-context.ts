import { createContext, useContext } from 'react';
import type { AppLocale } from '../domain/app-locales';

/**
 * What the screens need from read-aloud. The engine that fills it in lives in
 * features/read-aloud and is provided by the app shell; without it nothing is spoken.
 */
export interface ReadAloud {
  /** Whether anything in the current language can be spoken at all. */
  available: boolean;
  /** Known not to be: no voice on the device and no clips (not merely still looking for them). */
  unavailable: boolean;
  canSpeak(messageId: string): boolean;
  /** The key of the text being spoken, so it can be highlighted. */
  speakingKey: string | null;
  speak(key: string, messageId: string, text: string): void;
  /** The first screen speaks each language's name in that language, before any is chosen. */
  canSpeakLanguageName(locale: AppLocale): boolean;
  speakLanguageName(locale: AppLocale, name: string): void;
  stop(): void;
  rate: number;
  setRate(rate: number): void;
}

export const silentReadAloud: ReadAloud = {
  available: false,
  unavailable: true,
  canSpeak: () => false,
  speakingKey: null,
  speak: () => undefined,
  canSpeakLanguageName: () => false,
  speakLanguageName: () => undefined,
  stop: () => undefined,
  rate: 1,
  setRate: () => undefined,
};

export const ReadAloudContext = createContext<ReadAloud>(silentReadAloud);

export function useReadAloud(): ReadAloud {
  return useContext(ReadAloudContext);
}
