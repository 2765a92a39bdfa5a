import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AudioPackManifest, LanguageNamesIndex } from '../../domain/audio-pack';
import type { AppLocale } from '../../domain/app-locales';
import { chooseClipSource, pickDeviceVoice } from '../../domain/read-aloud';
import { ReadAloudContext, type ReadAloud } from '../../ui/read-aloud-context';
import { audioPackUrl, keepClipsOffline, loadAudioPack, loadLanguageNames } from './audio-pack-client';

function deviceVoices(): SpeechSynthesisVoice[] {
  return typeof speechSynthesis === 'undefined' ? [] : speechSynthesis.getVoices();
}

interface Props {
  /** The chosen language; null until the person has chosen one (no pack is fetched before). */
  locale: AppLocale | null;
  children: ReactNode;
}

/**
 * Reads texts aloud in the chosen language: a human recording if one exists, else the
 * device's own voice for that language, else the shipped audio pack; otherwise not at all.
 */
export function ReadAloudProvider({ locale, children }: Props) {
  const [voices, setVoices] = useState(deviceVoices);
  const [pack, setPack] = useState<{ locale: AppLocale; manifest: AudioPackManifest | null } | null>(null);
  const [languageNames, setLanguageNames] = useState<LanguageNamesIndex | null>(null);
  const [speakingKey, setSpeakingKey] = useState<string | null>(null);
  const [rate, setRate] = useState(1);
  const player = useRef<HTMLAudioElement | null>(null);

  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const update = () => setVoices(deviceVoices());
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, []);

  // The spoken language names: small, and needed before any language is chosen.
  useEffect(() => {
    const abort = new AbortController();
    void loadLanguageNames().then((index) => {
      if (abort.signal.aborted || !index) return;
      setLanguageNames(index);
      void keepClipsOffline(Object.values(index).map((clip) => `/audio/${clip.file}`), abort.signal);
    });
    return () => abort.abort();
  }, []);

  useEffect(() => {
    if (locale === null) return;
    const abort = new AbortController();
    let keepOffline: ReturnType<typeof setTimeout> | undefined;
    void loadAudioPack(locale).then((manifest) => {
      if (abort.signal.aborted) return;
      setPack({ locale, manifest });
      if (!manifest) return;
      // Only for a language the person stays with, not one passed while switching.
      const urls = Object.values(manifest.clips).map((clip) => audioPackUrl(locale, clip.file));
      keepOffline = setTimeout(() => void keepClipsOffline(urls, abort.signal), 1_500);
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

  const readAloud = useMemo<ReadAloud>(() => {
    const deviceVoice = locale === null ? null : pickDeviceVoice(locale, voices);
    const manifest = pack !== null && pack.locale === locale ? pack.manifest : null;
    const sourceFor = (messageId: string) => {
      const clip = manifest?.clips[messageId];
      const source = chooseClipSource({
        hasRecording: clip?.source === 'recording',
        hasDeviceVoice: deviceVoice !== null,
        hasPackClip: clip !== undefined,
      });
      return { clip, source };
    };

    const finishedFor = (key: string) => () => setSpeakingKey((current) => (current === key ? null : current));
    const sayWithDevice = (key: string, voice: SpeechSynthesisVoice, text: string) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = rate;
      utterance.onend = finishedFor(key);
      utterance.onerror = finishedFor(key);
      setSpeakingKey(key);
      speechSynthesis.speak(utterance);
    };
    const playClip = (key: string, url: string) => {
      const audio = new Audio(url);
      audio.playbackRate = rate;
      audio.onended = finishedFor(key);
      audio.onerror = finishedFor(key);
      player.current = audio;
      setSpeakingKey(key);
      audio.play().catch(finishedFor(key));
    };

    return {
      available: deviceVoice !== null || manifest !== null,
      // Said only once the language's pack has been looked for: a notice that comes and goes moves the screen.
      unavailable: deviceVoice === null && manifest === null && pack?.locale === locale,
      canSpeak: (messageId) => sourceFor(messageId).source !== null,
      speakingKey,
      rate,
      setRate,
      stop,
      speak(key, messageId, text) {
        stop();
        const { clip, source } = sourceFor(messageId);
        if (source === 'device' && deviceVoice) sayWithDevice(key, deviceVoice, text);
        else if (clip && locale !== null) playClip(key, audioPackUrl(locale, clip.file));
      },
      canSpeakLanguageName: (code) => pickDeviceVoice(code, voices) !== null || languageNames?.[code] !== undefined,
      speakLanguageName(code, name) {
        stop();
        const key = `language:${code}`;
        const voice = pickDeviceVoice(code, voices);
        const clip = languageNames?.[code];
        if (voice) sayWithDevice(key, voice, name);
        else if (clip) playClip(key, `/audio/${clip.file}`);
      },
    };
  }, [locale, voices, pack, languageNames, speakingKey, rate, stop]);

  return <ReadAloudContext.Provider value={readAloud}>{children}</ReadAloudContext.Provider>;
}
