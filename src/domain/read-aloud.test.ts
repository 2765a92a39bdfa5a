import { describe, expect, it } from 'vitest';
import { chooseClipSource, espeakVoices, pickDeviceVoice } from './read-aloud';

const voice = (lang: string, localService = true) => ({ lang, name: lang, localService });

describe('picking a device voice', () => {
  it('takes a voice of the language, preferring one that works offline', () => {
    const voices = [voice('fr-CA', false), voice('fr-FR'), voice('en-US')];
    expect(pickDeviceVoice('fr', voices)?.lang).toBe('fr-FR');
  });

  it('understands Android-style tags with underscores', () => {
    expect(pickDeviceVoice('nb', [voice('nb_NO')])?.lang).toBe('nb_NO');
    expect(pickDeviceVoice('nb', [voice('no-NO')])?.lang).toBe('no-NO');
  });

  it('reads Dari with a Dari voice if there is one, else with a Persian one', () => {
    expect(pickDeviceVoice('fa-AF', [voice('fa-IR'), voice('fa-AF')])?.lang).toBe('fa-AF');
    expect(pickDeviceVoice('fa-AF', [voice('fa-IR')])?.lang).toBe('fa-IR');
  });

  it('never reads a language with a neighbouring language’s voice', () => {
    expect(pickDeviceVoice('ti', [voice('am-ET')])).toBeNull();
    expect(pickDeviceVoice('ckb', [voice('ku-TR'), voice('ar-IQ')])).toBeNull();
    expect(pickDeviceVoice('fa', [voice('fa-AF-x-test'), voice('ar-SA')])?.lang).toBe('fa-AF-x-test');
    expect(pickDeviceVoice('en', [voice('eo')])).toBeNull();
  });
});

describe('where a message’s sound comes from', () => {
  it('prefers a human recording, then the device, then the shipped pack', () => {
    expect(chooseClipSource({ hasRecording: true, hasDeviceVoice: true, hasPackClip: true })).toBe('recording');
    expect(chooseClipSource({ hasRecording: false, hasDeviceVoice: true, hasPackClip: true })).toBe('device');
    expect(chooseClipSource({ hasRecording: false, hasDeviceVoice: false, hasPackClip: true })).toBe('pack');
    expect(chooseClipSource({ hasRecording: false, hasDeviceVoice: false, hasPackClip: false })).toBeNull();
  });

  it('has no espeak-ng voice for Pashto, Sorani, Tigrinya or Somali', () => {
    expect([espeakVoices.ps, espeakVoices.ckb, espeakVoices.ti, espeakVoices.so]).toEqual([null, null, null, null]);
    expect(espeakVoices['fa-AF']).toBe('fa');
  });
});
