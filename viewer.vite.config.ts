// The interactive HTML file's viewer (renderer/viewer/): one classic script and one style sheet,
// which the HTML export writes inline into the page (electron/services/export/html.ts).
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  plugins: [react()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: resolve(root, 'out/viewer'),
    emptyOutDir: true,
    target: 'es2022',
    minify: !process.env.CJM_NO_MINIFY,
    cssCodeSplit: false,
    chunkSizeWarningLimit: 2000,
    lib: { entry: resolve(root, 'renderer/viewer/main.tsx'), formats: ['iife'], name: 'JourneyMapperViewer', fileName: () => 'viewer.js', cssFileName: 'viewer' },
  },
});
