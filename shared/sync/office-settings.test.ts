import { describe, expect, it } from 'vitest';
import { isOfficeSetting, isSharedRecord, travels } from './documents';

describe("the office's settings on the office server", () => {
  it("shares the margins of the office's Word documents with its other PCs", () => {
    expect(isOfficeSetting('wordLayout')).toBe(true);
    expect(isSharedRecord('settings', 'wordLayout')).toBe(true);
    expect(
      travels('settings', { id: 'wordLayout', value: { marginsMm: { top: 20, right: 10, bottom: 20, left: 30 } } }),
    ).toBe(true);
  });

  it("keeps a PC's own settings on the PC", () => {
    expect(isOfficeSetting('language')).toBe(false);
    expect(travels('settings', { id: 'idleMinutes', value: 10 })).toBe(false);
  });
});
