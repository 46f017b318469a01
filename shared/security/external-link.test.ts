import { describe, expect, it } from 'vitest';
import { allowedExternalUrl } from './external-link';

describe('links opened in the system browser', () => {
  it('opens https links to public sites, as written', () => {
    expect(allowedExternalUrl('https://www.gov.kz/memleket/entities/assembly?lang=ru')).toBe(
      'https://www.gov.kz/memleket/entities/assembly?lang=ru',
    );
    expect(allowedExternalUrl('  https://zhambyl.kz/news/123  ')).toBe('https://zhambyl.kz/news/123');
    // A Kazakh domain name goes to the browser in its ASCII form, which cannot hide a look-alike.
    expect(allowedExternalUrl('https://қазақстан.kz/')).toMatch(/^https:\/\/xn--[a-z0-9-]+\.kz\/$/);
  });

  it('refuses anything that could run a program or reach the office network', () => {
    for (const link of [
      'http://zhambyl.kz/news',
      'file:///C:/Windows/System32/calc.exe',
      'ms-settings:privacy',
      'javascript:alert(1)',
      'smb://server/share',
      'https://192.168.1.10/admin',
      'https://[::1]/',
      'https://localhost/',
      'https://printer.local/',
      'https://user:secret@zhambyl.kz/',
      'not a link',
      `https://zhambyl.kz/${'a'.repeat(3000)}`,
    ])
      expect(allowedExternalUrl(link), link).toBeNull();
  });
});
