import { describe, expect, it } from "vitest";
import type { CareRule } from "../../../shared/api/loyalty.js";
import { chinaBusinessCalendar } from "../sla/index.js";
import { type CareCustomer, dueCareActions, holidayStartingOn } from "./care-schedule.js";

const shipped = chinaBusinessCalendar().overrides;
const OFFICE = [["09:00", "18:00"]];
// 2027 as an admin would enter it into the calendar (illustrative dates, not the shipped file):
// Spring Festival off 6–13 February with a 调休 Saturday on 20 February, and Mid-Autumn 15 September.
const with2027 = [
  ...shipped,
  ...[
    "2027-02-06",
    "2027-02-07",
    "2027-02-08",
    "2027-02-09",
    "2027-02-10",
    "2027-02-11",
    "2027-02-12",
    "2027-02-13",
  ].map((date) => ({ date, hours: [] })),
  { date: "2027-02-20", hours: OFFICE },
  { date: "2027-09-15", hours: [] },
];

const rule = (r: Partial<CareRule> & Pick<CareRule, "id" | "kind">): CareRule => ({
  name: { zh: "关怀", en: "Care" },
  message: { zh: "您好", en: "Hello" },
  tiers: [],
  productLines: [],
  regions: [],
  months: [],
  active: true,
  ...r,
});

const customer = (c: Partial<CareCustomer> & Pick<CareCustomer, "customerId">): CareCustomer => ({
  tier: "standard",
  divisionCode: "310104",
  products: [],
  birthday: null,
  optOut: false,
  ...c,
});

describe("holiday greetings on the CN calendar", () => {
  it("greets Spring Festival 2026 on its first day off, not on the 调休 Saturday before it", () => {
    expect(holidayStartingOn("2026-02-14", shipped)).toBeNull(); // 调休: a working Saturday
    expect(holidayStartingOn("2026-02-15", shipped)).toBe("spring_festival");
    expect(holidayStartingOn("2026-02-16", shipped)).toBeNull(); // inside the break, already greeted
  });

  it("names the other 2026 festivals and skips ordinary weekends and 调休 days", () => {
    expect(holidayStartingOn("2026-01-01", shipped)).toBe("new_year");
    expect(holidayStartingOn("2026-04-04", shipped)).toBe("qingming");
    expect(holidayStartingOn("2026-05-01", shipped)).toBe("labour_day");
    expect(holidayStartingOn("2026-06-19", shipped)).toBe("dragon_boat");
    expect(holidayStartingOn("2026-09-25", shipped)).toBe("mid_autumn");
    expect(holidayStartingOn("2026-10-01", shipped)).toBe("national_day");
    expect(holidayStartingOn("2026-03-07", shipped)).toBeNull(); // an ordinary Saturday
    expect(holidayStartingOn("2026-10-10", shipped)).toBeNull(); // 调休 Saturday after National Day
  });

  it("follows 2027 holidays once they are in the calendar", () => {
    expect(holidayStartingOn("2027-02-06", shipped)).toBeNull(); // not in the shipped file
    expect(holidayStartingOn("2027-02-06", with2027)).toBe("spring_festival");
    expect(holidayStartingOn("2027-02-20", with2027)).toBeNull();
    expect(holidayStartingOn("2027-09-15", with2027)).toBe("mid_autumn");
  });

  it("sends one greeting per festival to everyone in the segment who has not opted out", () => {
    const rules = [rule({ id: "holiday", kind: "holiday", tiers: ["vip"] })];
    const people = [
      customer({ customerId: "a", tier: "vip" }),
      customer({ customerId: "b", tier: "standard" }),
      customer({ customerId: "c", tier: "vip", optOut: true }),
    ];
    expect(dueCareActions("2026-02-14", rules, shipped, people)).toEqual([]);
    expect(dueCareActions("2026-02-15", rules, shipped, people)).toEqual([
      { customerId: "a", ruleId: "holiday", action: "holiday:spring_festival", kind: "holiday" },
    ]);
  });
});

describe("birthdays and maintenance reminders", () => {
  it("greets on the birthday, and a 29 February birthday on 28 February in other years", () => {
    const rules = [rule({ id: "bday", kind: "birthday" })];
    const people = [
      customer({ customerId: "a", birthday: "03-12" }),
      customer({ customerId: "b", birthday: "02-29" }),
    ];
    expect(dueCareActions("2026-03-12", rules, shipped, people).map((d) => d.customerId)).toEqual(["a"]);
    expect(dueCareActions("2027-02-28", rules, shipped, people).map((d) => d.customerId)).toEqual(["b"]);
    expect(dueCareActions("2028-02-28", rules, shipped, people)).toEqual([]);
  });

  it("reminds air-conditioner owners in the region before summer, nobody else", () => {
    const rules = [
      rule({ id: "ac-clean", kind: "maintenance", productLines: ["AC-"], regions: ["31"], months: [4, 5] }),
    ];
    const people = [
      customer({ customerId: "sh-ac", products: ["AC-2001"] }),
      customer({ customerId: "sh-fridge", products: ["FR-1"] }),
      customer({ customerId: "gz-ac", products: ["AC-2001"], divisionCode: "440106" }),
    ];
    expect(dueCareActions("2026-03-31", rules, shipped, people)).toEqual([]);
    expect(dueCareActions("2026-04-20", rules, shipped, people)).toEqual([
      { customerId: "sh-ac", ruleId: "ac-clean", action: "ac-clean", kind: "maintenance" },
    ]);
  });
});
