import { Button, Flex, Grid, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useUser } from "../../app/auth";
import { showSuccess } from "../../app/feedback";
import { useFormat } from "../../app/format";
import { useTitle } from "../../app/useTitle";
import { PageHeader, ResourceTable } from "../../ui/patterns";
import { partName, type Transfer, useReceiveTransfer, useSites } from "./api";
import { TransferModal } from "./TransferModal";

const HANDLERS = ["admin", "supervisor", "agent", "technician"];

// Stock moving between sites: what, from where to where, the shipment and its tracking, and
// "receive" at the destination for what is still in transit.
export default function TransfersPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const user = useUser();
  const sites = useSites();
  const receive = useReceiveTransfer();
  const [creating, setCreating] = useState(false);
  // On a phone the tracking column is hidden: the tracking number goes under the part instead.
  const wide = Grid.useBreakpoint().sm ?? true;
  const handler = HANDLERS.includes(user.role);
  useTitle(t("parts.transfers.title"));
  return (
    <>
      <PageHeader title={t("parts.transfers.title")} />
      <ResourceTable<Transfer>
        id="parts-transfers"
        resource="stock"
        path="/stock/transfers"
        unpaged
        rowKey={(r) => r.id}
        emptyText={t("parts.transfers.empty")}
        exportName="transfers"
        scrollX={360}
        filters={[
          {
            key: "site",
            label: t("parts.stock.site"),
            options: (sites.data?.items ?? []).map((s) => ({ value: s.code, label: s.name })),
          },
          {
            key: "status",
            label: t("parts.col.status"),
            options: (["in_transit", "received"] as const).map((s) => ({
              value: s,
              label: t(`parts.transfers.status.${s}`),
            })),
          },
        ]}
        createLabel={handler ? t("parts.transfers.new") : undefined}
        onCreate={handler ? () => setCreating(true) : undefined}
        columns={[
          {
            key: "part",
            title: t("parts.col.name"),
            fixedVisible: true,
            csv: (r) => `${r.partNo} ${partName(r, i18n.language)}`,
            render: (_v, r) => (
              <Flex vertical gap={2}>
                <span>
                  <Link to={`/console/parts/${encodeURIComponent(r.partNo)}`}>{r.partNo}</Link>{" "}
                  {partName(r, i18n.language)} × {r.qty}
                </span>
                <Typography.Text type="secondary">
                  {r.fromName} → {r.toName}
                </Typography.Text>
                {wide ? null : <Typography.Text copyable>{r.shipment.trackingNo}</Typography.Text>}
              </Flex>
            ),
          },
          {
            key: "status",
            title: t("parts.col.status"),
            width: 110,
            csv: (r) => t(`parts.transfers.status.${r.status}`),
            render: (_v, r) => (
              <Tag color={r.status === "received" ? "green" : "blue"} data-testid="transfer-status">
                {t(`parts.transfers.status.${r.status}`)}
              </Tag>
            ),
          },
          {
            key: "tracking",
            title: t("parts.transfers.tracking"),
            csv: (r) => r.shipment.trackingNo,
            responsive: ["sm"],
            render: (_v, r) => (
              <Flex vertical gap={2} data-testid="transfer-tracking">
                <Typography.Text copyable>{r.shipment.trackingNo}</Typography.Text>
                {r.shipment.events.map((e) => (
                  <Typography.Text key={`${e.status}-${e.at}`} type="secondary" style={{ fontSize: 12 }}>
                    {fmt.dateTime(e.at)} · {t(`parts.transfers.event.${e.status}`, { place: e.place })}
                  </Typography.Text>
                ))}
              </Flex>
            ),
          },
          {
            key: "carrier",
            title: t("parts.transfers.carrier"),
            csv: (r) => r.shipment.carrier,
            render: (_v, r) =>
              r.shipment.carrier === "local" ? t("parts.transfers.carrierName.local") : r.shipment.carrier,
            responsive: ["lg"],
          },
          {
            key: "actions",
            title: t("common.actions"),
            fixedVisible: true,
            width: 100,
            render: (_v, r) =>
              r.status === "in_transit" && handler ? (
                <Button
                  size="small"
                  data-testid="receive-transfer"
                  loading={receive.isPending && receive.variables === r.id}
                  onClick={() =>
                    receive.mutate(r.id, {
                      onSuccess: (done) =>
                        showSuccess(
                          [
                            t("parts.transfers.received", { site: done.toName }),
                            done.filled?.length
                              ? t("parts.transfers.filled", { count: done.filled.length })
                              : "",
                          ]
                            .filter(Boolean)
                            .join(" · "),
                        ),
                    })
                  }
                >
                  {t("parts.transfers.receive")}
                </Button>
              ) : null,
          },
        ]}
      />
      {creating ? <TransferModal onClose={() => setCreating(false)} /> : null}
    </>
  );
}
