// One build for the three parts of the app: Electron main, the sandboxed preload, and the
// renderer (which the web shell serves too).
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './electron/services/csp.ts';

const root = import.meta.dirname;

// Electron loads the renderer from file://, where only a <meta> CSP applies.
const cspMeta: Plugin = {
  name: 'cjm-csp-meta',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' },
  ],
};

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // parseChild: the process that reads files from outside (electron/main/parseProcess.ts starts it)
      rolldownOptions: { input: { main: resolve(root, 'electron/main/main.ts'), parseChild: resolve(root, 'electron/services/parser/child.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload must be one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(root, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), cspMeta],
    build: {
      outDir: resolve(root, 'out/renderer'),
      target: 'es2022',
      // CJM_NO_MINIFY=1 keeps function names readable in a CPU profile of the renderer.
      minify: !process.env.CJM_NO_MINIFY,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
