import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { search } from "../optimiser/search.js";
import { buildDayModel, type DayTechnician, type DayVisit } from "./day-model.js";
import { checkMove, fitsRound } from "./move-check.js";
import { planDay, type Solve } from "./plan-day.js";

// The bridge from a node's day to the optimiser, on made-up Shanghai days. Iteration caps keep
// every run short and deterministic.
const solve: Solve = async (p, o) => search(p, o);
const capped = { seconds: 60, maxIterations: 400, seed: 3 };
const H = 60;

const at = (dLat: number, dLng: number) => ({ lat: 31.2 + dLat, lng: 121.45 + dLng });
const tech = (id: string, skills: string[], home = at(0, 0), shift = [9 * H, 17 * H]): DayTechnician => ({
  id,
  name: id,
  skills,
  shiftStart: shift[0]!,
  shiftEnd: shift[1]!,
  home,
});
const visit = (id: string, o: Partial<DayVisit> = {}): DayVisit => ({
  id,
  label: id,
  technicianId: null,
  windowStart: 9 * H,
  windowEnd: 17 * H,
  duration: 60,
  skills: [],
  place: at(0.01, 0.01),
  priority: 1,
  plannedStart: null,
  ...o,
});

// Every stop inside its window, every round inside shift + overtime, every skill held.
function expectRespected(
  m: ReturnType<typeof buildDayModel>,
  rounds: Awaited<ReturnType<typeof planDay>>["rounds"],
) {
  for (const r of rounds) {
    const t = m.technicians[r.technician]!;
    for (const s of r.stops) {
      const v = m.visits[s.visit]!;
      expect(s.start).toBeGreaterThanOrEqual(v.windowStart - 1e-6);
      expect(s.end).toBeLessThanOrEqual(v.windowEnd + 1e-6);
      expect(s.start).toBeGreaterThanOrEqual((t.freeFrom?.at ?? t.shiftStart) - 1e-6);
      for (const sk of v.skills) expect(t.skills).toContain(sk);
    }
    expect(r.back).toBeLessThanOrEqual(t.shiftEnd + m.overtime + 1e-6);
  }
}

describe("dispatch: planning a node's day", () => {
  it("untangles crossed rounds: less travel, every window kept, and says what moved", async () => {
    const east = at(0, 0.1);
    const west = at(0, -0.1);
    const techs = [tech("e", ["washer"], east), tech("w", ["washer"], west)];
    // Each technician holds the visits next to the other one's home.
    const visits = [
      visit("v1", { place: at(0.005, 0.1), technicianId: "w", windowStart: 9 * H, windowEnd: 12 * H }),
      visit("v2", { place: at(-0.005, 0.1), technicianId: "w", windowStart: 13 * H, windowEnd: 16 * H }),
      visit("v3", { place: at(0.005, -0.1), technicianId: "e", windowStart: 9 * H, windowEnd: 12 * H }),
      visit("v4", { place: at(-0.005, -0.1), technicianId: "e", windowStart: 13 * H, windowEnd: 16 * H }),
    ];
    const m = buildDayModel(techs, visits);
    const plan = await planDay(m, solve, capped);
    expect(plan.after.travelKm).toBeLessThan(plan.before.travelKm / 3);
    expect(plan.after).toMatchObject({ windowsKept: 4, windowsMissed: 0, unplanned: 0 });
    const roundOf = (tid: string) => plan.rounds.find((r) => m.technicians[r.technician]!.id === tid)!;
    expect(roundOf("e").stops.map((s) => m.visits[s.visit]!.id)).toEqual(["v1", "v2"]);
    expect(plan.moved.map((x) => [x.visitId, x.fromTechnicianId, x.toTechnicianId]).sort()).toEqual([
      ["v1", "w", "e"],
      ["v2", "w", "e"],
      ["v3", "e", "w"],
      ["v4", "e", "w"],
    ]);
    expectRespected(m, plan.rounds);
  });

  it("a technician off sick: their visits go to a colleague with the skills, the rest is left out and said so", async () => {
    const techs = [tech("a", ["washer"]), tech("b", ["fridge"])];
    const visits = [
      visit("wash", { technicianId: "sick", skills: ["washer"] }),
      visit("fridge", { technicianId: "sick", skills: ["fridge"] }),
    ];
    // "sick" is not among the day's technicians any more.
    const m = buildDayModel(techs, visits);
    expect(m.currentUnplanned).toHaveLength(2);
    const plan = await planDay(m, solve, capped);
    expect(plan.unplaced).toEqual([]);
    expect(plan.moved.find((x) => x.visitId === "fridge")).toMatchObject({
      fromTechnicianId: "sick",
      toTechnicianId: "b",
    });
    expectRespected(m, plan.rounds);
  });

  it("a visit already started holds its technician: the rest of their day begins after it, where it is", async () => {
    const far = at(0.05, 0.05);
    const techs = [{ ...tech("a", []), freeFrom: { at: 12 * H, place: far } }];
    const m = buildDayModel(techs, [visit("next", { place: far })]);
    const plan = await planDay(m, solve, capped);
    const [stop] = plan.rounds[0]!.stops;
    expect(stop!.start).toBeGreaterThanOrEqual(12 * H);
    // Already at the site: no travel before the visit.
    expect(stop!.start).toBe(12 * H);
  });

  it("during the day nothing is planned before now; a window already gone is left unplanned", async () => {
    const m = buildDayModel([tech("a", [])], [visit("gone", { windowEnd: 11 * H }), visit("later")], {
      earliest: 11 * H,
    });
    const plan = await planDay(m, solve, capped);
    expect(plan.unplaced.map((u) => m.visits[u]!.id)).toEqual(["gone"]);
    expect(plan.rounds[0]!.stops[0]!.start).toBeGreaterThanOrEqual(11 * H);
  });

  it("same seed, same plan; never worse than the construction or than the day as it stands", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            lat: fc.double({ min: -0.08, max: 0.08, noNaN: true }),
            lng: fc.double({ min: -0.08, max: 0.08, noNaN: true }),
            from: fc.integer({ min: 9, max: 15 }),
            len: fc.integer({ min: 2, max: 4 }),
            duration: fc.constantFrom(30, 45, 60, 90),
            skill: fc.constantFrom(null, "washer", "aircon"),
          }),
          { minLength: 1, maxLength: 14 },
        ),
        async (specs) => {
          const techs = [
            tech("a", ["washer"], at(0.03, 0)),
            tech("b", ["aircon"], at(-0.03, 0)),
            tech("c", ["washer", "aircon"]),
          ];
          const visits = specs.map((s, i) =>
            visit(`v${i}`, {
              place: at(s.lat, s.lng),
              windowStart: s.from * H,
              windowEnd: Math.min(s.from + s.len, 17) * H,
              duration: s.duration,
              skills: s.skill ? [s.skill] : [],
            }),
          );
          const m = buildDayModel(techs, visits);
          const a = await planDay(m, solve, { seconds: 60, maxIterations: 120, seed: 9 });
          const b = await planDay(m, solve, { seconds: 60, maxIterations: 120, seed: 9 });
          expect(b.rounds.map((r) => r.stops.map((s) => s.visit))).toEqual(
            a.rounds.map((r) => r.stops.map((s) => s.visit)),
          );
          expect(a.search.cost).toBeLessThanOrEqual(a.search.constructionCost + 1e-6);
          expectRespected(m, a.rounds);
          // Planning the plan's own result again changes nothing for the worse.
          const again = buildDayModel(
            techs,
            visits.map((v, i) => {
              const r = a.rounds.find((x) => x.stops.some((s) => s.visit === i));
              const s = r?.stops.find((x) => x.visit === i);
              return {
                ...v,
                technicianId: r ? m.technicians[r.technician]!.id : null,
                plannedStart: s?.start ?? null,
              };
            }),
          );
          const c = await planDay(again, solve, { seconds: 60, maxIterations: 60, seed: 2 });
          expect(c.after.unplanned).toBeLessThanOrEqual(c.before.unplanned);
          expect(c.search.cost).toBeLessThanOrEqual(a.search.cost + 1e-6);
        },
      ),
      { numRuns: 15, seed: 20261205 },
    );
  });
});

describe("dispatch: a planner's move and the booking slots' insertion check", () => {
  it("moving a visit to a technician without the skill, or too late in the day, comes with warnings", () => {
    const techs = [tech("a", ["washer"]), tech("b", [], at(0, 0), [9 * H, 12 * H])];
    const visits = [
      visit("v1", { technicianId: "a", skills: ["washer"], windowStart: 9 * H, windowEnd: 11 * H }),
      visit("v2", { technicianId: "b", windowStart: 9 * H, windowEnd: 11 * H, duration: 120 }),
    ];
    const m = buildDayModel(techs, visits, { overtimeMinutes: 60 });
    const move = checkMove(m, m.current, 0, 1, 1);
    expect(move.warnings.map((w) => w.code).sort()).toEqual(["overtime", "skill_mismatch", "window_missed"]);
    expect(move.routes[1]).toEqual([1, 0]);
    // Put first instead, v1 is on time but v2 now misses its window.
    const first = checkMove(m, m.current, 0, 1, 0);
    expect(first.warnings.find((w) => w.code === "window_missed")).toMatchObject({ visitId: "v2" });
    // A harmless move has none.
    const back = checkMove(m, m.current, 0, 0);
    expect(back.warnings).toEqual([]);
  });

  it("a window is offered only when the visit fits the round: not right after a long job, across town", () => {
    const home = at(0, 0);
    const farAway = at(0.3, 0.3); // ~57 km by road: nearly two hours at 30 km/h
    // A two-hour job at the technician's base fills the 09:00–11:00 window.
    const round = [
      visit("held", { technicianId: "a", place: home, windowStart: 9 * H, windowEnd: 11 * H, duration: 120 }),
    ];
    const fits = (from: number) => {
      const m = buildDayModel(
        [tech("a", [], home)],
        [
          ...round,
          visit("new", { place: farAway, windowStart: from, windowEnd: from + 2 * H, duration: 90 }),
        ],
        { overtimeMinutes: 0 },
      );
      return fitsRound(m, m.current[0] ?? [], 0, 1);
    };
    // 11:00–13:00 is free on paper, but the drive means the 90 minutes cannot end by 13:00.
    expect(fits(11 * H)).toBe(false);
    expect(fits(13 * H)).toBe(true);
    // Late in the day the drive home would run past the shift.
    expect(fits(15 * H)).toBe(false);
  });

  it("a ticket's SLA already breached before the window never makes the plan leave the visit out", async () => {
    const m = buildDayModel(
      [tech("a", [])],
      [visit("overdue", { slaDue: -2 * 24 * H }), visit("soon", { slaDue: 10 * H })],
    );
    const plan = await planDay(m, solve, capped);
    expect(plan.unplaced).toEqual([]);
    expect(plan.after.unplanned).toBe(0);
  });
});
