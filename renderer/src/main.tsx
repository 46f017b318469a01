import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import '@mantine/dropzone/styles.css';
import './app/app.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StorageFailureScreen } from './app/StorageFailureScreen';
import { startApplication } from './app/start';
import { initI18n } from './i18n/i18n';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const root = createRoot(container);

void initI18n().then(async () => {
  const started = await startApplication();
  root.render(started.ok ? <App /> : <StorageFailureScreen failure={started.failure} />);
});
