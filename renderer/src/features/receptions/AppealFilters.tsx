import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { appealChannels, appealTypes, type AppealChannel, type AppealType } from '@shared/model/records';
import type { AppealFilter } from '@shared/receptions/appeal-filter';

/** The journal's filters by type of appeal and by the channel it came through. */
export function AppealFilters({
  filter,
  onChange,
}: Readonly<{ filter: AppealFilter; onChange: (filter: AppealFilter) => void }>) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        label={t('receptions.appeal.type')}
        placeholder={t('receptions.appeal.anyType')}
        clearable
        w={170}
        data-testid="journal-filter-type"
        value={filter.type}
        onChange={(type) => onChange({ ...filter, type: type as AppealType | null })}
        data={appealTypes.map((value) => ({ value, label: t(`enums.appealType.${value}`) }))}
      />
      <Select
        label={t('receptions.appeal.channel')}
        placeholder={t('receptions.appeal.anyChannel')}
        clearable
        w={170}
        data-testid="journal-filter-channel"
        value={filter.channel}
        onChange={(channel) => onChange({ ...filter, channel: channel as AppealChannel | null })}
        data={appealChannels.map((value) => ({ value, label: t(`enums.appealChannel.${value}`) }))}
      />
    </>
  );
}
