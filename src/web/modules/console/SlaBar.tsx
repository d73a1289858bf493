import { Space } from "antd";
import { useTranslation } from "react-i18next";
import type { SlaState, SlaTarget } from "../../app/types";
import { SlaTag } from "../../ui/SlaTag";
import { useSla } from "../tickets/api";

// A target's clock in the same five states as the ticket (a running clock past its warning is at risk).
export const targetState = (x: SlaTarget): SlaState =>
  x.status === "running" ? (x.warnedAt ? "warning" : "ok") : x.status;

// The ticket's SLA targets as live countdown tags; nothing when no policy applies.
export function SlaBar({ ticketRef }: { ticketRef: string }) {
  const { t } = useTranslation();
  const sla = useSla(ticketRef);
  const targets = sla.data?.targets ?? [];
  if (targets.length === 0) return null;
  return (
    <Space wrap size={4} aria-label={t("sla.panel.title")} data-testid="ticket-sla-bar">
      {targets.map((x) => (
        <SlaTag
          key={x.metric}
          state={targetState(x)}
          dueAt={x.dueAt}
          prefix={t(`sla.metric.${x.metric}`)}
          testId={`sla-bar-${x.metric}`}
        />
      ))}
    </Space>
  );
}
