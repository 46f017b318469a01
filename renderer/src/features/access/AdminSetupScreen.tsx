import { useTranslation } from 'react-i18next';
import { AdminSetupForm } from './AdminSetupForm';
import { CenteredCard } from './CenteredCard';

/** For a database made before operators existed: the administrator is created before anything else. */
export function AdminSetupScreen() {
  const { t } = useTranslation();
  return (
    <CenteredCard title={t('auth.adminTitle')} testId="admin-setup">
      <AdminSetupForm onDone={() => undefined} />
    </CenteredCard>
  );
}
