import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AudioPackManifest } from '../../domain/audio-pack';
import type { AppLocale } from '../../domain/app-locales';
import { chooseClipSource, pickDeviceVoice } from '../../domain/read-aloud';
import { ReadAloudContext, type ReadAloud } from '../../ui/read-aloud-context';
import { audioPackUrl, keepAudioPackOffline, loadAudioPack } from './audio-pack-client';

function deviceVoices(): SpeechSynthesisVoice[] {
  return typeof speechSynthesis === 'undefined' ? [] : speechSynthesis.getVoices();
}

/**
 * Reads texts aloud in the chosen language: a human recording if one exists, else the
 * device's own voice for that language, else the shipped audio pack; otherwise not at all.
 */
interface Props {
  /** The chosen language; null until the person has chosen one (nothing is fetched before). */
  locale: AppLocale | null;
  children: ReactNode;
}

export function ReadAloudProvider({ locale, children }: Props) {
  const [voices, setVoices] = useState(deviceVoices);
  const [pack, setPack] = useState<{ locale: AppLocale; manifest: AudioPackManifest | null } | null>(null);
  const [speakingKey, setSpeakingKey] = useState<string | null>(null);
  const [rate, setRate] = useState(1);
  const player = useRef<HTMLAudioElement | null>(null);

  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const update = () => setVoices(deviceVoices());
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, []);

  useEffect(() => {
    if (locale === null) return;
    const abort = new AbortController();
    let keepOffline: ReturnType<typeof setTimeout> | undefined;
    void loadAudioPack(locale).then((manifest) => {
      if (abort.signal.aborted) return;
      setPack({ locale, manifest });
      // Only for a language the person stays with, not one passed while switching.
      if (manifest) keepOffline = setTimeout(() => void keepAudioPackOffline(locale, manifest, abort.signal), 1_500);
    });
    return () => {
      clearTimeout(keepOffline);
      abort.abort();
    };
  }, [locale]);

  const stop = useCallback(() => {
    player.current?.pause();
    player.current = null;
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
    setSpeakingKey(null);
  }, []);

  useEffect(() => stop, [locale, stop]);

  const deviceVoice = locale === null ? null : pickDeviceVoice(locale, voices);
  const manifest = pack !== null && pack.locale === locale ? pack.manifest : null;

  const readAloud = useMemo<ReadAloud>(() => {
    const sourceFor = (messageId: string) => {
      const clip = manifest?.clips[messageId];
      return {
        clip,
        source: chooseClipSource({
          hasRecording: clip?.source === 'recording',
          hasDeviceVoice: deviceVoice !== null,
          hasPackClip: clip !== undefined,
        }),
      };
    };
    return {
      available: deviceVoice !== null || manifest !== null,
      canSpeak: (messageId) => sourceFor(messageId).source !== null,
      speakingKey,
      rate,
      setRate,
      stop,
      speak(key, messageId, text) {
        stop();
        const { clip, source } = sourceFor(messageId);
        const finished = () => setSpeakingKey((current) => (current === key ? null : current));
        if (source === 'device' && deviceVoice) {
          const utterance = new SpeechSynthesisUtterance(text);
          utterance.voice = deviceVoice;
          utterance.lang = deviceVoice.lang;
          utterance.rate = rate;
          utterance.onend = finished;
          utterance.onerror = finished;
          setSpeakingKey(key);
          speechSynthesis.speak(utterance);
        } else if (clip && locale !== null) {
          const audio = new Audio(audioPackUrl(locale, clip.file));
          audio.playbackRate = rate;
          audio.onended = finished;
          audio.onerror = finished;
          player.current = audio;
          setSpeakingKey(key);
          audio.play().catch(finished);
        }
      },
    };
  }, [deviceVoice, manifest, speakingKey, rate, stop, locale]);

  return <ReadAloudContext.Provider value={readAloud}>{children}</ReadAloudContext.Provider>;
}
