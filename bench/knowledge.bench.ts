import {
  rankForCustomer,
  retrievalAssistant,
} from "../src/server/modules/knowledge/assistant/retrieval-assistant.js";
import { HELP_ARTICLES } from "../src/server/modules/knowledge/demo/help-articles.js";
import { FusedKnowledgeIndex } from "../src/server/modules/knowledge/search/fused-index.js";
import type { Tokeniser } from "../src/server/modules/knowledge/search/knowledge-index.js";
import {
  domainTokeniser,
  mentionedProductLines,
} from "../src/server/modules/knowledge/search/knowledge-search.js";
import { isTopical } from "../src/server/modules/knowledge/search/topical.js";
import { unknownFaultCodes } from "../src/server/modules/knowledge/search/unknown-codes.js";
import { unknownProducts } from "../src/server/modules/knowledge/search/unknown-products.js";
import { documentTokens } from "../src/server/platform/text/search-tokens.js";
import { type Banking77Result, banking77, type IndexBuilder, plainIndex } from "./knowledge-banking77.js";
import { DEV_QUERIES } from "./knowledge-dev-queries.js";
import { EVAL_QUERIES, type EvalQuery } from "./knowledge-eval-queries.js";
import { HELDOUT_QUERIES } from "./knowledge-heldout-queries.js";
import { HELDOUT2_QUERIES } from "./knowledge-heldout2-queries.js";
import { HELDOUT3_QUERIES } from "./knowledge-heldout3-queries.js";
import { HELDOUT4_QUERIES } from "./knowledge-heldout4-queries.js";
import { HELDOUT5_QUERIES } from "./knowledge-heldout5-queries.js";
import { HELDOUT6_QUERIES } from "./knowledge-heldout6-queries.js";
import { HELDOUT7_QUERIES } from "./knowledge-heldout7-queries.js";
import { HELDOUT8_QUERIES } from "./knowledge-heldout8-queries.js";
import { HELDOUT9_QUERIES } from "./knowledge-heldout9-queries.js";
import { HELDOUT10_QUERIES } from "./knowledge-heldout10-queries.js";
import { HELDOUT11_QUERIES } from "./knowledge-heldout11-queries.js";

// Search quality of the knowledge base (articles: the demo knowledge base) on every question set
// (QUESTION_SETS below), for the shipped search and for a plain baseline in the same run. The
// baseline: the ticket search's tokens (CJK characters and bigrams, Latin trigrams) ranked by BM25
// with the same fields, no dictionary, synonyms, pinyin, codes or glossary.

export type KnowledgeQuality = {
  name: string;
  answerable: number;
  unanswerable: number;
  recallAt1: number;
  recallAt3: number;
  mrr: number;
  /** Unanswerable questions the assistant handed to a person. */
  handoffOnUnanswerable: number;
  /** Answerable questions it answered (not handed off, not a clarifying question) that were wrong, over those it answered. */
  wrongWhenAnswered: number;
  /** Answerable questions it answered at all. */
  answeredShare: number;
  byKind: Record<string, { n: number; recallAt1: number }>;
};

const baselineTokeniser: Tokeniser = (text) =>
  documentTokens(text).map((term) => ({ term, kind: "w" as const }));

const articleById = new Map(HELP_ARTICLES.map((a, i) => [`a${i}`, a]));

const shippedIndex: IndexBuilder = (docs, tokenise) => new FusedKnowledgeIndex(docs, tokenise);

function evaluate(
  name: string,
  tokenise: Tokeniser,
  queries: readonly EvalQuery[],
  build: IndexBuilder = plainIndex,
): KnowledgeQuality {
  const index = build(
    HELP_ARTICLES.map((a, i) => ({ id: `a${i}`, title: a.title, tags: a.tags, body: a.body })),
    tokenise,
  );
  // The plain baseline's assistant goes by coverage alone (its terms are no lexicon's words: no
  // topic words, no fault codes).
  const baseline = build === plainIndex;
  const headings = baseline ? undefined : index.headings;
  const codedArticles = HELP_ARTICLES.map((a) => ({
    productLine: a.productLine ?? null,
    faultCodes: a.faultCodes ?? [],
  }));
  let r1 = 0;
  let r3 = 0;
  let rr = 0;
  let answered = 0;
  let wrong = 0;
  let handedOff = 0;
  const byKind: Record<string, { n: number; hits: number }> = {};
  const answerable = queries.filter((q) => q.expect !== null);
  for (const query of queries) {
    const candidates = index.search(query.q, 20).map((h) => {
      const a = articleById.get(h.id);
      return {
        articleId: h.id,
        key: a?.key ?? h.id,
        title: a?.title ?? "",
        body: a?.body ?? "",
        productLine: a?.productLine ?? null,
        score: h.score,
        coverage: h.coverage,
        ...(headings ? { topical: isTopical(h.matched, headings) } : {}),
      };
    });
    const mentioned = mentionedProductLines(query.q, tokenise);
    const productLines = query.products ?? [];
    const context = {
      productLines,
      mentioned,
      unknownProducts: index.unknownHanWords ? unknownProducts(index.unknownHanWords(query.q)) : [],
      unknownCodes: baseline
        ? []
        : unknownFaultCodes(query.q, codedArticles, mentioned.length > 0 ? mentioned : productLines),
    };
    const decision = retrievalAssistant.decide(query.q, candidates, context);
    if (query.expect === null) {
      if (decision.kind === "handoff") handedOff++;
      else if (process.env.BENCH_VERBOSE)
        process.stdout.write(`  ${name} not handed off: ${query.q} → ${decision.kind}\n`);
      continue;
    }
    // Rank per article (translations count once), the customer's products preferred as in the assistant.
    const keys = rankForCustomer(candidates, context).map((c) => c.key);
    const rank = keys.indexOf(query.expect) + 1;
    if (rank === 1) r1++;
    if (rank >= 1 && rank <= 3) r3++;
    if (rank >= 1) rr += 1 / rank;
    const kind = byKind[query.kind] ?? { n: 0, hits: 0 };
    byKind[query.kind] = kind;
    kind.n++;
    if (rank === 1) kind.hits++;
    if (decision.kind === "answer") {
      answered++;
      if (decision.candidate.key !== query.expect) wrong++;
    }
    if (process.env.BENCH_VERBOSE && rank !== 1)
      process.stdout.write(
        `  ${name} miss: ${query.q} → ${keys.slice(0, 3).join(", ")} (want ${query.expect})\n`,
      );
    if (process.env.BENCH_VERBOSE && decision.kind === "answer" && decision.candidate.key !== query.expect)
      process.stdout.write(`  ${name} wrong answer: ${query.q} → ${decision.candidate.key}\n`);
  }
  const unanswerable = queries.length - answerable.length;
  return {
    name,
    answerable: answerable.length,
    unanswerable,
    recallAt1: r1 / answerable.length,
    recallAt3: r3 / answerable.length,
    mrr: rr / answerable.length,
    handoffOnUnanswerable: unanswerable ? handedOff / unanswerable : 1,
    wrongWhenAnswered: answered ? wrong / answered : 0,
    answeredShare: answered / answerable.length,
    byKind: Object.fromEntries(
      Object.entries(byKind).map(([k, v]) => [k, { n: v.n, recallAt1: v.hits / v.n }]),
    ),
  };
}

type SetQuality = { ours: KnowledgeQuality; baseline: KnowledgeQuality };
type KnowledgeBench = {
  sets: SetQuality[];
  banking77: { ours: Banking77Result; baseline: Banking77Result } | null;
};

// A held-out question that is also in the tuning set (written independently, the same words) is
// not held out: it is measured with the tuning set only.
const tuningQuestions = new Set(EVAL_QUERIES.map((q) => q.q.toLowerCase()));
const heldOut = (queries: readonly EvalQuery[]) =>
  queries.filter((q) => !tuningQuestions.has(q.q.toLowerCase()));

// Every question set, in the order reported. The tuning and development sets shaped the search;
// each held-out set was measured once on a search it had not shaped, then read (README, "Quality",
// says which round measured which).
const QUESTION_SETS: [string, readonly EvalQuery[]][] = [
  ["tuning set", EVAL_QUERIES],
  ["development set", DEV_QUERIES],
  ["held-out set", heldOut(HELDOUT_QUERIES)],
  ["held-out set 2", heldOut(HELDOUT2_QUERIES)],
  ["held-out set 3", heldOut(HELDOUT3_QUERIES)],
  ["held-out set 4", heldOut(HELDOUT4_QUERIES)],
  ["held-out set 5", heldOut(HELDOUT5_QUERIES)],
  ["held-out set 6", heldOut(HELDOUT6_QUERIES)],
  ["held-out set 7", heldOut(HELDOUT7_QUERIES)],
  ["held-out set 8", heldOut(HELDOUT8_QUERIES)],
  ["held-out set 9", heldOut(HELDOUT9_QUERIES)],
  ["held-out set 10", heldOut(HELDOUT10_QUERIES)],
  ["held-out set 11", heldOut(HELDOUT11_QUERIES)],
];

export function benchKnowledgeSearch(): KnowledgeBench {
  const tokenise = domainTokeniser();
  const ours77 = banking77(tokenise, shippedIndex);
  const baseline77 = banking77(baselineTokeniser);
  return {
    sets: QUESTION_SETS.map(([set, queries]) => ({
      ours: evaluate(`knowledge search, ${set}`, tokenise, queries, shippedIndex),
      baseline: evaluate(`baseline (bigrams + BM25), ${set}`, baselineTokeniser, queries),
    })),
    banking77: ours77 && baseline77 ? { ours: ours77, baseline: baseline77 } : null,
  };
}

const allSets = (result: KnowledgeBench) => result.sets.flatMap((s) => [s.ours, s.baseline]);

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export function knowledgeRows(result: KnowledgeBench): string[][] {
  const header = [
    "knowledge search (eval set)",
    "recall@1",
    "recall@3",
    "MRR",
    "hand-off unanswerable",
    "wrong when answered",
  ];
  return [
    header,
    ...allSets(result).map((r) => [
      `${r.name} (${r.answerable} + ${r.unanswerable} questions)`,
      pct(r.recallAt1),
      pct(r.recallAt3),
      r.mrr.toFixed(3),
      pct(r.handoffOnUnanswerable),
      pct(r.wrongWhenAnswered),
    ]),
    ...(result.banking77
      ? (["ours", "baseline"] as const).map((k) => {
          const b = result.banking77?.[k];
          return [
            `Banking77 FAQ, English only, ${k === "ours" ? "knowledge search" : "baseline"} (${b?.intents} intents, ${b?.questions} questions)`,
            pct(b?.recallAt1 ?? 0),
            pct(b?.recallAt3 ?? 0),
            "",
            "",
            "",
          ];
        })
      : []),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = benchKnowledgeSearch();
  for (const row of knowledgeRows(result)) process.stdout.write(`${row.join(" | ")}\n`);
  for (const r of allSets(result))
    process.stdout.write(
      `${r.name}: answered ${pct(r.answeredShare)} of answerable; recall@1 by kind ${Object.entries(r.byKind)
        .map(([k, v]) => `${k} ${pct(v.recallAt1)} (${v.n})`)
        .join(", ")}\n`,
    );
}
