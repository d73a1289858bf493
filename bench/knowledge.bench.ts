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

// Search quality of the knowledge base on the evaluation set (articles: the demo knowledge base;
// questions: bench/knowledge-eval-queries.ts), for the shipped search and for a plain baseline
// in the same run, on the tuning set, on a development set written in round 7 to tune that round's
// changes (bench/knowledge-dev-queries.ts), and on a held-out set written after tuning
// (bench/knowledge-heldout-queries.ts), a second one written before the search changes that
// followed the first one's figures (bench/knowledge-heldout2-queries.ts) and a third written
// before the change after that (bench/knowledge-heldout3-queries.ts). The baseline: the ticket
// search's tokens (CJK characters and bigrams, Latin trigrams) ranked by BM25 with the same
// fields, no dictionary, synonyms, pinyin, codes or glossary.

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

type KnowledgeBench = {
  ours: KnowledgeQuality;
  baseline: KnowledgeQuality;
  /** Written in round 7 to tune the changes made then (in-sample too). */
  dev: { ours: KnowledgeQuality; baseline: KnowledgeQuality };
  /** The same on questions never used for tuning. */
  heldout: { ours: KnowledgeQuality; baseline: KnowledgeQuality };
  /** A second held-out set, written before the changes made after the first one was measured. */
  heldout2: { ours: KnowledgeQuality; baseline: KnowledgeQuality };
  /** A third, written after held-out set 2 was measured and before the change that followed. */
  heldout3: { ours: KnowledgeQuality; baseline: KnowledgeQuality };
  /** A fourth, written by someone who had not seen the lexicon, before round 9's changes were measured on it. */
  heldout4: { ours: KnowledgeQuality; baseline: KnowledgeQuality };
  /** A fifth, written with the fourth and measured after it with the search unchanged. */
  heldout5: { ours: KnowledgeQuality; baseline: KnowledgeQuality };
  /** Sixth and seventh, written like the fourth (other customers, no earlier set seen), measured once after round 10. */
  heldout6: { ours: KnowledgeQuality; baseline: KnowledgeQuality };
  heldout7: { ours: KnowledgeQuality; baseline: KnowledgeQuality };
  /** Eighth and ninth, written like the sixth (WeChat and chat customers), measured once after round 11. */
  heldout8: { ours: KnowledgeQuality; baseline: KnowledgeQuality };
  heldout9: { ours: KnowledgeQuality; baseline: KnowledgeQuality };
  /** Tenth and eleventh (all channels), measured once on the same search as the eighth and ninth. */
  heldout10: { ours: KnowledgeQuality; baseline: KnowledgeQuality };
  heldout11: { ours: KnowledgeQuality; baseline: KnowledgeQuality };
  banking77: { ours: Banking77Result; baseline: Banking77Result } | null;
};

// A held-out question that is also in the tuning set (written independently, the same words) is
// not held out: it is measured with the tuning set only.
const tuningQuestions = new Set(EVAL_QUERIES.map((q) => q.q.toLowerCase()));
const heldOut = (queries: readonly EvalQuery[]) =>
  queries.filter((q) => !tuningQuestions.has(q.q.toLowerCase()));

export function benchKnowledgeSearch(): KnowledgeBench {
  const tokenise = domainTokeniser();
  const ours77 = banking77(tokenise, shippedIndex);
  const baseline77 = banking77(baselineTokeniser);
  const pair = (set: string, queries: readonly EvalQuery[]) => ({
    ours: evaluate(`knowledge search, ${set}`, tokenise, queries, shippedIndex),
    baseline: evaluate(`baseline (bigrams + BM25), ${set}`, baselineTokeniser, queries),
  });
  const tuning = pair("tuning set", EVAL_QUERIES);
  return {
    ours: tuning.ours,
    baseline: tuning.baseline,
    dev: pair("development set", DEV_QUERIES),
    heldout: pair("held-out set", heldOut(HELDOUT_QUERIES)),
    heldout2: pair("held-out set 2", heldOut(HELDOUT2_QUERIES)),
    heldout3: pair("held-out set 3", heldOut(HELDOUT3_QUERIES)),
    heldout4: pair("held-out set 4", heldOut(HELDOUT4_QUERIES)),
    heldout5: pair("held-out set 5", heldOut(HELDOUT5_QUERIES)),
    heldout6: pair("held-out set 6", heldOut(HELDOUT6_QUERIES)),
    heldout7: pair("held-out set 7", heldOut(HELDOUT7_QUERIES)),
    heldout8: pair("held-out set 8", heldOut(HELDOUT8_QUERIES)),
    heldout9: pair("held-out set 9", heldOut(HELDOUT9_QUERIES)),
    heldout10: pair("held-out set 10", heldOut(HELDOUT10_QUERIES)),
    heldout11: pair("held-out set 11", heldOut(HELDOUT11_QUERIES)),
    banking77: ours77 && baseline77 ? { ours: ours77, baseline: baseline77 } : null,
  };
}

const allSets = (result: KnowledgeBench) => [
  result.ours,
  result.baseline,
  result.dev.ours,
  result.dev.baseline,
  result.heldout.ours,
  result.heldout.baseline,
  result.heldout2.ours,
  result.heldout2.baseline,
  result.heldout3.ours,
  result.heldout3.baseline,
  result.heldout4.ours,
  result.heldout4.baseline,
  result.heldout5.ours,
  result.heldout5.baseline,
  result.heldout6.ours,
  result.heldout6.baseline,
  result.heldout7.ours,
  result.heldout7.baseline,
  result.heldout8.ours,
  result.heldout8.baseline,
  result.heldout9.ours,
  result.heldout9.baseline,
  result.heldout10.ours,
  result.heldout10.baseline,
  result.heldout11.ours,
  result.heldout11.baseline,
];

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
