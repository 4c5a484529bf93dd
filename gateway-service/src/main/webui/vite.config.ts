import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const CDN_PATTERN = /https?:\/\/(?:cdn\.jsdelivr\.net|unpkg\.com)\/[^'"`\s]*/g;

/**
 * The app runs without internet access: Monaco comes from the local package (see
 * src/workspace/monacoSetup.ts). @monaco-editor/loader still carries a CDN URL as its default
 * config; it is removed here, and the build fails if any CDN address is left in the bundle.
 */
function noCdn(): Plugin {
  return {
    name: 'skillslab-no-cdn',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('@monaco-editor/loader') || !CDN_PATTERN.test(code)) return null;
      CDN_PATTERN.lastIndex = 0;
      return { code: code.replace(CDN_PATTERN, '/monaco-editor-is-bundled'), map: null };
    },
    generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        const text = output.type === 'chunk' ? output.code : typeof output.source === 'string' ? output.source : '';
        const found = text.match(CDN_PATTERN);
        CDN_PATTERN.lastIndex = 0;
        if (found) this.error(`${fileName} refers to a CDN (${found[0]}); the app must work offline.`);
      }
    },
  };
}

// Node's process, without the Node types the app itself must not see.
const previewPolicy = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env
  .SKILLSLAB_PREVIEW_CSP;

// The gateway serves the built SPA through Quinoa; in `npm run dev` the dev server
// forwards API and WebSocket traffic to a gateway running on its usual port.
const gateway = 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), noCdn()],
  server: {
    port: 5173,
    proxy: {
      '/api': gateway,
      '/ws': { target: gateway, ws: true },
    },
  },
  // The browser tests with a mocked backend serve dist/ with `vite preview` under the gateway's
  // Content-Security-Policy (e2e/lib/preview.mjs), so that anything the policy blocks fails them.
  preview: {
    headers: previewPolicy ? { 'Content-Security-Policy': previewPolicy } : {},
  },
  build: {
    outDir: 'dist',
    // Monaco is large by nature; it lives in its own lazily loaded chunk.
    chunkSizeWarningLimit: 6000,
  },
  worker: {
    format: 'es',
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
