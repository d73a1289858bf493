import { describe, expect, it } from "vitest";
import { DEFAULT_STAFFING, staffChannelDay, suggestStaffing } from "./staffing.js";

describe("suggested staffing from a forecast", () => {
  it("staffs phone by Erlang C for the busiest hour, e-mail by workload", () => {
    // 200 calls a day, 30 in the busiest hour at 6 min: 3 Erlangs → 6 agents for 80 % in 20 s.
    expect(staffChannelDay("phone", 200, DEFAULT_STAFFING)).toEqual({
      channel: "phone",
      tickets: 200,
      agents: 6,
      method: "erlang_c",
    });
    // 52 e-mails of 15 min: 13 hours of work, two agents of 6.5 productive hours.
    expect(staffChannelDay("email", 52, DEFAULT_STAFFING)).toMatchObject({ agents: 2, method: "workload" });
    expect(staffChannelDay("email", 53, DEFAULT_STAFFING)).toMatchObject({ agents: 3 });
  });

  it("adds the channels of each forecast day, and a quiet holiday needs fewer people", () => {
    const day = (date: string, mean: number) => ({ date, mean, lo80: mean, hi80: mean });
    const days = suggestStaffing([
      { channel: "phone", forecast: [day("2026-10-01", 20), day("2026-10-09", 200)] },
      { channel: "email", forecast: [day("2026-10-01", 10), day("2026-10-09", 52)] },
    ]);
    expect(days.map((d) => d.agents)).toEqual([3, 8]);
    expect(days[1]?.channels.map((c) => c.channel)).toEqual(["phone", "email"]);
  });
});
