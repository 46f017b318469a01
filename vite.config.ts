import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { PAGE_POLICY } from './shared/security/csp.ts';

const projectPath = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const packageJson = JSON.parse(readFileSync(projectPath('./package.json'), 'utf8')) as { version: string };

/** The built page carries its CSP itself, so the browser build is as locked down as the desktop one. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'kelisim-content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}" />`,
      ),
  };
}

export const aliases = {
  '@shared': projectPath('./shared'),
  '@': projectPath('./renderer/src'),
};

export default defineConfig({
  root: projectPath('./renderer'),
  base: './',
  publicDir: projectPath('./resources/public'),
  plugins: [react(), contentSecurityPolicy()],
  resolve: { alias: aliases },
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  build: {
    outDir: projectPath('./dist'),
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 4000,
  },
  server: { host: '127.0.0.1', fs: { allow: [projectPath('.')] } },
  preview: { host: '127.0.0.1' },
});
