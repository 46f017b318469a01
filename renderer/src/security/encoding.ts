/**
 * Base64 without the 64 KB argument limit of String.fromCharCode(...bytes), in pieces of a multiple
 * of three bytes, whose encodings join without padding: a 25 MB attachment in about 0.3 s rather than
 * 2 s through one 25-million-character string.
 */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const piece = 3 * 0x1000;
  for (let index = 0; index < bytes.length; index += piece)
    parts.push(btoa(String.fromCharCode(...bytes.subarray(index, index + piece))));
  return parts.join('');
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}
