import type { Services } from "../../../platform/context.js";
import { type Assistant, type Candidate, retrievalAssistant } from "../assistant/retrieval-assistant.js";
import { customerProductLines } from "../knowledge.repository.js";
import { mentionedProductLines } from "../search/knowledge-search.js";
import { tenantIndex } from "../search/tenant-index.js";
import { isTopical } from "../search/topical.js";
import { unknownFaultCodes } from "../search/unknown-codes.js";
import { unknownProducts } from "../search/unknown-products.js";
import { noteGap } from "./note-gap.js";
import type { Reader } from "./reader.js";
import { snippetFor } from "./search-articles.js";

export type AssistantAnswer = {
  answer: { articleId: string; title: string; text: string } | null;
  confidence: number;
  handoff: boolean;
  reason: "asked_for_person" | "no_answer" | "unsure" | null;
  /** Two articles for different products tie: ask which product (the client words the question). */
  clarify: { options: { articleId: string; title: string; productLine: string | null }[] } | null;
};

// Retrieval, rules and the customer's registered products decide; `assistant` is the seam where a
// hosted model could take over with the same inputs.
export async function answerQuestion(
  s: Services,
  reader: Reader,
  question: string,
  locale: string,
  assistant: Assistant = retrievalAssistant,
): Promise<AssistantAnswer> {
  const built = await tenantIndex(s.db, reader.tenantId, reader.audience);
  const candidates: Candidate[] = built.index.search(question, 20).flatMap((hit) => {
    const row = built.articles.get(hit.id);
    if (!row) return [];
    return [
      {
        articleId: row.id,
        key: row.translationKey,
        title: row.title,
        body: row.body,
        productLine: row.productLine,
        score: hit.score,
        coverage: hit.coverage,
        topical: isTopical(hit.matched, built.index.headings),
      },
    ];
  });
  const productLines = reader.customerId
    ? await customerProductLines(s.db, reader.tenantId, reader.customerId)
    : [];
  const mentioned = mentionedProductLines(question, built.tokenise);
  const context = {
    productLines,
    mentioned,
    unknownProducts: unknownProducts(built.index.unknownHanWords(question)),
    unknownCodes: unknownFaultCodes(
      question,
      built.articles.values(),
      mentioned.length > 0 ? mentioned : productLines,
    ),
  };
  const decision = assistant.decide(question, candidates, context);
  // The article in the asker's language when it has one.
  const inLocale = (c: Candidate) => {
    for (const row of built.articles.values())
      if (row.translationKey === c.key && row.locale === locale) return row;
    return built.articles.get(c.articleId);
  };
  if (decision.kind === "handoff" && decision.reason !== "asked_for_person")
    await noteGap(s, reader.tenantId, question, "assistant");
  if (decision.kind === "handoff")
    return {
      answer: null,
      confidence: decision.confidence,
      handoff: true,
      reason: decision.reason,
      clarify: null,
    };
  if (decision.kind === "clarify")
    return {
      answer: null,
      confidence: decision.confidence,
      handoff: false,
      reason: null,
      clarify: {
        options: decision.options.map((c) => {
          const row = inLocale(c);
          return {
            articleId: row?.id ?? c.articleId,
            title: row?.title ?? c.title,
            productLine: c.productLine,
          };
        }),
      },
    };
  const row = inLocale(decision.candidate);
  const title = row?.title ?? decision.candidate.title;
  const body = row?.body ?? decision.candidate.body;
  return {
    answer: {
      articleId: row?.id ?? decision.candidate.articleId,
      title,
      text: snippetFor(built, question, body),
    },
    confidence: decision.confidence,
    handoff: false,
    reason: null,
    clarify: null,
  };
}
