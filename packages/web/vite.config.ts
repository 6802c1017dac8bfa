import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In dev the API runs separately; DANDANG_API points the proxy elsewhere (e.g. a server started on port 3100).
const api = { target: process.env.DANDANG_API ?? 'http://127.0.0.1:3000', changeOrigin: false };

// The server serves dist/ at `/` with an SPA fallback, so assets use absolute paths from the root.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The manifest lets scripts/login-budget.mjs measure exactly what the login page loads.
    manifest: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173, proxy: { '/api': api } },
  preview: { proxy: { '/api': api } },
});
