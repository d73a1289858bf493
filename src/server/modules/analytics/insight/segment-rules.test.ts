import { describe, expect, it } from "vitest";
import { type SegmentInput, segmentOf } from "./segment-rules.js";

const plain: SegmentInput = {
  tier: "standard",
  units: 1,
  contacts: 1,
  complaints: 0,
  lowSurveyAnswers: 0,
  surveyAnswers: 0,
  daysSinceLastActivity: 120,
  daysSinceFirstActivity: 400,
};

describe("customer segments", () => {
  it("names each segment by the first rule that holds", () => {
    expect(segmentOf(plain)).toBe("steady");
    expect(segmentOf({ ...plain, tier: "vip", complaints: 1 })).toBe("vip_at_risk");
    expect(segmentOf({ ...plain, units: 3, surveyAnswers: 2 })).toBe("champions");
    expect(segmentOf({ ...plain, tier: "gold" })).toBe("high_value");
    expect(segmentOf({ ...plain, lowSurveyAnswers: 1, surveyAnswers: 1 })).toBe("unhappy");
    expect(segmentOf({ ...plain, contacts: 4 })).toBe("frequent_contacts");
    expect(segmentOf({ ...plain, daysSinceFirstActivity: 30, daysSinceLastActivity: 30 })).toBe("new");
    expect(segmentOf({ ...plain, daysSinceLastActivity: 400 })).toBe("dormant");
    expect(segmentOf({ ...plain, daysSinceLastActivity: null, daysSinceFirstActivity: null })).toBe(
      "dormant",
    );
  });
});
