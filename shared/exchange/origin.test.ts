import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../demo/generate';
import type { PlaceId } from '../model/ids';
import { packageContents } from './build';
import type { PackageMeta } from './format';
import { problemMessage } from './messages';
import { checkOrigin, oblastDistrictCodes, type OriginFacts, type OriginProblem } from './origin';
import { keyFingerprint } from './signature';
import { CLOCK_SKEW_MS, futureDate, supersedes } from './summary';

const NOW = '2026-12-03T09:00:00.000Z';
const KEY = 'a'.repeat(64);
const FORGED_KEY = 'b'.repeat(64);
const DISTRICTS = new Set(['314800000', '315400000', '316600000']);

function meta(overrides: Partial<PackageMeta> = {}): PackageMeta {
  const place = { id: '314854100' as PlaceId, nameRu: 'с.Сортобе', nameKk: 'Сортөбе а.' };
  const data = generateDemoData({ people: 20, places: [place], today: '2026-11-21', seed: 1 });
  const pkg = packageContents(
    {
      profile: { level: 'district', officeName: 'Отдел Кордай', oblastId: '310000000', districtId: '314800000' },
      period: { from: '2026-07-01', to: '2026-09-30' },
      associations: data.associations,
      members: [],
      events: [],
      visits: [],
      receptions: [],
      lookups: {},
    },
    {
      language: 'ru',
      includeConfidential: false,
      maskPersonalData: true,
      createdAt: '2026-10-05T04:00:00.000Z',
      asOf: '2026-10-05',
      appVersion: '0.1.0',
      schemaVersion: 8,
    },
  );
  return { ...pkg.meta, ...overrides };
}

const signed = (publicKey = KEY): Partial<PackageMeta> => ({
  signature: { algorithm: 'Ed25519', publicKey, signature: 'c'.repeat(128), digest: 'd'.repeat(64) },
});

type Kept = { meta: Pick<PackageMeta, 'createdAt' | 'office'> };
const facts = (overrides: Partial<OriginFacts<Kept>> = {}): OriginFacts<Kept> => ({
  meta: meta(),
  now: NOW,
  oblastCode: '310000000',
  districts: DISTRICTS,
  signatureValid: null,
  ...overrides,
});

const problemOf = (verdict: ReturnType<typeof checkOrigin>) =>
  verdict.verdict === 'refuse' ? verdict.problem : undefined;

describe('the oblast’s rules for a package it receives', () => {
  it('refuses a district code that is not one of the oblast’s districts or cities in КАТО', () => {
    // 315200000 has the oblast's prefix, so the reader's oblast check lets it through; КАТО has no such district.
    expect(problemOf(checkOrigin(facts({ meta: meta({ districtCode: '315200000' }) })))).toEqual({
      code: 'unknown_district',
      district: '315200000',
      oblast: '310000000',
    });
    expect(checkOrigin(facts())).toEqual({ verdict: 'accept', registerKey: false });
    expect(problemOf(checkOrigin(facts({ meta: meta({ oblastCode: '590000000' }) })))).toMatchObject({
      code: 'other_oblast',
    });
  });

  it('takes the districts and cities of oblast significance of the oblast, not its okrugs, villages or custom places', () => {
    const codes = oblastDistrictCodes(
      [
        { code: '310000000', level: 'oblast' },
        { code: '311000000', level: 'district' },
        { code: '314800000', level: 'district' },
        { code: '314830000', level: 'sub_district' },
        { code: '314854100', level: 'settlement' },
        { code: '101000000', level: 'district' },
        { code: '319999999', level: 'district', custom: true },
      ],
      '310000000',
    );
    expect([...codes].sort()).toEqual(['311000000', '314800000']);
  });

  it.each([
    ['made an hour ago', '2026-12-03T08:00:00.000Z', '2026-12-03', null],
    ['made 23 hours ahead (a PC clock a day fast)', '2026-12-04T08:00:00.000Z', '2026-12-04', null],
    ['made 25 hours ahead', '2026-12-04T10:00:00.000Z', '2026-12-04', '2026-12-04T10:00:00.000Z'],
    ['dated 2099', '2099-01-01T00:00:00.000Z', '2099-01-01', '2099-01-01T00:00:00.000Z'],
    ['with its calendar day two days ahead', '2026-12-03T08:00:00.000Z', '2026-12-05', '2026-12-05'],
  ])('refuses a package made in the future, beyond a day of clock skew: %s', (_name, createdAt, asOf, future) => {
    expect(futureDate({ createdAt, asOf }, NOW)).toBe(future);
    const problem = problemOf(checkOrigin(facts({ meta: meta({ createdAt, asOf }) })));
    expect(problem).toEqual(
      future ? { code: 'created_in_future', district: '314800000', createdAt: future, now: NOW } : undefined,
    );
  });

  it('lets a genuine package replace a kept one dated in the future, which no longer holds the submission', () => {
    const forged = { createdAt: '2099-01-01T00:00:00.000Z' };
    const genuine = { createdAt: '2026-12-01T04:00:00.000Z' };
    expect(supersedes(genuine, forged)).toBe(false);
    expect(supersedes(genuine, forged, NOW)).toBe(true);
    expect(supersedes({ createdAt: '2026-11-01T04:00:00.000Z' }, genuine, NOW)).toBe(false);
    const kept = { meta: { ...forged, office: 'Отдел Кордай' } };
    expect(checkOrigin(facts({ kept }))).toEqual({ verdict: 'accept', registerKey: false });
    expect(CLOCK_SKEW_MS).toBe(24 * 60 * 60 * 1000);
  });

  it('asks before a district’s first key is registered, showing its fingerprint, and registers it once confirmed', () => {
    const first = facts({ meta: meta(signed()), signatureValid: true });
    expect(checkOrigin(first)).toEqual({
      verdict: 'confirm',
      confirm: { newKey: { publicKey: KEY, fingerprint: keyFingerprint(KEY) } },
    });
    // A confirmation given for one key does not pass another.
    expect(checkOrigin({ ...first, confirmed: { signingKey: FORGED_KEY } }).verdict).toBe('confirm');
    expect(checkOrigin({ ...first, confirmed: { signingKey: KEY } })).toEqual({ verdict: 'accept', registerKey: true });
    expect(checkOrigin({ ...first, registeredKey: KEY })).toEqual({ verdict: 'accept', registerKey: false });
  });

  it('refuses a package signed with another key than the district’s registered one, naming both fingerprints', () => {
    const forged = facts({ meta: meta(signed(FORGED_KEY)), signatureValid: true, registeredKey: KEY });
    expect(problemOf(checkOrigin(forged))).toEqual({
      code: 'other_key',
      district: '314800000',
      registered: keyFingerprint(KEY),
      found: keyFingerprint(FORGED_KEY),
    });
    // Confirming does not help: only re-registering the district's key does.
    expect(checkOrigin({ ...forged, confirmed: { signingKey: FORGED_KEY } }).verdict).toBe('refuse');
  });

  it('refuses a signature that does not hold, and an unsigned package from a district that signs', () => {
    expect(problemOf(checkOrigin(facts({ meta: meta(signed()), signatureValid: false })))).toEqual({
      code: 'bad_signature',
      district: '314800000',
    });
    expect(problemOf(checkOrigin(facts({ registeredKey: KEY })))).toEqual({
      code: 'unsigned',
      district: '314800000',
      registered: keyFingerprint(KEY),
    });
    // A district without a registered key may still send unsigned packages (an older Kelisim, another program).
    expect(checkOrigin(facts()).verdict).toBe('accept');
  });

  it('asks before replacing a package sent under another office name, and says older before asking', () => {
    const kept = { meta: { createdAt: '2026-10-01T04:00:00.000Z', office: 'Отдел Кордай' } };
    const renamed = facts({ meta: meta({ office: 'Кто-то другой' }), kept });
    expect(checkOrigin(renamed)).toEqual({
      verdict: 'confirm',
      confirm: { officeChanged: { previous: 'Отдел Кордай', incoming: 'Кто-то другой' } },
    });
    expect(checkOrigin({ ...renamed, confirmed: { office: 'Кто-то другой' } }).verdict).toBe('accept');
    expect(checkOrigin({ ...renamed, confirmed: { office: 'Отдел Кордай' } }).verdict).toBe('confirm');
    const newerKept = { meta: { ...kept.meta, createdAt: '2026-11-01T04:00:00.000Z' } };
    expect(checkOrigin({ ...renamed, kept: newerKept })).toEqual({ verdict: 'older', kept: newerKept });
  });

  it('has a message for every refusal in both languages', () => {
    const problems: OriginProblem[] = [
      { code: 'unknown_district', district: '315200000', oblast: '310000000' },
      { code: 'created_in_future', district: '314800000', createdAt: '2099-01-01T00:00:00.000Z', now: NOW },
      { code: 'bad_signature', district: '314800000' },
      { code: 'unsigned', district: '314800000', registered: keyFingerprint(KEY) },
      { code: 'other_key', district: '314800000', registered: keyFingerprint(KEY), found: keyFingerprint(FORGED_KEY) },
    ];
    for (const language of ['ru', 'kk'] as const)
      for (const problem of problems) {
        const message = problemMessage(problem, language);
        expect(message).not.toMatch(/{{|undefined/);
        expect(message).toContain(problem.district);
      }
    expect(problemMessage(problems[1] as OriginProblem, 'ru')).toContain('01.01.2099 00:00 UTC');
    expect(problemMessage(problems[4] as OriginProblem, 'kk')).toContain(keyFingerprint(FORGED_KEY));
  });

  it('shows a key as five groups of five digits (the example of docs/exchange-format.md)', () => {
    // RFC 8032, test 1's public key.
    expect(keyFingerprint('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a')).toBe(
      '08702 12767 41300 41569 25195',
    );
    expect(keyFingerprint(KEY)).toMatch(/^\d{5} \d{5} \d{5} \d{5} \d{5}$/);
    expect(keyFingerprint(KEY)).not.toBe(keyFingerprint(FORGED_KEY));
  });
});
