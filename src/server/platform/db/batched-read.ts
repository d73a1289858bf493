type Waiter<K, V> = { key: K; resolve: (v: V | undefined) => void; reject: (e: unknown) => void };

// Reads of one kind (rows by key) that arrive while one is in flight wait and are read together by
// the next query, so a storm of requests reads in a few statements instead of one each. A read that
// finds none in flight goes at once: an idle server adds no latency.
export class BatchedRead<K, V> {
  private readonly waiting: Waiter<K, V>[] = [];
  private busy = false;

  constructor(
    private readonly read: (keys: K[]) => Promise<Map<K, V>>,
    private readonly maxBatch = 100,
  ) {}

  get(key: K): Promise<V | undefined> {
    const promise = new Promise<V | undefined>((resolve, reject) =>
      this.waiting.push({ key, resolve, reject }),
    );
    if (!this.busy) void this.serve();
    return promise;
  }

  private async serve(): Promise<void> {
    this.busy = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, this.maxBatch);
        try {
          const found = await this.read([...new Set(batch.map((w) => w.key))]);
          for (const w of batch) w.resolve(found.get(w.key));
        } catch (err) {
          for (const w of batch) w.reject(err);
        }
      }
    } finally {
      this.busy = false;
    }
  }
}
