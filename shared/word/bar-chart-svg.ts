import { formatNumber } from '../text/number-format';

export interface ChartBar {
  label: string;
  value: number;
}

export interface BarChart {
  title: string;
  bars: readonly ChartBar[];
  /** Size in CSS pixels (96 to the inch), as the document places the picture. */
  width: number;
  height: number;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A bar chart drawn in black and grey, as a printed document shows a dashboard chart: a bar per
 * item, its value above it (2 350), its label under it. SVG, so that the page turns it into a
 * picture for the document; the labels are in the document's font.
 */
export function barChartSvg(chart: BarChart): string {
  const { width, height, bars } = chart;
  const font = `font-family="Times New Roman, Liberation Serif, serif"`;
  const top = 44;
  const bottom = 30;
  const side = 12;
  const plotHeight = height - top - bottom;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const slot = (width - side * 2) / Math.max(1, bars.length);
  const barWidth = Math.min(48, slot * 0.6);
  const shapes = bars.map((bar, index) => {
    const barHeight = Math.round((bar.value / max) * plotHeight);
    const x = side + index * slot + (slot - barWidth) / 2;
    const y = top + plotHeight - barHeight;
    const centre = (x + barWidth / 2).toFixed(1);
    return [
      `<rect x="${x.toFixed(1)}" y="${y}" width="${barWidth.toFixed(1)}" height="${barHeight}" fill="#6b6b6b"/>`,
      `<text x="${centre}" y="${y - 5}" text-anchor="middle" font-size="15" ${font}>${formatNumber(bar.value)}</text>`,
      `<text x="${centre}" y="${height - bottom + 20}" text-anchor="middle" font-size="14" ${font}>${escape(bar.label)}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="17" font-weight="bold" ${font}>${escape(chart.title)}</text>`,
    `<line x1="${side}" y1="${top + plotHeight}" x2="${width - side}" y2="${top + plotHeight}" stroke="#000000" stroke-width="1"/>`,
    ...shapes,
    '</svg>',
  ].join('');
}
