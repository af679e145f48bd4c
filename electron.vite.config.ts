// Three builds into out/: main (CommonJS, native and heavy modules left to node_modules), preload (one
// CommonJS file that requires only electron, as a sandboxed preload must) and the React renderer.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * `electron-vite dev` serves the renderer from Vite, whose React preamble is an inline script and whose
 * hot reload is a websocket: the dev page gets a looser policy. Built files keep index.html's as written.
 */
function devContentSecurityPolicy(): Plugin {
  return {
    name: 'ropa:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'none'", "connect-src 'self' ws: http://localhost:*"),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(__dirname, 'src/main/index.ts') },
      rolldownOptions: { external: ['better-sqlite3', 'exceljs'] },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve(__dirname, 'src/preload/index.ts'), formats: ['cjs'] },
      // Bundle everything the preload imports (only the channel list): the sandbox cannot require files.
      externalizeDeps: false,
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].js' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rolldownOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
    plugins: [react(), devContentSecurityPolicy()],
  },
});
