import type { Db } from "../../../platform/db/client.js";
import { NEGATIVE_THRESHOLD, scoreSentiment } from "../signals/sentiment.js";
import { watchWords } from "../signals/watch-words.js";
import { raiseAlert } from "./raise-alert.js";

// A customer's words (a message, a new request, a survey comment) through the two watches: words
// that point to media, social networks, regulators or courts, and strongly negative sentiment.
// One alert per text, the media/legal one first (it is the more urgent).
export async function watchText(
  tx: Db,
  input: {
    tenantId: string;
    sourceKey: string;
    source: "message" | "ticket" | "survey";
    text: string;
    ticketId: string | null;
    at: Date;
  },
): Promise<string | null> {
  const words = watchWords(input.text);
  const sentiment = scoreSentiment(input.text);
  const excerpt = input.text.length > 200 ? `${input.text.slice(0, 200)}…` : input.text;
  const common = {
    tenantId: input.tenantId,
    sourceKey: input.sourceKey,
    ticketIds: input.ticketId ? [input.ticketId] : [],
    at: input.at,
  };
  if (words.length > 0)
    return raiseAlert(tx, {
      ...common,
      kind: "watch_word",
      label: words.map((w) => w.term).join(", "),
      details: { source: input.source, terms: words, score: sentiment.score, excerpt },
    });
  if (sentiment.score <= NEGATIVE_THRESHOLD)
    return raiseAlert(tx, {
      ...common,
      kind: "negative_sentiment",
      label: sentiment.hits
        .filter((h) => h.weight < 0)
        .map((h) => (h.negated ? `¬${h.term}` : h.term))
        .join(", "),
      details: { source: input.source, score: sentiment.score, excerpt },
    });
  return null;
}
