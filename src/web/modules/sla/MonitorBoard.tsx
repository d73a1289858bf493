import { SyncOutlined } from "@ant-design/icons";
import { Card, Col, Empty, Flex, Row, Statistic, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Priority } from "../../app/types";
import { ListState } from "../../ui/ListState";
import { PriorityTag } from "../../ui/PriorityTag";
import { SLA_LOOK, SlaTag } from "../../ui/SlaTag";
import { useAgents } from "../users/api";
import { type Monitor, type MonitorTicket, useMonitor, useTeams } from "./api";

type GroupRow = { key: string; teamId: string | null; priority: Priority; warning: number; breached: number };

// One row per team and priority with both counts side by side.
function groupRows(m: Monitor): GroupRow[] {
  const rows = new Map<string, GroupRow>();
  for (const g of m.byGroup) {
    const key = `${g.teamId ?? "none"}|${g.priority}`;
    const row = rows.get(key) ?? { key, teamId: g.teamId, priority: g.priority, warning: 0, breached: 0 };
    row[g.state] += g.count;
    rows.set(key, row);
  }
  return [...rows.values()];
}

// The queue behind a count: the SLA view narrowed to that priority and team.
const queueLink = (state: "warning" | "breached", priority?: Priority, teamId?: string | null) => {
  const p = new URLSearchParams({ view: state === "warning" ? "dueSoon" : "breached" });
  if (priority) p.set("priority", priority);
  if (teamId !== undefined) p.set("team", teamId ?? "none");
  return `/console?${p.toString()}`;
};

function TicketList({ items, empty, testId }: { items: MonitorTicket[]; empty: string; testId: string }) {
  const { t } = useTranslation();
  const agents = useAgents();
  const nameOf = (id: string | null) =>
    id ? (agents.data?.items.find((u) => u.id === id)?.name ?? "") : t("common.unassigned");
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <Table<MonitorTicket>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={items}
      data-testid={testId}
      onRow={(r) =>
        ({ "data-testid": "monitor-ticket", "data-number": r.number, "data-state": r.slaState }) as object
      }
      columns={[
        {
          key: "n",
          title: t("queue.number"),
          width: 140,
          render: (_v, r) => (
            <Link to={`/console/tickets/${encodeURIComponent(r.number)}`} style={{ fontFamily: "monospace" }}>
              {r.number}
            </Link>
          ),
        },
        { key: "s", title: t("queue.subject"), dataIndex: "subject", ellipsis: true },
        {
          key: "p",
          title: t("queue.priority"),
          width: 110,
          render: (_v, r) => <PriorityTag priority={r.priority} />,
        },
        {
          key: "sla",
          title: t("sla.column"),
          width: 160,
          render: (_v, r) => <SlaTag state={r.slaState} dueAt={r.slaDueAt} testId="monitor-sla" />,
        },
        {
          key: "a",
          title: t("queue.assignee"),
          width: 110,
          ellipsis: true,
          render: (_v, r) => nameOf(r.assigneeId),
        },
      ]}
    />
  );
}

// Live at-risk and breached counts by team and priority, refreshed every few seconds.
export function MonitorBoard() {
  const { t } = useTranslation();
  const monitor = useMonitor();
  const teams = useTeams();
  const teamName = (id: string | null) =>
    id ? (teams.data?.items.find((x) => x.id === id)?.name ?? id) : t("sla.monitor.noTeam");
  const m = monitor.data;
  const count = (state: "warning" | "breached", n: number, priority?: Priority, teamId?: string | null) =>
    n > 0 ? (
      <Link to={queueLink(state, priority, teamId)} data-testid={`monitor-count-${state}`}>
        {n}
      </Link>
    ) : (
      <Typography.Text type="secondary">0</Typography.Text>
    );

  return (
    <ListState query={monitor} empty={!m} emptyText={t("sla.monitor.emptyGroups")} rows={6}>
      {m ? (
        <Flex vertical gap={16}>
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Link to={queueLink("warning")} data-testid="monitor-at-risk">
                <Card size="small">
                  <Statistic
                    title={t("sla.monitor.atRisk")}
                    value={m.atRisk}
                    prefix={SLA_LOOK.warning.icon}
                    styles={{ content: { color: "#fa8c16" } }}
                  />
                </Card>
              </Link>
            </Col>
            <Col xs={12} md={6}>
              <Link to={queueLink("breached")} data-testid="monitor-breached">
                <Card size="small">
                  <Statistic
                    title={t("sla.monitor.breached")}
                    value={m.breached}
                    prefix={SLA_LOOK.breached.icon}
                    styles={{ content: { color: "#f5222d" } }}
                  />
                </Card>
              </Link>
            </Col>
            <Col xs={24} md={12} style={{ alignSelf: "center" }}>
              <Typography.Text type="secondary">
                <SyncOutlined spin={monitor.isFetching} aria-hidden /> {t("sla.monitor.refresh")}
              </Typography.Text>
            </Col>
          </Row>
          <Card size="small" title={t("sla.monitor.byGroup")}>
            {m.byGroup.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("sla.monitor.emptyGroups")} />
            ) : (
              <Table<GroupRow>
                size="small"
                rowKey="key"
                pagination={false}
                dataSource={groupRows(m)}
                columns={[
                  { key: "team", title: t("sla.monitor.team"), render: (_v, r) => teamName(r.teamId) },
                  {
                    key: "p",
                    title: t("sla.monitor.priority"),
                    render: (_v, r) => <PriorityTag priority={r.priority} />,
                  },
                  {
                    key: "w",
                    title: t("sla.monitor.atRisk"),
                    render: (_v, r) => count("warning", r.warning, r.priority, r.teamId),
                  },
                  {
                    key: "b",
                    title: t("sla.monitor.breached"),
                    render: (_v, r) => count("breached", r.breached, r.priority, r.teamId),
                  },
                ]}
              />
            )}
          </Card>
          <Card size="small" title={t("sla.monitor.breachedList")}>
            <TicketList
              items={m.breachedTickets}
              empty={t("sla.monitor.emptyBreached")}
              testId="monitor-breached-list"
            />
          </Card>
          <Card size="small" title={t("sla.monitor.atRiskList")}>
            <TicketList
              items={m.atRiskTickets}
              empty={t("sla.monitor.emptyAtRisk")}
              testId="monitor-at-risk-list"
            />
          </Card>
        </Flex>
      ) : null}
    </ListState>
  );
}
