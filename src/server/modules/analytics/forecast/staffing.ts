import { agentsForServiceLevel } from "./erlang-c.js";
import type { ForecastPoint } from "./forecaster.js";

// Suggested staffing per day from the channel forecasts. Phone and chat are queues: their agents
// come from Erlang C for the busiest hour (a service-level target, e.g. 80 % answered in 20 s).
// Every other channel is a backlog worked through the day: its agents are the forecast workload
// in hours over an agent's productive hours.

const QUEUE_CHANNELS = ["phone", "chat"] as const;

export type StaffingRules = {
  serviceLevel: number;
  targetSeconds: number;
  /** average handling time per ticket, seconds, per channel (`default` for the rest) */
  handlingSeconds: Record<string, number>;
  /** the share of a day's contacts that arrive in its busiest hour */
  peakHourShare: number;
  /** hours an agent works tickets in a day, after breaks and meetings */
  productiveHours: number;
};

export const DEFAULT_STAFFING: StaffingRules = {
  serviceLevel: 0.8,
  targetSeconds: 20,
  handlingSeconds: { phone: 360, chat: 480, default: 900 },
  // Nine open hours with a morning peak about 1.35 × the average hour.
  peakHourShare: 0.15,
  productiveHours: 6.5,
};

export type ChannelStaffing = {
  channel: string;
  tickets: number;
  agents: number;
  method: "erlang_c" | "workload";
};
export type StaffingDay = { date: string; agents: number; channels: ChannelStaffing[] };

function handlingSecondsOf(rules: StaffingRules, channel: string): number {
  return rules.handlingSeconds[channel] ?? rules.handlingSeconds.default ?? 900;
}

export function staffChannelDay(channel: string, tickets: number, rules: StaffingRules): ChannelStaffing {
  const handlingSeconds = handlingSecondsOf(rules, channel);
  if ((QUEUE_CHANNELS as readonly string[]).includes(channel)) {
    const agents = agentsForServiceLevel(
      { arrivalsPerHour: tickets * rules.peakHourShare, handlingSeconds },
      rules.serviceLevel,
      rules.targetSeconds,
    );
    return { channel, tickets, agents, method: "erlang_c" };
  }
  const hours = (tickets * handlingSeconds) / 3600;
  return { channel, tickets, agents: Math.ceil(hours / rules.productiveHours - 1e-9), method: "workload" };
}

export function suggestStaffing(
  forecasts: readonly { channel: string; forecast: readonly ForecastPoint[] }[],
  rules: StaffingRules = DEFAULT_STAFFING,
): StaffingDay[] {
  const dates = forecasts[0]?.forecast.map((p) => p.date) ?? [];
  return dates.map((date, i) => {
    const channels = forecasts.map((f) =>
      staffChannelDay(f.channel, Math.round(f.forecast[i]?.mean ?? 0), rules),
    );
    return { date, agents: channels.reduce((a, c) => a + c.agents, 0), channels };
  });
}
