/**
 * A bounded memory of answers by key, for work the reader meets again and again in a book (the same header cells,
 * headers and heading lines open block after block). Answers are shared, so read-only. It never grows without
 * end: it is cleared when a run of books has filled it.
 */
export class Remembered<K, V> {
  private readonly known = new Map<K, V>();

  constructor(private readonly size: number) {}

  /** The answer for `key`, worked out by `work(key)` the first time (a function of the key: no closure per ask). */
  get(key: K, work: (key: K) => V): V {
    const answer = this.known.get(key);
    if (answer !== undefined || this.known.has(key)) return answer as V;
    const value = work(key);
    if (this.known.size >= this.size) this.known.clear();
    this.known.set(key, value);
    return value;
  }
}
