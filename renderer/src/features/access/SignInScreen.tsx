import { useTranslation } from 'react-i18next';
import { CenteredCard } from './CenteredCard';
import { SignInForm } from './SignInForm';

export function SignInScreen() {
  const { t } = useTranslation();
  return (
    <CenteredCard title={t('auth.signInTitle')} testId="sign-in">
      <SignInForm />
    </CenteredCard>
  );
}
