import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import appConfig from '../vite.config.ts';

const projectPath = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * The application and the benchmark page built side by side into bench/dist, so they share one
 * origin and one IndexedDB: the page fills the database, the application is then opened on it.
 * Nothing of this goes into the shipped build.
 */
export default mergeConfig(appConfig, {
  root: projectPath('..'),
  build: {
    outDir: projectPath('./dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: { app: projectPath('../renderer/index.html'), bench: projectPath('./index.html') },
    },
  },
});
