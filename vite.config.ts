import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { preloadStartChunk } from './build/preloadStartChunk.mjs';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadStartChunk('renderer/startApp.tsx', 'renderer/main.tsx')],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
