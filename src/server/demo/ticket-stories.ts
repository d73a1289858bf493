import type { Channel, TicketStatus } from "../../shared/domain.js";
import { chinaBusinessCalendar, compileCalendar, elapsedBusinessMinutes } from "../modules/sla/index.js";
import { addMessage, createTicket, transitionTicket, updateTicket } from "../modules/tickets/index.js";
import type { Services } from "../platform/context.js";
import type { Actor } from "../platform/http/actor.js";
import { CUSTOMER_REPLIES, INTERNAL_NOTES, PROBLEMS, pick, STAFF_REPLIES } from "./demo-data.js";

export type DemoCast = {
  staff: Map<string, Actor>;
  customers: {
    id: string;
    name: string;
    outletId: string | null;
    units: { serial: string; category: string }[];
  }[];
  dealerOutletId: string | null;
  // Registers a new unit of the category for the customer, bought on that day; returns its serial.
  buyUnit: (customerId: string, category: string, purchasedAt: string) => Promise<string>;
};

// The calendar day (in the demo tenant's zone, UTC+8) `days` before the instant `ms`.
const shanghaiDay = (ms: number, days: number) =>
  new Date(ms - days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

type Clock = { now(): Date; set(d: Date): void };

const TARGETS: [TicketStatus, number][] = [
  ["new", 0.07],
  ["assigned", 0.07],
  ["in_progress", 0.14],
  ["pending_customer", 0.07],
  ["pending_parts", 0.06],
  ["pending_third_party", 0.03],
  ["resolved", 0.1],
  ["closed", 0.46],
];

function targetStatus(r: number): TicketStatus {
  let acc = 0;
  for (const [status, share] of TARGETS) {
    acc += share;
    if (r < acc) return status;
  }
  return "closed";
}

function need(map: Map<string, Actor>, email: string): Actor {
  const a = map.get(email);
  if (!a) throw new Error(`demo actor ${email} missing`);
  return a;
}

// Plays each ticket's story through the real use cases, so history, audit and jobs are genuine.
export async function playTicketStories(
  s: Services,
  clock: Clock,
  cast: DemoCast,
  rand: () => number,
  count: number,
  realNow: Date,
) {
  const manager = need(cast.staff, "manager@demo.local");
  const workers = [
    need(cast.staff, "agent@demo.local"),
    need(cast.staff, "agent2@demo.local"),
    need(cast.staff, "tech@demo.local"),
  ];
  const frontDesk = need(cast.staff, "agent@demo.local");
  const dealer = need(cast.staff, "dealer@demo.local");
  const loginCustomers = new Map(
    [...cast.staff.values()].filter((a) => a.role === "customer").map((a) => [a.customerId, a]),
  );
  for (let i = 0; i < count; i++) {
    const target = targetStatus(rand());
    const customer = i < 12 ? cast.customers[i % 2] : pick(rand, cast.customers);
    if (!customer) continue;
    const unit = customer.units.length > 0 && rand() < 0.85 ? pick(rand, customer.units) : undefined;
    const problem = pick(rand, PROBLEMS[unit?.category ?? "washer"] ?? PROBLEMS.washer ?? []);
    // Open tickets are recent; closed ones spread over the last four months.
    const ageDays = target === "closed" ? 3 + rand() * 120 : target === "resolved" ? rand() * 5 : rand() * 10;
    let t = realNow.getTime() - ageDays * 86_400_000;
    const at = (minutes: number) => {
      t = Math.min(t + minutes * 60_000, realNow.getTime() - 1000);
      clock.set(new Date(t));
    };
    at(0);
    const self = loginCustomers.get(customer.id);
    const viaDealer = customer.outletId && customer.outletId === cast.dealerOutletId && rand() < 0.4;
    const opener = self && rand() < 0.7 ? self : viaDealer ? dealer : frontDesk;
    const channel: Channel | undefined =
      opener === frontDesk ? pick(rand, ["phone", "email", "wechat", "web"] as const) : undefined;
    const priority = problem.type === "complaint" || rand() < 0.1 ? "A" : rand() < 0.3 ? "B" : "C";
    // A story about a new purchase gets a unit bought that many days before: never an old unit.
    const unitSerial =
      problem.boughtDaysAgo !== undefined
        ? await cast.buyUnit(customer.id, unit?.category ?? "washer", shanghaiDay(t, problem.boughtDaysAgo))
        : unit?.serial;
    // Customers and dealers cannot set the priority: the front desk triages their tickets.
    const staffOpened = opener === frontDesk;
    const ticket = await createTicket(s, opener, {
      subject: problem.subject,
      description: problem.description,
      type: problem.type,
      ...(staffOpened ? { priority } : {}),
      ...(channel ? { channel } : {}),
      ...(opener.role === "customer" ? {} : { customerId: customer.id }),
      ...(unitSerial ? { unitSerial } : {}),
    });
    const ref = ticket.id;
    if (!staffOpened && priority !== "C") await updateTicket(s, manager, ref, { priority });
    const customerSide = self ?? null;
    if (target === "new") continue;
    const worker = pick(rand, workers);
    at(2 + rand() * 30);
    await updateTicket(s, manager, ref, { assigneeId: worker.userId, reason: "queue triage" });
    if (target === "assigned") continue;
    at(5 + rand() * 60);
    await addMessage(s, worker, ref, { body: pick(rand, STAFF_REPLIES), visibility: "public" });
    await transitionTicket(s, worker, ref, "start");
    if (rand() < 0.5) {
      at(10 + rand() * 120);
      await addMessage(s, worker, ref, { body: pick(rand, INTERNAL_NOTES), visibility: "internal" });
    }
    if (customerSide && rand() < 0.6) {
      at(30 + rand() * 300);
      await addMessage(s, customerSide, ref, { body: pick(rand, CUSTOMER_REPLIES), visibility: "public" });
    }
    if (target === "pending_customer" || target === "pending_parts" || target === "pending_third_party") {
      at(30 + rand() * 200);
      const action =
        target === "pending_customer"
          ? "pend_customer"
          : target === "pending_parts"
            ? "pend_parts"
            : "pend_third_party";
      await transitionTicket(s, worker, ref, action, action === "pend_parts" ? "等待备件到货" : undefined);
      continue;
    }
    if (rand() < 0.12) {
      at(60 + rand() * 240);
      await transitionTicket(s, worker, ref, "escalate", "前线无法解决，升级至主管");
    }
    if (target === "in_progress") continue;
    at(120 + rand() * 2000);
    await transitionTicket(s, worker, ref, "resolve");
    if (target === "resolved") continue;
    if (rand() < 0.12) {
      at(60 + rand() * 1000);
      await transitionTicket(
        s,
        customerSide ?? worker,
        ref,
        "reject",
        customerSide ? "还是有同样的问题" : "电话回访：客户反映问题未解决",
      );
      at(120 + rand() * 1000);
      await transitionTicket(s, worker, ref, "resolve");
    }
    at(60 + rand() * 2000);
    await transitionTicket(
      s,
      customerSide ?? manager,
      ref,
      "confirm",
      customerSide ? undefined : "电话回访：客户确认问题已解决",
    );
  }
}

// The instant before `end` from which `minutes` of China business time have passed (quarter-hour
// steps): the demo's "at risk" tickets are placed by business time, whatever the hour or holiday
// the demo starts on.
function businessMinutesBefore(end: Date, minutes: number): Date {
  const cal = compileCalendar(chinaBusinessCalendar());
  let start = end.getTime();
  while (elapsedBusinessMinutes(cal, new Date(start), end) < minutes) start -= 15 * 60_000;
  return new Date(start);
}

// A few priority-C tickets (policy C: first response 240, resolution 1,440 business minutes, warned
// at 80 %) placed so their clocks are at risk when the demo starts: two not yet answered, two being
// worked on whose resolution is close to due.
export async function playAtRiskStories(s: Services, clock: Clock, cast: DemoCast, realNow: Date) {
  const frontDesk = need(cast.staff, "agent@demo.local");
  const manager = need(cast.staff, "manager@demo.local");
  const worker = need(cast.staff, "agent2@demo.local");
  const stories = [
    { firstResponse: 205, customer: 2, problem: PROBLEMS.fridge?.[0] },
    { firstResponse: 225, customer: 3, problem: PROBLEMS.aircon?.[0] },
    { resolution: 1230, customer: 4, problem: PROBLEMS.washer?.[1] },
    { resolution: 1350, customer: 5, problem: PROBLEMS["water-heater"]?.[0] },
  ];
  for (const story of stories) {
    const customer = cast.customers[story.customer];
    if (!customer || !story.problem) continue;
    const start = businessMinutesBefore(realNow, story.firstResponse ?? story.resolution ?? 0);
    clock.set(start);
    const ticket = await createTicket(s, frontDesk, {
      subject: story.problem.subject,
      description: story.problem.description,
      type: story.problem.type,
      priority: "C",
      channel: "phone",
      customerId: customer.id,
    });
    if (story.resolution === undefined) continue;
    clock.set(new Date(start.getTime() + 5 * 60_000));
    await updateTicket(s, manager, ticket.id, { assigneeId: worker.userId, reason: "queue triage" });
    clock.set(new Date(start.getTime() + 10 * 60_000));
    await addMessage(s, worker, ticket.id, { body: STAFF_REPLIES[0] ?? "您好", visibility: "public" });
    await transitionTicket(s, worker, ticket.id, "start");
  }
}
