import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepClipsOffline } from './audio-pack-client';

/** Cache Storage as the page sees it, in memory: just what keepClipsOffline uses. */
function memoryCaches() {
  const kept = new Map<string, Response>();
  const cache = {
    keys: async () => [...kept.keys()].map((url) => new Request(new URL(url, 'http://kompass.test'))),
    put: async (url: string, response: Response) => void kept.set(url, response),
  };
  return { kept, caches: { open: async () => cache } };
}

const clips = ['/audio/nb/a.mp3', '/audio/nb/b.mp3', '/audio/nb/c.mp3', '/audio/nb/d.mp3', '/audio/nb/e.mp3', '/audio/nb/f.mp3'];

describe('keeping clips offline', () => {
  let storage: ReturnType<typeof memoryCaches>;
  beforeEach(() => {
    storage = memoryCaches();
    vi.stubGlobal('caches', storage.caches);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps every clip the server has and passes over one it has not', async () => {
    const fetch = vi.fn(async (url: string) => (url.endsWith('c.mp3') ? new Response('', { status: 404 }) : new Response('mp3')));
    vi.stubGlobal('fetch', fetch);
    await keepClipsOffline(clips, new AbortController().signal);
    expect([...storage.kept.keys()].sort()).toEqual(clips.filter((url) => !url.endsWith('c.mp3')));
  });

  it('asks again only for clips not kept yet', async () => {
    storage.kept.set('/audio/nb/a.mp3', new Response('mp3'));
    const fetch = vi.fn(async () => new Response('mp3'));
    vi.stubGlobal('fetch', fetch);
    await keepClipsOffline(clips, new AbortController().signal);
    expect(fetch).toHaveBeenCalledTimes(clips.length - 1);
  });

  it('stops at the first network failure instead of trying every clip in turn', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', fetch);
    await keepClipsOffline(clips, new AbortController().signal);
    // The three that were asked at once fail; nothing more is asked.
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(storage.kept.size).toBe(0);
  });

  it('asks nothing while the device says it is offline', async () => {
    const fetch = vi.fn(async () => new Response('mp3'));
    vi.stubGlobal('fetch', fetch);
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await keepClipsOffline(clips, new AbortController().signal);
    expect(fetch).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});
