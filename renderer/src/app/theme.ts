import { createTheme } from '@mantine/core';

/**
 * System fonts only (no remote fonts): Segoe UI on Windows has every Kazakh letter.
 * Radius and weights keep the denser look office users know from Excel-era tools.
 */
export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'sm',
  fontFamily: '"Segoe UI", system-ui, -apple-system, "Noto Sans", "DejaVu Sans", Arial, sans-serif',
  fontWeights: { medium: '500' },
  headings: { fontFamily: '"Segoe UI", system-ui, -apple-system, "Noto Sans", "DejaVu Sans", Arial, sans-serif' },
});
