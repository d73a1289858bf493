import { Button, Card, Flex, Popconfirm, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useUser } from "../../app/auth";
import { showSuccess } from "../../app/feedback";
import { useFormat } from "../../app/format";
import { useTitle } from "../../app/useTitle";
import { PageHeader, ResourceTable } from "../../ui/patterns";
import { type OldPartReturn, type OldPartStep, useOpenOldParts, useSettleOldPart, useSites } from "./api";
import { partColumn } from "./part-column";

const HANDLERS = ["admin", "supervisor", "agent", "technician"];
const LEADS = ["admin", "supervisor"];
const STATUS_COLOR: Record<OldPartReturn["status"], string> = {
  owed: "orange",
  shipped: "blue",
  received: "green",
  scrapped: "default",
};

// What is still owed, grouped by who owes it (the technician) and where it goes back to (the site).
function OwedSummary() {
  const { t } = useTranslation();
  const open = useOpenOldParts().data?.items ?? [];
  if (open.length === 0) return null;
  const groups = new Map<string, { label: string; count: number; overdue: number }>();
  for (const o of open) {
    const key = `${o.technicianId ?? "-"}@${o.site}`;
    const g = groups.get(key) ?? {
      label: `${o.technicianName ?? t("common.dash")} · ${o.site}`,
      count: 0,
      overdue: 0,
    };
    g.count += o.qty;
    if (o.overdue) g.overdue += o.qty;
    groups.set(key, g);
  }
  return (
    <Card
      size="small"
      title={t("parts.oldParts.owedBy")}
      style={{ marginBottom: 12 }}
      data-testid="old-parts-summary"
    >
      <Flex wrap gap={8}>
        {[...groups.values()].map((g) => (
          <Tag key={g.label} color={g.overdue ? "red" : "orange"}>
            {g.label}: {t("parts.oldParts.summary", { count: g.count, overdue: g.overdue })}
          </Tag>
        ))}
      </Flex>
    </Card>
  );
}

// 旧件返还: the defective originals of in-warranty repairs, owed back to the site the new part came
// from; shipped by the technician, received (booked in as defective stock) or scrapped by a lead.
export default function OldPartsPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const user = useUser();
  const sites = useSites();
  const settle = useSettleOldPart();
  useTitle(t("parts.oldParts.title"));
  const step = (o: OldPartReturn, how: OldPartStep) =>
    settle.mutate({ id: o.id, how }, { onSuccess: () => showSuccess(t(`parts.oldParts.done.${how}`)) });
  const open = (o: OldPartReturn) => o.status === "owed" || o.status === "shipped";
  return (
    <>
      <PageHeader title={t("parts.oldParts.title")} />
      <OwedSummary />
      <ResourceTable<OldPartReturn>
        id="parts-old-parts"
        resource="stock"
        path="/stock/old-parts"
        unpaged
        rowKey={(o) => o.id}
        emptyText={t("parts.oldParts.empty")}
        exportName="old-parts"
        scrollX={360}
        filters={[
          {
            key: "status",
            label: t("parts.oldParts.statusFilter"),
            options: [
              { value: "open", label: t("parts.oldParts.open") },
              ...(["owed", "shipped", "received", "scrapped"] as const).map((s) => ({
                value: s,
                label: t(`parts.oldParts.status.${s}`),
              })),
            ],
          },
          {
            key: "site",
            label: t("parts.stock.site"),
            options: (sites.data?.items ?? []).map((s) => ({ value: s.code, label: s.name })),
          },
        ]}
        columns={[
          partColumn<OldPartReturn>(
            t,
            i18n.language,
            (o) => `× ${o.qty}`,
            (o) =>
              o.ticketNumber ? (
                <Link to={`/console/tickets/${encodeURIComponent(o.ticketNumber)}`}>{o.ticketNumber}</Link>
              ) : null,
          ),
          {
            key: "technician",
            title: t("parts.oldParts.technician"),
            csv: (o) => o.technicianName,
            render: (_v, o) => o.technicianName ?? t("common.dash"),
            responsive: ["sm"],
          },
          {
            key: "site",
            title: t("parts.col.site"),
            csv: (o) => o.site,
            render: (_v, o) => o.site,
            responsive: ["md"],
          },
          {
            key: "due",
            title: t("parts.oldParts.due"),
            csv: (o) => o.dueAt.slice(0, 10),
            responsive: ["md"],
            render: (_v, o) => (
              <Typography.Text type={o.overdue ? "danger" : undefined} strong={o.overdue}>
                {fmt.date(o.dueAt)}
              </Typography.Text>
            ),
          },
          {
            key: "status",
            title: t("parts.col.status"),
            csv: (o) => t(`parts.oldParts.status.${o.status}`),
            render: (_v, o) => (
              <Flex wrap gap={4} data-testid="old-part-status">
                <Tag color={STATUS_COLOR[o.status]}>{t(`parts.oldParts.status.${o.status}`)}</Tag>
                {o.overdue ? <Tag color="red">{t("parts.oldParts.overdue")}</Tag> : null}
              </Flex>
            ),
          },
          {
            key: "actions",
            title: t("common.actions"),
            fixedVisible: true,
            width: 200,
            render: (_v, o) =>
              open(o) && HANDLERS.includes(user.role) ? (
                <Flex wrap gap={4}>
                  {o.status === "owed" ? (
                    <Button size="small" data-testid="old-part-ship" onClick={() => step(o, "ship")}>
                      {t("parts.oldParts.ship")}
                    </Button>
                  ) : null}
                  <Button size="small" data-testid="old-part-receive" onClick={() => step(o, "receive")}>
                    {t("parts.oldParts.receive")}
                  </Button>
                  {LEADS.includes(user.role) ? (
                    <Popconfirm title={t("parts.oldParts.scrapConfirm")} onConfirm={() => step(o, "scrap")}>
                      <Button size="small" danger>
                        {t("parts.oldParts.scrap")}
                      </Button>
                    </Popconfirm>
                  ) : null}
                </Flex>
              ) : null,
          },
        ]}
      />
    </>
  );
}
