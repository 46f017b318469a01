/**
 * Normalises a Kazakhstan phone number to 11 digits starting with 7 (`77011234567`)
 * from the forms people write: +7 701 123 45 67, 8 (701) 123-45-67, 701 1234567.
 * Returns null when the digits cannot be a Kazakhstan number.
 */
export function normalizePhone(raw: string): string | null {
  const digits = raw.replace(/\D/g, '');
  let national: string;
  if (digits.length === 11 && (digits.startsWith('7') || digits.startsWith('8'))) national = digits.slice(1);
  else if (digits.length === 10) national = digits;
  else return null;
  if (!/^[67]/.test(national)) return null;
  return `7${national}`;
}

/** +7 701 123 45 67 */
export function formatPhone(normalized: string | undefined): string {
  if (!normalized || !/^7\d{10}$/.test(normalized)) return normalized ?? '';
  const n = normalized;
  return `+7 ${n.slice(1, 4)} ${n.slice(4, 7)} ${n.slice(7, 9)} ${n.slice(9, 11)}`;
}
