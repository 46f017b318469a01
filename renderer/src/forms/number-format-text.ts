import { formatNumber } from '@shared/text/number-format';

/**
 * Numbers and dates as Excel shows them on a Russian or Kazakh Windows (decimal comma, a space
 * between thousands, dd.mm.yyyy), for the number formats forms use: General, 0, 0.00, #,##0, 0%,
 * dates and times. A format beyond these (fractions, scientific, month names) falls back to General
 * or dd.mm.yyyy: the preview shows the figure, only its dress may differ from Excel's.
 */

const GROUP_SEPARATOR = '\u00a0';
/** Builtin format 14, which Excel shows in the system's short date: dd.mm.yyyy in Russian and Kazakh. */
const SYSTEM_SHORT_DATE = /^m{1,2}[-/]d{1,2}[-/]y{2,4}$/i;
const DATE_TOKENS = /yyyy|yy|mm|m|dd|d|hh|h|ss|s/gi;

/** Excel's General: up to ten significant digits, no grouping. */
function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const rounded = Number(value.toPrecision(10));
  return String(rounded).replace('.', ',');
}

/** The format's sections (positive;negative;zero;text), split on semicolons outside quotes. */
function sections(format: string): string[] {
  const parts: string[] = [''];
  let quoted = false;
  for (let index = 0; index < format.length; index++) {
    const char = format[index] ?? '';
    if (char === '\\' && !quoted) {
      parts[parts.length - 1] += char + (format[index + 1] ?? '');
      index++;
    } else if (char === ';' && !quoted) parts.push('');
    else {
      if (char === '"') quoted = !quoted;
      parts[parts.length - 1] += char;
    }
  }
  return parts;
}

/** Literal text outside the number: quoted text and escaped characters as written, colours and locales dropped. */
function literal(part: string): string {
  return part
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, ' ')
    .replace(/\*./g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/"([^"]*)"/g, '$1');
}

/** Date and time codes of a section, outside quotes and brackets. */
const hasDateCodes = (section: string) => /[dmyhs]/i.test(section.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** A date by the format's codes; "m" is minutes next to hours or seconds, else the month. */
function formatDate(date: Date, section: string): string {
  const plain = section
    .replace(/\[[^\]]*\]/g, '')
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1');
  if (SYSTEM_SHORT_DATE.test(plain) || /mmm|am\/pm|a\/p/i.test(plain)) return defaultDate(date);
  const tokens = [...plain.matchAll(DATE_TOKENS)];
  let out = '';
  let at = 0;
  tokens.forEach((match, index) => {
    const token = match[0].toLowerCase();
    out += plain.slice(at, match.index);
    at = match.index + match[0].length;
    const previous = tokens[index - 1]?.[0].toLowerCase() ?? '';
    const next = tokens[index + 1]?.[0].toLowerCase() ?? '';
    const minutes = token.startsWith('m') && (previous.startsWith('h') || next.startsWith('s'));
    if (token === 'yyyy') out += pad(date.getUTCFullYear(), 4);
    else if (token === 'yy') out += pad(date.getUTCFullYear() % 100, 2);
    else if (token.startsWith('m')) out += pad(minutes ? date.getUTCMinutes() : date.getUTCMonth() + 1, token.length);
    else if (token.startsWith('d')) out += pad(date.getUTCDate(), token.length);
    else if (token.startsWith('h')) out += pad(date.getUTCHours(), token.length);
    else out += pad(date.getUTCSeconds(), token.length);
  });
  return out + plain.slice(at);
}

/** An Excel serial day number (1900 system) as the UTC date it stands for. */
function fromSerial(serial: number): Date {
  return new Date(Math.round((serial - 25_569) * 86_400_000));
}

/** dd.mm.yyyy, with the time when there is one. */
export function defaultDate(date: Date): string {
  const day = `${pad(date.getUTCDate(), 2)}.${pad(date.getUTCMonth() + 1, 2)}.${date.getUTCFullYear()}`;
  const hasTime = date.getUTCHours() + date.getUTCMinutes() + date.getUTCSeconds() > 0;
  return hasTime ? `${day} ${pad(date.getUTCHours(), 2)}:${pad(date.getUTCMinutes(), 2)}` : day;
}

/** A number by a section of 0, #, comma grouping, decimals and percent; null when the section is not so simple. */
function formatPlain(value: number, section: string): string | null {
  const body = section.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  if (/[eE?/@]/.test(body)) return null;
  const first = body.search(/[0#]/);
  if (first < 0) return literal(section);
  const digits = /[0#,.]+/.exec(body.slice(first))?.[0] ?? '';
  const [whole = '', fraction = ''] = digits.split('.');
  const percent = body.includes('%') ? 100 : 1;
  // Commas after the last digit scale by a thousand each ("0,," shows millions).
  const scale = 1000 ** (/,+$/.exec(whole)?.[0].length ?? 0);
  const scaled = Math.abs(value * percent) / scale;
  const decimals = fraction.replace(/[^0#]/g, '').length;
  const optional = fraction.replace(/[^#]/g, '').length;
  let text = formatNumber(scaled, decimals);
  if (optional > 0) text = text.replace(new RegExp(`0{1,${optional}}$`), '').replace(/,$/, '');
  const minimum = whole.replace(/[^0]/g, '').length;
  const [integer = '', rest] = text.split(',');
  let padded = integer.replaceAll(GROUP_SEPARATOR, '');
  if (padded === '0' && minimum === 0) padded = '';
  padded = padded.padStart(minimum, '0');
  if (/[0#],[0#]/.test(whole)) padded = padded.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_SEPARATOR);
  const number = rest === undefined ? padded : `${padded},${rest}`;
  const raw = section.replace(/"[^"]*"|\[[^\]]*\]|\\./g, (match) => match.replace(/[0#,.]/g, '\u0000'));
  const start = raw.search(/[0#]/);
  const end = raw.length - [...raw].reverse().join('').search(/[0#]/);
  return literal(section.slice(0, start)) + number + literal(section.slice(end));
}

/** The text of a number or date in the cell's number format, as Excel would show it. */
export function formatByNumFmt(value: number | Date, format: string | undefined): string {
  const parts = sections(format ?? 'General');
  if (value instanceof Date) {
    const section = parts[0] ?? '';
    return hasDateCodes(section) ? formatDate(value, section) : defaultDate(value);
  }
  const [positive = 'General', negative, zero] = parts;
  const section = value < 0 && negative !== undefined ? negative : value === 0 && zero !== undefined ? zero : positive;
  // A negative section writes its own sign or brackets; the positive one used for a negative number does not.
  const sign = value < 0 && section === positive ? '-' : '';
  if (/^general$/i.test(literal(section).trim()) || section === '') return general(value);
  if (hasDateCodes(section) && !/[0#]/.test(section.replace(/"[^"]*"/g, '')))
    return formatDate(fromSerial(value), section);
  const text = formatPlain(value, section);
  return text === null ? general(value) : sign + text;
}
