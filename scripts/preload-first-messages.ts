// The first screen (the language choice) is worded in the source locale, and its messages are
// a chunk of their own that the entry script asks for only once it runs. A modulepreload link
// in index.html fetches them beside the entry script instead of after it: one round trip less
// before anything is on screen.
import type { Plugin } from 'vite';
import { sourceLocale } from '../src/domain/app-locales';

const messagesModule = `/src/i18n/compiled/${sourceLocale}.json`;

export function preloadFirstMessages(): Plugin {
  return {
    name: 'kompass-preload-first-messages',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find((output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(messagesModule));
        if (!chunk) throw new Error(`No chunk for ${messagesModule}: the first screen's messages are no longer a chunk of their own`);
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${chunk.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}
