import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * index.html carries the app's Content-Security-Policy. The dev server needs what the policy
 * forbids (the React Refresh preamble is an inline script, HMR talks over a WebSocket), so in
 * `vite` (serve) only, the tag is left out; `vite build` and everything served from dist/ keep it.
 */
function devWithoutCsp(): Plugin {
  return {
    name: 'ner-studio:dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

// base './' keeps every asset URL relative, so dist/ works when served from any sub-path.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    devWithoutCsp(),
    // A service worker precaches the app and the shipped model: one visit, then it works offline.
    VitePWA({
      registerType: 'autoUpdate',
      // Registered from the app once it has started (src/ui/serviceWorker.ts), not by an injected script:
      // on a first visit the precache would download the app, its wasm and the model alongside the page.
      injectRegister: false,
      manifest: {
        name: 'NER Studio',
        short_name: 'NER Studio',
        description: 'Find named entities in text and train your own recognizer, entirely in your browser.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f5f7fa',
        theme_color: '#3b5bdb',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        // The app, its wasm, and public/models/default/ (meta.json, model.json, weights.bin, clusters.txt).
        globPatterns: ['**/*.{js,css,html,svg,wasm,json,bin,webmanifest}', 'models/**/*.txt'],
        // Threaded wasm is never used (it needs COOP/COEP headers): no need to download it.
        globIgnores: ['**/*threaded*'],
        // The engine chunk (tfjs) and the model's weights are larger than workbox's 2 MB default.
        maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit's page is controlled at once (its model fetches are cached as they happen),
        // and a new deploy's worker takes over without waiting for every tab to close.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
  preview: { host: '127.0.0.1' },
});
