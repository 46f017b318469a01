/**
 * Adds a value to its key's list in place. Spreading the old list into a new one on every add
 * (`map.set(key, [...(map.get(key) ?? []), value])`) copies the list each time, which made a
 * year's coverage at 100,000 people take seconds: thousands of events in a handful of groups.
 */
export function addToGroup<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}
