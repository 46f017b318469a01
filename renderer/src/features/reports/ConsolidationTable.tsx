import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { summaryFigures } from '@shared/exchange/format';
import type { Consolidation } from '@shared/exchange/summary';
import { formatDateTime } from '@shared/dates/format';
import { formatNumber } from '@shared/text/number-format';
import { useLanguage } from '@/i18n/use-language';
import { localWallClock } from '@/lib/clock';

/**
 * The consolidated summary (свод): a row per district with its package's figures and how fresh they
 * are (when the package was made, or when the district last changed the data pulled from the
 * server), and the oblast's totals.
 */
export function ConsolidationTable({ consolidation }: Readonly<{ consolidation: Consolidation }>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (consolidation.byDistrict.length === 0) return null;
  const districtName = (row: { districtNameRu: string | null; districtNameKk: string | null; districtCode: string }) =>
    (language === 'kk' ? row.districtNameKk : row.districtNameRu) ?? row.districtNameRu ?? row.districtCode;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table withTableBorder withColumnBorders striped fz="xs" data-testid="consolidation-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('exchange.receive.district')}</Table.Th>
            <Table.Th>{t('exchange.freshness.column')}</Table.Th>
            {summaryFigures.map((figure) => (
              <Table.Th key={figure}>{t(`exchange.figures.${figure}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {consolidation.byDistrict.map((district) => (
            <Table.Tr key={district.key} data-testid="consolidation-row" data-source={district.source}>
              <Table.Td>{districtName(district)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="consolidation-freshness">
                {formatDateTime(localWallClock(district.createdAt))}
                <Text size="xs" c="dimmed">
                  {t(`exchange.freshness.${district.source}`)}
                </Text>
              </Table.Td>
              {summaryFigures.map((figure) => (
                <Table.Td key={figure} ta="right">
                  {formatNumber(district.summary[figure])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          <Table.Tr fw={700} data-testid="consolidation-totals">
            <Table.Td>{t('exports.total')}</Table.Td>
            <Table.Td />
            {summaryFigures.map((figure) => (
              <Table.Td key={figure} ta="right">
                {formatNumber(consolidation.totals[figure])}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
