import type ExcelJS from 'exceljs';

/** A colour as a file writes it: explicit, from the theme with a tint, or from the old 64-colour palette. */
export interface ExcelColor {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/**
 * The Office theme's colours in the order cells name them (background 1, text 1, background 2,
 * text 2, accents 1–6). A form made with another theme shows in these colours: the preview only
 * has to tell headings and totals apart as the authority coloured them.
 */
const THEME = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];

/** Excel's legacy palette from index 8 (0–7 repeat its first eight), used by forms first made in Excel 2003. */
const INDEXED = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
]; // prettier-ignore

/** Lighter towards white for a positive tint, darker towards black for a negative one. */
function tinted(hex: string, tint: number): string {
  const channel = (at: number) => {
    const value = parseInt(hex.slice(at, at + 2), 16);
    const shifted = tint < 0 ? value * (1 + tint) : value + (255 - value) * tint;
    return Math.round(Math.min(255, Math.max(0, shifted)))
      .toString(16)
      .padStart(2, '0');
  };
  return `${channel(0)}${channel(2)}${channel(4)}`.toUpperCase();
}

/** A CSS colour (#RRGGBB) for an Excel colour, or undefined when the file names none Kelisim knows. */
export function cssColor(color: ExcelColor | undefined): string | undefined {
  if (!color) return undefined;
  let hex: string | undefined;
  if (typeof color.argb === 'string' && /^[0-9a-f]{6,8}$/i.test(color.argb)) hex = color.argb.slice(-6).toUpperCase();
  else if (typeof color.theme === 'number') hex = THEME[color.theme];
  else if (typeof color.indexed === 'number') hex = INDEXED[color.indexed < 8 ? color.indexed : color.indexed - 8];
  if (!hex) return undefined;
  return `#${color.tint ? tinted(hex, color.tint) : hex}`;
}

/** The colour a cell's background shows: a pattern's foreground (solid or shaded) or a gradient's first stop. */
export function fillColor(fill: ExcelJS.Fill | undefined): string | undefined {
  if (!fill) return undefined;
  if (fill.type === 'pattern') return fill.pattern === 'none' ? undefined : cssColor(fill.fgColor as ExcelColor);
  return cssColor(fill.stops[0]?.color as ExcelColor | undefined);
}
