import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  type Hit,
  type IndexedDocument,
  KnowledgeIndex,
  type Tokeniser,
} from "../src/server/modules/knowledge/search/knowledge-index.js";

// The second, English-only check of the issue: Banking77 (CC-BY-4.0, ../shared/data/qa/banking77)
// as an FAQ. Each of the 77 intents becomes one "article" (its name as the title, its first
// training questions as the body); every test question must find its intent.
// Nothing in the lexicon is about banking: this measures the generic English path.

const DIR =
  process.env.BENCH_BANKING77 ?? path.resolve(import.meta.dirname, "../../shared/data/qa/banking77");
const PER_INTENT = 10;

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (ch !== "\r") cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows.slice(1).filter((r) => r.length === 2);
}

export type Banking77Result = { intents: number; questions: number; recallAt1: number; recallAt3: number };

export type IndexBuilder = (
  docs: readonly IndexedDocument[],
  tokenise: Tokeniser,
) => {
  search(q: string, limit?: number): Hit[];
  unknownHanWords?(q: string): string[];
  headings?: ReadonlySet<string>;
};

export const plainIndex: IndexBuilder = (docs, tokenise) => new KnowledgeIndex(docs, tokenise);

export function banking77(tokenise: Tokeniser, build: IndexBuilder = plainIndex): Banking77Result | null {
  if (!existsSync(path.join(DIR, "train.csv"))) return null;
  const train = parseCsv(readFileSync(path.join(DIR, "train.csv"), "utf8"));
  const test = parseCsv(readFileSync(path.join(DIR, "test.csv"), "utf8"));
  const byIntent = new Map<string, string[]>();
  for (const [text, intent] of train) {
    if (!text || !intent) continue;
    const list = byIntent.get(intent) ?? [];
    if (list.length < PER_INTENT) list.push(text);
    byIntent.set(intent, list);
  }
  const index = build(
    [...byIntent].map(([intent, texts]) => ({
      id: intent,
      title: intent.replaceAll("_", " "),
      tags: [],
      body: texts.join("\n"),
    })),
    tokenise,
  );
  let r1 = 0;
  let r3 = 0;
  for (const [text, intent] of test) {
    const ids = index.search(text ?? "", 3).map((h) => h.id);
    if (ids[0] === intent) r1++;
    if (ids.includes(intent ?? "")) r3++;
  }
  return {
    intents: byIntent.size,
    questions: test.length,
    recallAt1: r1 / test.length,
    recallAt3: r3 / test.length,
  };
}
