// Drawing an exam paper, pure: the same seed always gives the same paper (an attempt can be shown
// again and audited), different seeds give different selections and option orders.

export type BankQuestion = {
  id: string;
  kind: "single" | "multiple" | "true_false" | "short";
  optionCount: number;
};
export type PaperEntry = { questionId: string; options: number[] };

// FNV-1a over the seed, then mulberry32: small, fast and reproducible everywhere.
function seededRandom(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

// `count` distinct questions of the bank in a random order, each choice question's options
// shuffled (true/false keeps true before false; a short answer has none). The bank's order does
// not matter: it is sorted by id first.
export function drawPaper(bank: readonly BankQuestion[], count: number, seed: string): PaperEntry[] {
  if (count > bank.length) throw new RangeError(`bank has ${bank.length} questions, paper needs ${count}`);
  const random = seededRandom(seed);
  const sorted = [...bank].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return shuffle(sorted, random)
    .slice(0, count)
    .map((q) => {
      const indexes = Array.from({ length: q.optionCount }, (_, i) => i);
      const options =
        q.kind === "single" || q.kind === "multiple"
          ? shuffle(indexes, random)
          : q.kind === "true_false"
            ? [1, 0]
            : [];
      return { questionId: q.id, options };
    });
}
