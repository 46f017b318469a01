const GROUP_SEPARATOR = '\u00a0';

/**
 * 100 000 and 12,5: the grouping and decimal comma used in both Russian and Kazakh.
 * Written by hand because Chromium's Intl data for kk is a fallback.
 */
export function formatNumber(value: number, fractionDigits = 0): string {
  if (!Number.isFinite(value)) return '';
  const fixed = Math.abs(value).toFixed(fractionDigits);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_SEPARATOR);
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (fraction ? `,${fraction}` : '');
}

export function formatPercent(part: number, whole: number): string {
  if (whole === 0) return '—';
  return `${formatNumber((part / whole) * 100, 1)}\u00a0%`;
}
