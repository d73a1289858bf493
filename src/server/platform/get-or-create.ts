type MapLike<K, V> = { get(key: K): V | undefined; set(key: K, value: V): unknown };

// The entry under `key`, made and stored by `make` the first time it is asked for.
export function getOrCreate<K, V>(map: MapLike<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
