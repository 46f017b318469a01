/**
 * How long the next sign-in or unlock waits after `failures` wrong passwords in a row on this PC:
 * nothing for the first three (typos), then twice as long after each, up to a minute. A guesser
 * at the keyboard then needs days for what a hand-typed password list of a few thousand words
 * would take minutes for, and a user who mistyped waits a few seconds at most.
 */
export function signInDelayMs(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(60_000, 1_000 * 2 ** (failures - 3));
}
