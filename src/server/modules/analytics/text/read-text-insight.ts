import { sql } from "drizzle-orm";
import type { TextInsight } from "../../../../shared/api/insight.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { scoreSentiment } from "../../voc-alerts/index.js";
import { addDays } from "../forecast/day-kinds.js";
import { tenantDay } from "../tenant-day.js";
import { clusterDocs } from "./clustering.js";
import { phrasesOf, type Term, textTerms } from "./text-terms.js";

// Text analytics over the last `weeks` weeks: tickets' subjects and descriptions and survey
// comments (text answers). Clustering takes the most recent MAX_CLUSTERED tickets (the merge is
// cubic in the worst case); keywords and phrases count documents, not repeats.
const MAX_DOCS = 2000;
const MAX_CLUSTERED = 300;
const NEGATIVE = -0.2;

type Raw = Record<string, unknown>;
const rows = async (s: Services, q: ReturnType<typeof sql>) =>
  ((await s.db.execute(q)) as unknown as { rows: Raw[] }).rows;

/** The Monday of a date's week. */
function weekOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return addDays(date, -((d.getUTCDay() + 6) % 7));
}

function seasonOf(date: string): "spring" | "summer" | "autumn" | "winter" {
  const m = Number(date.slice(5, 7));
  if (m >= 3 && m <= 5) return "spring";
  if (m >= 6 && m <= 8) return "summer";
  if (m >= 9 && m <= 11) return "autumn";
  return "winter";
}

function countTop(lists: Iterable<readonly string[]>, n: number): { term: string; count: number }[] {
  const m = new Map<string, number>();
  for (const l of lists) for (const t of new Set(l)) m.set(t, (m.get(t) ?? 0) + 1);
  return [...m.entries()]
    .filter(([, c]) => c >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([term, count]) => ({ term, count }));
}

const round = (x: number, d = 100) => Math.round(x * d) / d;

export async function readTextInsight(s: Services, actor: Actor, q: { weeks: number }): Promise<TextInsight> {
  const to = await tenantDay(s.db, actor.tenantId, s.clock.now());
  const from = addDays(to, -7 * q.weeks);
  const tickets = await rows(
    s,
    sql`select id, number, subject, description, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as day
        from tickets where tenant_id = ${actor.tenantId} and created_at >= ${from}::date
        order by created_at desc limit ${MAX_DOCS}`,
  );
  // Text answers only: the surveys' questions say which answers are free text.
  const comments = await rows(
    s,
    sql`select a.value #>> '{}' as text
        from survey_responses r join surveys v on v.tenant_id = r.tenant_id and v.id = r.survey_id,
             jsonb_array_elements(v.questions) qn, jsonb_each(r.answers) a
        where r.tenant_id = ${actor.tenantId} and r.created_at >= ${from}::date
          and qn->>'kind' = 'text' and a.key = qn->>'id' and jsonb_typeof(a.value) = 'string'
        limit ${MAX_DOCS}`,
  );
  const ticketDocs = tickets.map((t) => {
    const text = `${String(t.subject)} ${String(t.description)}`;
    return { t, text, terms: textTerms(text) };
  });
  const commentTexts = comments.map((c) => String(c.text)).filter((x) => x.trim().length > 1);
  const commentTerms = commentTexts.map((x) => textTerms(x));
  const allTerms: Term[][] = [...ticketDocs.map((d) => d.terms), ...commentTerms];
  const codes = new Set(
    allTerms
      .flat()
      .filter((x) => x.code)
      .map((x) => x.term),
  );
  const sentiments = new Map(ticketDocs.map((d) => [String(d.t.id), scoreSentiment(d.text).score]));
  const allScores = [...sentiments.values(), ...commentTexts.map((x) => scoreSentiment(x).score)];
  const clustered = ticketDocs.slice(0, MAX_CLUSTERED).filter((d) => d.terms.length > 0);
  const byId = new Map(clustered.map((d) => [String(d.t.id), d]));
  const clusters = clusterDocs(clustered.map((d) => ({ id: String(d.t.id), terms: d.terms })))
    .filter((c) => c.ids.length >= 2)
    .slice(0, 12)
    .map((c) => {
      const members = c.ids.map((id) => byId.get(id)).filter((d) => d !== undefined);
      const weeks = new Map<string, number>();
      const bySeason = { spring: 0, summer: 0, autumn: 0, winter: 0 };
      for (const d of members) {
        const day = String(d.t.day);
        weeks.set(weekOf(day), (weeks.get(weekOf(day)) ?? 0) + 1);
        bySeason[seasonOf(day)]++;
      }
      const scores = members.map((d) => sentiments.get(String(d.t.id)) ?? 0);
      return {
        label: c.topTerms,
        size: members.length,
        sentiment: round(scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length)),
        negativeShare: round(scores.filter((x) => x <= NEGATIVE).length / Math.max(1, scores.length)),
        byWeek: [...weeks.entries()].sort().map(([week, count]) => ({ week, count })),
        bySeason,
        examples: members
          .slice(0, 3)
          .map((d) => ({ id: String(d.t.id), number: String(d.t.number), subject: String(d.t.subject) })),
      };
    });
  return {
    from,
    to,
    documents: { tickets: ticketDocs.length, surveyComments: commentTexts.length },
    keywords: countTop(
      allTerms.map((l) => l.map((x) => x.term)),
      30,
    ).map((k) => ({ ...k, code: codes.has(k.term) })),
    phrases: countTop(allTerms.map(phrasesOf), 20),
    clusters,
    sentiment: {
      mean: round(allScores.reduce((a, b) => a + b, 0) / Math.max(1, allScores.length)),
      negativeShare: round(allScores.filter((x) => x <= NEGATIVE).length / Math.max(1, allScores.length)),
    },
    journeys: await readJourneys(s, actor.tenantId, from),
  };
}

// Resolved tickets of the period: the contacts the customer made before the fix (the opening and
// every later customer message up to the resolution) and the channels they came through, in order.
async function readJourneys(s: Services, tenantId: string, from: string): Promise<TextInsight["journeys"]> {
  const r = await rows(
    s,
    sql`select t.id, t.channel,
          coalesce(array_agg(m.channel order by m.created_at) filter (where m.id is not null), '{}') as later
        from tickets t
        left join ticket_messages m on m.tenant_id = t.tenant_id and m.ticket_id = t.id
          and m.visibility = 'public' and m.created_at > t.created_at + interval '1 minute'
          and m.created_at <= t.resolved_at
          and (m.author_id is null or exists (select 1 from users u where u.id = m.author_id
                                               and u.role in ('customer', 'dealer')))
        where t.tenant_id = ${tenantId} and t.resolved_at is not null and t.resolved_at >= ${from}::date
        group by t.id, t.channel`,
  );
  const contacts = { one: 0, two: 0, threeOrMore: 0 };
  const paths = new Map<string, number>();
  let total = 0;
  for (const x of r) {
    const seq = [String(x.channel), ...((x.later as string[] | null) ?? [])];
    total += seq.length;
    if (seq.length === 1) contacts.one++;
    else if (seq.length === 2) contacts.two++;
    else contacts.threeOrMore++;
    const path = seq.filter((c, i) => c !== seq[i - 1]).join(">");
    paths.set(path, (paths.get(path) ?? 0) + 1);
  }
  return {
    resolvedTickets: r.length,
    meanContacts: round(total / Math.max(1, r.length)),
    contacts,
    paths: [...paths.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 8)
      .map(([p, tickets]) => ({ channels: p.split(">"), tickets })),
  };
}
