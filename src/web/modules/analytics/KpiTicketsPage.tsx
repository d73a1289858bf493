import { ArrowLeftOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Grid, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useTitle } from "../../app/useTitle";
import { ErrorState, LoadMore } from "../../ui/ListState";
import { PriorityTag } from "../../ui/PriorityTag";
import { StatusTag } from "../../ui/StatusTag";
import { useCatalogue } from "./api";
import { type KpiTickets, useTicketsBehind } from "./report-api";

type Row = KpiTickets["items"][number];

// The tickets behind a dashboard number: the same tickets the KPI was summed from, with their
// count in the heading (a count KPI's list has exactly as many tickets as its card shows).
export default function KpiTicketsPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const kpi = params.get("kpi") ?? "volume";
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  const mine = params.get("mine") === "true";
  const catalogue = useCatalogue();
  const name =
    catalogue.data?.items.find((k) => k.id === kpi)?.name[i18n.language === "en" ? "en" : "zh"] ?? kpi;
  useTitle(t("analytics.drill.title", { kpi: name }));
  const list = useTicketsBehind(kpi, { from, to, mine });
  const phone = !Grid.useBreakpoint().md;
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total;
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: "short", timeStyle: "short" }).format(new Date(iso));
  const columns = [
    {
      key: "number",
      title: t("analytics.drill.number"),
      render: (_: unknown, r: Row) => (
        <Link to={`/console/tickets/${encodeURIComponent(r.number)}`}>{r.number}</Link>
      ),
    },
    { key: "subject", title: t("analytics.drill.subject"), dataIndex: "subject", ellipsis: true },
    {
      key: "status",
      title: t("analytics.drill.status"),
      render: (_: unknown, r: Row) => <StatusTag status={r.status} />,
    },
    ...(phone
      ? []
      : [
          {
            key: "priority",
            title: t("analytics.drill.priority"),
            render: (_: unknown, r: Row) => <PriorityTag priority={r.priority} />,
          },
          {
            key: "assignee",
            title: t("analytics.drill.assignee"),
            render: (_: unknown, r: Row) => r.assigneeName ?? t("analytics.drill.unassigned"),
          },
          {
            key: "created",
            title: t("analytics.drill.created"),
            render: (_: unknown, r: Row) => when(r.createdAt),
          },
        ]),
  ];
  return (
    <Card
      style={{ maxWidth: 1400, margin: "0 auto" }}
      title={
        <Flex vertical style={{ whiteSpace: "normal", padding: "8px 0" }}>
          <span>{t("analytics.drill.title", { kpi: name })}</span>
          <Typography.Text type="secondary" style={{ fontWeight: "normal" }}>
            {t("analytics.drill.range", { from, to })}
            {mine ? ` · ${t("analytics.drill.mine")}` : ""}
          </Typography.Text>
        </Flex>
      }
      extra={
        phone ? null : (
          <Link to={mine ? "/console/my-numbers" : "/console/analytics"}>
            <Button icon={<ArrowLeftOutlined />}>{t("analytics.drill.back")}</Button>
          </Link>
        )
      }
    >
      {list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <>
          <Typography.Title
            level={5}
            data-testid="drill-count"
            data-count={total ?? ""}
            style={{ marginTop: 0 }}
          >
            {total === undefined ? "…" : t("analytics.drill.count", { count: total })}
          </Typography.Title>
          <Table<Row>
            rowKey="id"
            size="small"
            loading={list.isLoading}
            dataSource={items}
            columns={columns}
            pagination={false}
            locale={{ emptyText: t("analytics.drill.empty") }}
            onRow={() => ({ "data-testid": "drill-row" }) as React.HTMLAttributes<HTMLElement>}
          />
          <LoadMore
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onMore={() => void list.fetchNextPage()}
            count={items.length}
          />
        </>
      )}
    </Card>
  );
}
