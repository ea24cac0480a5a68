// Equality of plain data (objects, arrays, strings, numbers, null), by content: a panel's chart
// views are new objects on every filter change, equal or not (trend-chart.tsx).

/** Objects and arrays of plain data only: a Map, a Set or a Date has no own keys to compare. */
const isPlainContainer = (value: object) => Array.isArray(value) || [Object.prototype, null].includes(Object.getPrototypeOf(value));

export function isPlainEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (!isPlainContainer(a) || !isPlainContainer(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && isPlainEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
