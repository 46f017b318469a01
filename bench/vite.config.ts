import { fileURLToPath } from 'node:url';
import { mergeConfig, type Plugin } from 'vite';
import appConfig from '../vite.config.ts';

const projectPath = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * The benchmark page (and it alone: the application keeps the shipped policy) may also reach the
 * CouchDB-compatible server bench/run.mjs starts on 127.0.0.1, to time sync against it.
 */
function benchPageReachesTestServer(): Plugin {
  return {
    name: 'kelisim-bench-connect-src',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) =>
        context.filename.endsWith('/bench/index.html')
          ? html.replace("connect-src 'self'", "connect-src 'self' http://127.0.0.1:*")
          : html,
    },
  };
}

/**
 * The application and the benchmark page built side by side into bench/dist, so they share one
 * origin and one IndexedDB: the page fills the database, the application is then opened on it.
 * Nothing of this goes into the shipped build.
 */
export default mergeConfig(appConfig, {
  root: projectPath('..'),
  plugins: [benchPageReachesTestServer()],
  build: {
    outDir: projectPath('./dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: { app: projectPath('../renderer/index.html'), bench: projectPath('./index.html') },
    },
  },
});
