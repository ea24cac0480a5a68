// A read-only map whose values are made on first use: a package of many regions is asked for
// one or two of them, so points are built for those alone.
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
  readonly #made = new Map<K, V>();

  constructor(
    private readonly sources: ReadonlyMap<K, unknown>,
    private readonly make: (key: K) => V,
  ) {}

  get size() {
    return this.sources.size;
  }

  has(key: K) {
    return this.sources.has(key);
  }

  get(key: K): V | undefined {
    if (!this.sources.has(key)) return undefined;
    let value = this.#made.get(key);
    if (value === undefined) this.#made.set(key, (value = this.make(key)));
    return value;
  }

  *entries(): MapIterator<[K, V]> {
    for (const key of this.sources.keys()) yield [key, this.get(key) as V];
  }

  keys(): MapIterator<K> {
    return this.sources.keys();
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void) {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  [Symbol.iterator]() {
    return this.entries();
  }
}
