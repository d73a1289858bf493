import { Card, DatePicker, Flex, List, Select, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { COMPLAINT_NATURES, COMPLAINT_SEVERITIES, COMPLAINT_STATUSES } from "../../../shared/complaints";
import { useFormat } from "../../app/format";
import { useTitle } from "../../app/useTitle";
import { PageHeader, ResourceTable } from "../../ui/patterns";
import { useProductName } from "../../ui/useProductName";
import { useProductSearch } from "../catalog/api";
import { type ComplaintRow, useMyComplaintTasks } from "./api";
import { ComplaintStatusTag, SeverityTag } from "./ComplaintTags";

// The signed-in user's open complaint tasks (their department was pulled in), overdue ones in red.
function MyTasks() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const tasks = useMyComplaintTasks();
  const items = tasks.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card size="small" title={t("complaints.participants.myTasks")} data-testid="my-complaint-tasks">
      <List
        size="small"
        dataSource={items}
        renderItem={(p) => (
          <List.Item>
            <Flex gap={8} wrap align="center">
              <Link to={`/console/tickets/${encodeURIComponent(p.ticketNumber)}`}>{p.ticketNumber}</Link>
              <Tag>{t(`complaints.department.${p.department}`)}</Tag>
              <span>{p.task}</span>
              <Typography.Text type={p.overdue ? "danger" : "secondary"}>
                {fmt.dateTime(p.dueAt)}
                {p.overdue ? ` · ${t("complaints.participants.overdue")}` : ""}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}

// The complaint register: every complaint by nature, severity, status, product and period, with
// the shared table's CSV and Excel export.
export default function ComplaintRegisterPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const productName = useProductName();
  useTitle(t("complaints.register"));
  const [period, setPeriod] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [productId, setProductId] = useState<string | undefined>();
  const [pq, setPq] = useState("");
  const products = useProductSearch(pq);
  const money = (r: ComplaintRow) =>
    r.compensationKind
      ? `${t(`complaints.compensation.${r.compensationKind}`)} ${r.compensationAmount ?? ""}`.trim()
      : "";
  return (
    <Flex vertical gap={12}>
      <PageHeader title={t("complaints.register")} description={t("complaints.registerHelp")} />
      <MyTasks />
      <ResourceTable<ComplaintRow>
        id="complaints"
        resource="complaints"
        path="/complaints"
        rowKey={(r) => r.id}
        emptyText={t("complaints.empty")}
        exportName="complaints"
        scrollX={1100}
        params={{
          productId,
          from: period?.[0]?.format("YYYY-MM-DD"),
          to: period?.[1]?.format("YYYY-MM-DD"),
        }}
        filters={[
          {
            key: "nature",
            label: t("complaints.field.nature"),
            options: COMPLAINT_NATURES.map((n) => ({ value: n, label: t(`complaints.nature.${n}`) })),
          },
          {
            key: "severity",
            label: t("complaints.field.severity"),
            options: COMPLAINT_SEVERITIES.map((s) => ({ value: s, label: t(`complaints.severity.${s}`) })),
          },
          {
            key: "status",
            label: t("complaints.field.status"),
            options: COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`complaints.status.${s}`) })),
          },
        ]}
        toolbarExtra={
          <>
            <Select<string>
              allowClear
              showSearch={{ filterOption: false, onSearch: setPq }}
              placeholder={t("complaints.field.product")}
              style={{ minWidth: 160 }}
              value={productId}
              onChange={setProductId}
              options={(products.data?.items ?? []).map((p) => ({
                value: p.id,
                label: productName(p.name, p.nameEn),
              }))}
              data-testid="register-product"
            />
            <DatePicker.RangePicker
              value={period}
              onChange={(v) => setPeriod(v)}
              allowEmpty={[true, true]}
              data-testid="register-period"
            />
          </>
        }
        columns={[
          {
            key: "number",
            title: t("queue.number"),
            fixedVisible: true,
            render: (_v, r) => (
              <Link to={`/console/tickets/${encodeURIComponent(r.ticketNumber)}`}>{r.ticketNumber}</Link>
            ),
            csv: (r) => r.ticketNumber,
          },
          {
            key: "subject",
            title: t("complaints.field.subject"),
            dataIndex: "subject",
            csv: (r) => r.subject,
          },
          {
            key: "nature",
            title: t("complaints.field.nature"),
            render: (_v, r) => t(`complaints.nature.${r.nature}`),
            csv: (r) => t(`complaints.nature.${r.nature}`),
          },
          {
            key: "severity",
            title: t("complaints.field.severity"),
            render: (_v, r) => <SeverityTag severity={r.severity} />,
            csv: (r) => t(`complaints.severity.${r.severity}`),
          },
          {
            key: "status",
            title: t("complaints.field.status"),
            render: (_v, r) => <ComplaintStatusTag status={r.status} />,
            csv: (r) => t(`complaints.status.${r.status}`),
          },
          {
            key: "customer",
            title: t("complaints.field.customer"),
            render: (_v, r) => r.customerName ?? "",
            csv: (r) => r.customerName,
          },
          {
            key: "product",
            title: t("complaints.field.product"),
            render: (_v, r) => r.productName ?? "",
            csv: (r) => r.productName,
          },
          {
            key: "source",
            title: t("complaints.field.source"),
            render: (_v, r) => t(`channel.${r.sourceChannel}`),
            csv: (r) => t(`channel.${r.sourceChannel}`),
          },
          {
            key: "compensation",
            title: t("complaints.field.compensation"),
            render: (_v, r) => money(r),
            csv: money,
          },
          {
            key: "satisfaction",
            title: t("complaints.field.satisfaction"),
            render: (_v, r) => (r.satisfaction ? t(`complaints.satisfaction.${r.satisfaction}`) : ""),
            csv: (r) => (r.satisfaction ? t(`complaints.satisfaction.${r.satisfaction}`) : ""),
          },
          {
            key: "created",
            title: t("complaints.field.created"),
            render: (_v, r) => fmt.dateTime(r.createdAt),
            csv: (r) => r.createdAt,
          },
        ]}
      />
    </Flex>
  );
}
