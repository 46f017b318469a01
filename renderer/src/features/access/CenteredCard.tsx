import { Center, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The frame of the screens shown before the application itself: sign-in, lock, first setup. */
export function CenteredCard({
  title,
  children,
  testId,
}: Readonly<{ title: string; children: ReactNode; testId?: string }>) {
  return (
    <Center mih="100vh" p="xl" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={520} data-testid={testId}>
        <Stack>
          <Title order={2}>{title}</Title>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
