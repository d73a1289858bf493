import {
  CheckOutlined,
  ClockCircleOutlined,
  ExclamationCircleOutlined,
  PauseCircleOutlined,
  WarningOutlined,
} from "@ant-design/icons";
import { Tag, Tooltip } from "antd";
import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormat, useNow } from "../app/format";
import type { SlaState } from "../app/types";

// One colour and one icon per SLA state, used by every screen (queue, ticket, monitor).
export const SLA_LOOK: Record<SlaState, { color?: string; icon: ReactNode }> = {
  ok: { color: "green", icon: <ClockCircleOutlined /> },
  warning: { color: "orange", icon: <WarningOutlined /> },
  breached: { color: "red", icon: <ExclamationCircleOutlined /> },
  paused: { color: "default", icon: <PauseCircleOutlined /> },
  met: { icon: <CheckOutlined /> },
};

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

// "1 h 20 min", "12 min", "45 s": two units at most, seconds only in the last minute.
export function durationText(t: TFunction, ms: number): string {
  const a = Math.abs(ms);
  if (a >= DAY) {
    const d = Math.floor(a / DAY);
    const h = Math.floor((a % DAY) / HOUR);
    return h ? `${t("sla.unit.d", { n: d })} ${t("sla.unit.h", { n: h })}` : t("sla.unit.d", { n: d });
  }
  if (a >= HOUR) {
    const h = Math.floor(a / HOUR);
    const m = Math.floor((a % HOUR) / MIN);
    return m ? `${t("sla.unit.h", { n: h })} ${t("sla.unit.min", { n: m })}` : t("sla.unit.h", { n: h });
  }
  if (a >= MIN) return t("sla.unit.min", { n: Math.floor(a / MIN) });
  return t("sla.unit.s", { n: Math.floor(a / 1000) });
}

// "due in 12 min" / "overdue 5 min" for a running clock; the state's name otherwise.
export function countdownText(t: TFunction, state: SlaState, dueAt: string | null | undefined, now: number) {
  if (state === "met" || state === "paused" || !dueAt) return t(`sla.state.${state}`);
  const left = Date.parse(dueAt) - now;
  return left >= 0
    ? t("sla.dueIn", { d: durationText(t, left) })
    : t("sla.overdue", { d: durationText(t, left) });
}

type Props = {
  state: SlaState | null | undefined;
  dueAt?: string | null;
  testId?: string;
  // Shown before the countdown, e.g. the target's name on the ticket page.
  prefix?: ReactNode;
};

// SLA state with a countdown that ticks every second from dueAt (no refetch needed).
export function SlaTag({ state, dueAt, testId, prefix }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const now = useNow(1000);
  if (!state) {
    return (
      <span data-testid={testId} data-sla-state="none" style={{ color: "rgba(0,0,0,0.45)" }}>
        {t("common.dash")}
      </span>
    );
  }
  const look = SLA_LOOK[state];
  const tag = (
    <Tag
      color={look.color}
      icon={look.icon}
      variant={state === "met" ? "outlined" : undefined}
      data-testid={testId}
      data-sla-state={state}
      aria-label={`${t(`sla.state.${state}`)}: ${countdownText(t, state, dueAt, now)}`}
    >
      {prefix ? <>{prefix} · </> : null}
      {countdownText(t, state, dueAt, now)}
    </Tag>
  );
  if (!dueAt) return tag;
  return <Tooltip title={`${t(`sla.state.${state}`)} · ${fmt.dateTime(dueAt)} (${fmt.tz})`}>{tag}</Tooltip>;
}
