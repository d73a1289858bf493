import type { Channel, TicketStatus } from "../../shared/domain.js";
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
};

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
    // Customers and dealers cannot set the priority: the front desk triages their tickets.
    const staffOpened = opener === frontDesk;
    const ticket = await createTicket(s, opener, {
      subject: problem.subject,
      description: problem.description,
      type: problem.type,
      ...(staffOpened ? { priority } : {}),
      ...(channel ? { channel } : {}),
      ...(opener.role === "customer" ? {} : { customerId: customer.id }),
      ...(unit ? { unitSerial: unit.serial } : {}),
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
