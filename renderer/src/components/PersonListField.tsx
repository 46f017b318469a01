import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PersonId } from '@shared/model/ids';
import { PersonSelect } from './PersonSelect';

/**
 * A list of people, one search field each, with a line to remove and a button to add. A line
 * added and left empty stays '' for the caller to drop when it saves.
 */
export function PersonListField({
  label,
  ids,
  onChange,
  onRemove,
  onAdd,
  addLabel,
  readOnly = false,
  testId,
}: Readonly<{
  label: string;
  ids: readonly string[];
  onChange: (index: number, id: PersonId | null) => void;
  onRemove: (index: number) => void;
  onAdd: () => void;
  addLabel: string;
  readOnly?: boolean;
  /** Each line's field is `${testId}-${index}`, the add button `${testId}-add`. */
  testId?: string;
}>) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {ids.map((id, index) => (
        <Group key={index} gap="xs" align="flex-end">
          <div style={{ flex: 1 }}>
            <PersonSelect
              label=""
              value={id}
              onChange={(next) => onChange(index, next)}
              {...(testId ? { testId: `${testId}-${index}` } : {})}
            />
          </div>
          <ActionIcon
            variant="subtle"
            color="red"
            mb={6}
            aria-label={t('common.delete')}
            onClick={() => onRemove(index)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {!readOnly && (
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={onAdd}
            {...(testId ? { 'data-testid': `${testId}-add` } : {})}
          >
            {addLabel}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
