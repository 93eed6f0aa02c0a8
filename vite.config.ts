import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the page imports statically is one script (and one stylesheet), which
          // index.html names: the first screen waits for no second wave of requests, and the lazy
          // chunks (the editor, the dialogs) import what they share with it from it.
          groups: [{ name: 'start', tags: ['$initial'] }],
        },
      },
    },
  },
});
