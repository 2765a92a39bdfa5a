// @formatjs/intl's createIntl asks Intl.NumberFormat and Intl.DateTimeFormat whether the locale
// is supported, only to log a warning when it is not. The first such question makes V8 load
// ICU's number and date data: some 25 ms on a fast machine, 100 ms and more on a cheap phone,
// in the middle of the first screen — which formats neither numbers nor dates. The build drops
// the two questions; formatting is unchanged (Intl falls back by itself). Should an upgrade of
// formatjs change the code, the build stops here instead of quietly keeping the cost.
import type { Plugin } from 'vite';

const localeProbe = /!Intl\.(?:NumberFormat|DateTimeFormat)\.supportedLocalesOf\(locale\)\.length/g;

export function skipIntlLocaleProbe(): Plugin {
  return {
    name: 'kompass-skip-intl-locale-probe',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]@formatjs[\\/]intl[\\/]index\.js$/.test(id)) return null;
      const probes = code.match(localeProbe)?.length ?? 0;
      if (probes !== 2) throw new Error(`@formatjs/intl: expected its two locale probes in createIntl, found ${probes}; see scripts/skip-intl-locale-probe.ts`);
      return { code: code.replace(localeProbe, 'false'), map: null };
    },
  };
}
