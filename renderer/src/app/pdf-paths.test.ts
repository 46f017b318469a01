import { describe, expect, it } from 'vitest';

/** Every renderer source file, as text. */
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('PDF exports', () => {
  it('all go through exportPdf, which checks the export right and writes the audit entry', () => {
    const callers = Object.entries(sources)
      .filter(([, text]) => /\bdesktop\.printToPdf\(/.test(text))
      .map(([file]) => file.replace(/^\.\.\//, ''));
    expect(callers).toEqual(['export/pdf-export.ts']);
  });
});
