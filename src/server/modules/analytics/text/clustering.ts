// Grouping similar problems: each text is a TF-IDF vector over its terms (fault codes weigh 2.5×,
// as in the knowledge search), compared by cosine similarity, and merged bottom-up (agglomerative,
// average linkage through the groups' centroids). The k rule: merging stops when the two most
// similar groups are less than MIN_SIMILARITY alike, so k is not fixed in advance but follows
// how many distinct problems there are. Groups of one are left out of the answer by the caller.

export type Doc = { id: string; terms: readonly { term: string; code: boolean }[] };
export type Cluster = { ids: string[]; topTerms: string[] };

const MIN_SIMILARITY = 0.3;
const CODE_WEIGHT = 2.5;

type Vec = Map<string, number>;

function normalise(v: Vec): Vec {
  let n = 0;
  for (const x of v.values()) n += x * x;
  const len = Math.sqrt(n) || 1;
  for (const [k, x] of v) v.set(k, x / len);
  return v;
}

const dot = (a: Vec, b: Vec) => {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, x] of small) s += x * (big.get(k) ?? 0);
  return s;
};

function tfidf(docs: readonly Doc[]): Vec[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d.terms.map((x) => x.term))) df.set(t, (df.get(t) ?? 0) + 1);
  return docs.map((d) => {
    const v: Vec = new Map();
    for (const t of d.terms) {
      const idf = Math.log((1 + docs.length) / (1 + (df.get(t.term) ?? 0))) + 1;
      v.set(t.term, (v.get(t.term) ?? 0) + idf * (t.code ? CODE_WEIGHT : 1));
    }
    return normalise(v);
  });
}

export function clusterDocs(docs: readonly Doc[], minSimilarity = MIN_SIMILARITY): Cluster[] {
  const vecs = tfidf(docs);
  // Each group: its members and the sum of their unit vectors (the centroid, unnormalised).
  const groups: { ids: string[]; sum: Vec }[] = docs.map((d, i) => ({ ids: [d.id], sum: new Map(vecs[i]) }));
  const sim = (a: { ids: string[]; sum: Vec }, b: { ids: string[]; sum: Vec }) =>
    // Average pairwise cosine = (Σa · Σb) / (|a| |b|).
    dot(a.sum, b.sum) / (a.ids.length * b.ids.length);
  const live = groups.map((_, i) => i);
  const s: number[][] = groups.map((a, i) => groups.map((b, j) => (i < j ? sim(a, b) : 0)));
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let x = 0; x < live.length; x++)
      for (let y = x + 1; y < live.length; y++) {
        const i = live[x] as number;
        const j = live[y] as number;
        const v = (s[i] as number[])[j] as number;
        if (v > best) [best, bi, bj] = [v, i, j];
      }
    if (best < minSimilarity || bi < 0) break;
    const a = groups[bi] as { ids: string[]; sum: Vec };
    const b = groups[bj] as { ids: string[]; sum: Vec };
    a.ids.push(...b.ids);
    for (const [k, x] of b.sum) a.sum.set(k, (a.sum.get(k) ?? 0) + x);
    live.splice(live.indexOf(bj), 1);
    for (const k of live) {
      if (k === bi) continue;
      const v = sim(a, groups[k] as { ids: string[]; sum: Vec });
      if (k < bi) (s[k] as number[])[bi] = v;
      else (s[bi] as number[])[k] = v;
    }
  }
  return live
    .map((i) => groups[i] as { ids: string[]; sum: Vec })
    .map((g) => ({
      ids: g.ids,
      topTerms: [...g.sum.entries()]
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
        .slice(0, 4)
        .map(([k]) => k),
    }))
    .sort((x, y) => y.ids.length - x.ids.length);
}
