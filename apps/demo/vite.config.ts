import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The HR-platform demo app, built from the workspace packages' sources into dist/hr, served under /hr/.
export default defineConfig({
  root: 'hr',
  base: '/hr/',
  plugins: [react()],
  resolve: { conditions: ['@goalkit/source', ...defaultClientConditions] },
  build: { outDir: '../dist/hr', emptyOutDir: true, sourcemap: true },
});
