import { ClockCircleOutlined } from "@ant-design/icons";
import { Space, Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { useFormat, useNow } from "../../app/format";
import type { SlaTarget } from "../../app/types";
import { useSla } from "../tickets/api";

const COLOR: Record<SlaTarget["status"], string> = {
  running: "processing",
  paused: "default",
  met: "success",
  breached: "error",
};

// SLA targets with a live countdown; hidden when the ticket has no policy (or no SLA endpoint).
export function SlaBar({ ticketRef }: { ticketRef: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  useNow(15_000);
  const sla = useSla(ticketRef);
  const targets = sla.data?.targets ?? [];
  if (targets.length === 0) return null;
  return (
    <Space wrap size={4} aria-label={t("ticket.sla.label")}>
      {targets.map((x) => (
        <Tooltip key={x.metric} title={`${fmt.dateTime(x.dueAt)} (${fmt.tz})`}>
          <Tag color={COLOR[x.status]} icon={<ClockCircleOutlined />} data-sla={x.metric}>
            {t(`ticket.sla.${x.metric}`)} · {t(`ticket.sla.${x.status}`)}
            {x.status === "running" || x.status === "paused"
              ? ` · ${t("ticket.sla.due", { time: fmt.relative(x.dueAt) })}`
              : ""}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}
