import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { compileHints } from './scripts/compile-hints';
import { preloadFirstMessages } from './scripts/preload-first-messages';
import { precompress } from './scripts/precompress';
import { skipIntlLocaleProbe } from './scripts/skip-intl-locale-probe';

const themeColour = '#0b5c66';

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'sw',
      filename: 'sw.ts',
      // Registered by src/app/service-worker.ts with workbox-window, so updates wait for the person.
      injectRegister: false,
      includeManifestIcons: false,
      injectManifest: {
        // Fonts and audio are cached when first needed (see sw/sw.ts), not all up front.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        globIgnores: ['audio/**'],
      },
      manifest: {
        name: 'Kompass',
        short_name: 'Kompass',
        description: 'Registrer kompetansen din – Register your competence',
        lang: 'nb',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f3f6f7',
        theme_color: themeColour,
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
    preloadFirstMessages(),
    skipIntlLocaleProbe(),
    // The entry and the chunks a participant's question needs: what runs as the app opens.
    compileHints(/^(ParticipantFlow|MappingScreen)$/),
    precompress(),
  ],
  resolve: {
    alias: [
      // Messages ship compiled to ICU ASTs (scripts/compile-locales.ts), so the app never parses
      // one: formatjs's documented no-parser build leaves the parser out of the first download.
      { find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' },
    ],
  },
  build: {
    target: 'es2022',
    // A lazy chunk's own imports are fetched together only for the participant's screens, which a
    // person coming back waits for; for every other lazy chunk, adding <link rel=modulepreload>s
    // costs the first screen a long task on a slow phone, and its chunks come from the service
    // worker's cache one after another soon enough.
    modulePreload: { polyfill: false, resolveDependencies: (chunk, deps) => (/ParticipantFlow-[\w-]+\.js$/.test(chunk) ? deps : []) },
    rollupOptions: {
      output: {
        // Messages and code lists get their own names, so the participant's messages, the
        // staff's, place names and occupations per locale are told apart (bench/bundle-size.ts
        // reports each kind).
        chunkFileNames: (chunk) => {
          const source = chunk.facadeModuleId ?? '';
          if (source.includes('/i18n/compiled/staff/')) return 'assets/staff-messages-[name]-[hash].js';
          if (source.includes('/i18n/compiled/')) return 'assets/messages-[name]-[hash].js';
          if (source.includes('/code-lists/names/')) return 'assets/names-[name]-[hash].js';
          if (source.includes('/code-lists/isco-08/')) return 'assets/occupations-[name]-[hash].js';
          return 'assets/[name]-[hash].js';
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
