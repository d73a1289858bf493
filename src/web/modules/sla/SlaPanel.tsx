import { Card, Descriptions, Empty, Flex, List, Skeleton, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../app/format";
import { ROLES, type TicketSla } from "../../app/types";
import { ErrorState } from "../../ui/ListState";
import { SlaTag } from "../../ui/SlaTag";
import { targetState } from "../console/SlaBar";
import { useSla } from "../tickets/api";
import { useStaffNames } from "../users/api";

function Escalations({ items }: { items: TicketSla["escalations"] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  // An escalation may hand the ticket to a supervisor (a major complaint's service manager), not
  // only to an agent: every staff name, so no raw user id reaches the screen.
  const names = useStaffNames();
  const nameOf = (id: string) => names(id) ?? id;
  const roleName = (r: string) => {
    const k = ROLES.find((x) => x === r);
    return k ? t(`role.${k}`) : r;
  };
  if (items.length === 0)
    return <Typography.Text type="secondary">{t("sla.panel.noEscalations")}</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={items}
      renderItem={(e) => (
        <List.Item data-testid="sla-escalation" data-level={e.level} style={{ paddingInline: 0 }}>
          <div>
            <Tag color={e.source === "golden" ? "gold" : "red"}>
              {t("sla.panel.level", { level: e.level })}
            </Tag>
            {t(`sla.panel.source.${e.source}`)} · {fmt.dateTime(e.at)}
            {e.assignedTo ? <div>{t("sla.panel.assigned", { name: nameOf(e.assignedTo) })}</div> : null}
            {e.notifyRoles.length > 0 ? (
              <div>{t("sla.panel.notified", { roles: e.notifyRoles.map(roleName).join("、") })}</div>
            ) : null}
            {e.deadlineAt ? (
              <div>
                <Typography.Text type="warning">
                  {t("sla.panel.goldenDeadline", { time: `${fmt.dateTime(e.deadlineAt)} (${fmt.tz})` })}
                </Typography.Text>
              </div>
            ) : null}
          </div>
        </List.Item>
      )}
    />
  );
}

// The ticket's clocks in the user's time zone, its pauses and escalation history.
export function SlaPanel({ ticketRef }: { ticketRef: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const sla = useSla(ticketRef);
  let body: ReactNode;
  if (sla.isPending) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (sla.isError) body = <ErrorState error={sla.error} onRetry={() => void sla.refetch()} />;
  else if (!sla.data.policy && sla.data.targets.length === 0)
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("sla.panel.noPolicy")} />;
  else {
    const d = sla.data;
    body = (
      <>
        {d.policy ? (
          <Descriptions
            size="small"
            column={1}
            items={[{ key: "p", label: t("sla.panel.policy"), children: d.policy.name }]}
          />
        ) : null}
        {d.targets.map((r) => (
          <div
            key={r.metric}
            data-testid="sla-target"
            data-metric={r.metric}
            style={{ padding: "6px 0", borderBottom: "1px solid #f5f5f5" }}
          >
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text strong>{t(`sla.metric.${r.metric}`)}</Typography.Text>
              <SlaTag state={targetState(r)} dueAt={r.dueAt} testId="sla-target-state" />
            </Flex>
            <div style={{ fontSize: 12, color: "rgba(0,0,0,0.65)" }}>
              {t("sla.panel.due", { tz: fmt.tz })}: {r.dueAt ? fmt.dateTime(r.dueAt) : t("common.dash")}
            </div>
            <div style={{ fontSize: 12, color: "rgba(0,0,0,0.65)" }}>
              {t("sla.panel.used")}:{" "}
              {t("sla.panel.usedValue", { used: r.elapsedBusinessMinutes, budget: r.budgetMinutes })}
            </div>
          </div>
        ))}
        <Typography.Title level={5} style={{ marginTop: 12 }}>
          {t("sla.panel.pauses")}
        </Typography.Title>
        {d.pauses.length === 0 ? (
          <Typography.Text type="secondary">{t("sla.panel.noPauses")}</Typography.Text>
        ) : (
          d.pauses.map((p) => (
            <div key={p.from} data-testid="sla-pause">
              {t("sla.panel.pauseRow", {
                status: t(`status.${p.status}`, { defaultValue: p.status }),
                from: fmt.dateTime(p.from),
                to: p.to ? fmt.dateTime(p.to) : t("sla.panel.stillPaused"),
              })}
            </div>
          ))
        )}
        <Typography.Title level={5} style={{ marginTop: 12 }}>
          {t("sla.panel.escalations")}
        </Typography.Title>
        <Escalations items={d.escalations} />
      </>
    );
  }
  return (
    <Card size="small" title={t("sla.panel.title")} data-testid="sla-panel">
      {body}
    </Card>
  );
}
