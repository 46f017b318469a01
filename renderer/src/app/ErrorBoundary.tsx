import { Alert, Button, Center, Stack } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface State {
  failed: boolean;
}

/**
 * A screen that throws shows a plain message in the user's language and a way back; the details
 * go to the console for us, never to the user.
 */
export class ErrorBoundary extends Component<Readonly<{ children: ReactNode }>, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <Center h="100vh" p="xl">
            <Stack maw={560}>
              <Alert color="red" title={t('errors.title')} role="alert">
                {t('errors.unexpected')}
              </Alert>
              <Button
                onClick={() => {
                  window.location.hash = '#/';
                  this.setState({ failed: false });
                }}
              >
                {t('nav.dashboard')}
              </Button>
            </Stack>
          </Center>
        )}
      </Translation>
    );
  }
}
