// Analytics' named customer segments (segment-rules.ts says who is in each), in the order a
// customer is tested against them. Plain values: the web's pickers (survey audience, report filter)
// import them, the API schemas validate with them.
export const CUSTOMER_SEGMENTS = [
  "vip_at_risk",
  "champions",
  "high_value",
  "unhappy",
  "frequent_contacts",
  "new",
  "dormant",
  "steady",
] as const;
export type CustomerSegment = (typeof CUSTOMER_SEGMENTS)[number];
