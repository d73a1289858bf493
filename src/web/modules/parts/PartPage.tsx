import { Button, Card, Descriptions, Result, Skeleton, Table, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useFormat } from "../../app/format";
import { useTitle } from "../../app/useTitle";
import { DetailLayout } from "../../ui/patterns";
import { useStaffNames } from "../users/api";
import { partName, usePart, usePartMovements, usePartStock } from "./api";
import { ReceiptModal } from "./ReceiptModal";

// One part: what it is, where it is in stock, and every movement of it (newest first).
export default function PartPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { partNo = "" } = useParams();
  const part = usePart(partNo);
  const stock = usePartStock(partNo);
  const moves = usePartMovements(partNo);
  const names = useStaffNames();
  const [receiving, setReceiving] = useState(false);
  useTitle(part.data ? `${part.data.partNo} ${partName(part.data, i18n.language)}` : t("parts.stock.title"));
  if (part.isLoading) return <Skeleton active />;
  if (!part.data) return <Result status="404" title={t("parts.part.notFound")} />;
  const p = part.data;
  return (
    <DetailLayout
      backTo="/console/parts"
      title={`${p.partNo} · ${partName(p, i18n.language)}`}
      subtitle={i18n.language.startsWith("en") ? p.name : (p.nameEn ?? undefined)}
      actions={
        <Button type="primary" onClick={() => setReceiving(true)}>
          {t("parts.stock.receive")}
        </Button>
      }
      side={
        <Card size="small">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t("parts.part.price")}>
              {p.price === null ? t("common.dash") : `¥${p.price.toFixed(2)}`}
            </Descriptions.Item>
            <Descriptions.Item label={t("parts.part.unit")}>{p.unit}</Descriptions.Item>
            <Descriptions.Item label={t("parts.part.compatible")}>
              {p.compatibleSkus.length
                ? p.compatibleSkus.map((s) => <Tag key={s}>{s}</Tag>)
                : t("common.dash")}
            </Descriptions.Item>
            <Descriptions.Item label={t("parts.part.substitutes")}>
              {p.substitutes.length ? p.substitutes.map((s) => <Tag key={s}>{s}</Tag>) : t("common.dash")}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      }
    >
      <Card size="small" title={t("parts.part.bySite")}>
        <Table
          size="small"
          rowKey="site"
          pagination={false}
          loading={stock.isLoading}
          dataSource={stock.data?.items ?? []}
          locale={{ emptyText: t("parts.part.noStock") }}
          scroll={{ x: 320 }}
          columns={[
            {
              key: "site",
              title: t("parts.col.site"),
              render: (_v, l) => (
                <span>
                  {l.siteName} <Tag>{t(`parts.siteKind.${l.siteKind}`)}</Tag>
                  {l.low ? <Tag color="orange">{t("parts.stock.low")}</Tag> : null}
                </span>
              ),
            },
            {
              key: "onHand",
              title: t("parts.col.onHand"),
              align: "right",
              dataIndex: "onHand",
              responsive: ["sm"],
            },
            {
              key: "reserved",
              title: t("parts.col.reserved"),
              align: "right",
              dataIndex: "reserved",
              responsive: ["sm"],
            },
            {
              key: "available",
              title: t("parts.col.available"),
              align: "right",
              width: 80,
              render: (_v, l) => <strong>{l.available}</strong>,
            },
            {
              key: "defective",
              title: t("parts.col.defective"),
              align: "right",
              dataIndex: "defective",
              responsive: ["md"],
            },
          ]}
        />
      </Card>
      <Card size="small" title={t("parts.part.movements")}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          loading={moves.isLoading}
          dataSource={moves.data?.items ?? []}
          locale={{ emptyText: t("parts.part.noMovements") }}
          scroll={{ x: 320 }}
          columns={[
            { key: "at", title: t("parts.col.at"), render: (_v, m) => fmt.dateTime(m.createdAt), width: 170 },
            { key: "kind", title: t("parts.col.kind"), render: (_v, m) => t(`parts.movement.${m.kind}`) },
            { key: "qty", title: t("parts.col.qty"), align: "right", dataIndex: "qty" },
            { key: "site", title: t("parts.col.site"), dataIndex: "site", responsive: ["sm"] },
            {
              key: "by",
              title: t("parts.col.by"),
              render: (_v, m) => (m.actorId ? (names(m.actorId) ?? m.actorId) : t("common.dash")),
              responsive: ["md"],
            },
            { key: "note", title: t("parts.col.note"), render: (_v, m) => m.note ?? "", responsive: ["lg"] },
          ]}
        />
      </Card>
      {receiving ? <ReceiptModal partNo={p.partNo} onClose={() => setReceiving(false)} /> : null}
    </DetailLayout>
  );
}
