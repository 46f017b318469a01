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

  it.each([
    ['a single-label name', 'https://intranet/'],
    ['a single-label name with a trailing dot', 'https://fileserver./'],
    ['an akimat network name', 'https://intranet.akimat/'],
    ['an akimat network name, deeper', 'https://docs.zhambyl.akimat/'],
    ['an Active Directory .local domain', 'https://portal.akimat.local/'],
    ['a .lan name', 'https://router.lan/'],
    ['a .internal name', 'https://wiki.internal/'],
    ['a .corp name', 'https://mail.corp/'],
    ['a .home name', 'https://nas.home/'],
    ['a .intranet name', 'https://hr.intranet/'],
    ['a .localdomain name', 'https://pc1.localdomain/'],
    ['a home.arpa name', 'https://printer.home.arpa/'],
    ['localhost', 'https://localhost/'],
    ['a name under localhost', 'https://app.localhost/'],
    ['localhost with a trailing dot', 'https://localhost./'],
    ['an IPv4 address', 'https://10.0.0.5/'],
    ['an IPv4 address written as one number', 'https://167772165/'],
    ['an IPv4 address written in hex', 'https://0xa.0.0.5/'],
    ['an IPv6 address', 'https://[fe80::1]/'],
    ['an IPv4-mapped IPv6 address', 'https://[::ffff:10.0.0.5]/'],
    ['a numeric top-level label', 'https://server.1a/'],
    ['an empty label', 'https://gov..kz/'],
  ])('refuses %s: %s', (_what, link) => {
    expect(allowedExternalUrl(link)).toBeNull();
  });

  it.each([
    'https://www.gov.kz/',
    'https://gov.kz./',
    'https://egov.kz/cms/ru',
    'https://kursiv.media/news/',
    'https://www.youtube.com/watch?v=abc',
    'https://t.me/zhambyl_akimat',
    'https://akimat.kz/',
    'https://intranet.akimat.kz/',
    'https://xn--80ao21a.xn--80ao21a/',
  ])('opens a public host: %s', (link) => {
    expect(allowedExternalUrl(link)).not.toBeNull();
  });
});
