import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Popconfirm, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { showError, showSuccess } from "../../app/feedback";
import type { SlaPolicy } from "../../app/types";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { PriorityTag } from "../../ui/PriorityTag";
import { TierBadge } from "../../ui/TierBadge";
import { TypeTag } from "../../ui/TypeTag";
import { useCalendars, useDeletePolicy, usePolicies } from "./api";
import { DuePreview } from "./DuePreview";
import { PolicyForm } from "./PolicyForm";

// Admin: SLA policies (match, targets, warning, pauses, escalation ladder) and a due-time preview.
export default function PoliciesPage() {
  const { t } = useTranslation();
  useTitle(t("sla.policies.title"));
  const policies = usePolicies();
  const calendars = useCalendars();
  const del = useDeletePolicy();
  const [editing, setEditing] = useState<SlaPolicy | null | "new">(null);
  const items = policies.data?.items ?? [];
  const calendarName = (id: string) => calendars.data?.items.find((c) => c.id === id)?.name ?? id;
  const mins = (n: number | undefined) =>
    n === undefined ? t("common.dash") : t("sla.policies.minutes", { n });

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1500, margin: "0 auto" }}>
      <Card
        title={t("sla.policies.title")}
        extra={
          <Flex gap={8} align="center">
            <Link to="/admin/calendars">{t("sla.nav.calendars")}</Link>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing("new")}
              data-testid="policy-new"
            >
              {t("sla.policies.new")}
            </Button>
          </Flex>
        }
      >
        <ListState query={policies} empty={items.length === 0} emptyText={t("sla.policies.empty")}>
          <Table<SlaPolicy>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={items}
            onRow={(r) => ({ "data-testid": "policy-row", "data-name": r.name }) as object}
            columns={[
              { key: "n", title: t("sla.policies.name"), dataIndex: "name" },
              {
                key: "m",
                title: t("sla.policies.match"),
                render: (_v, p) =>
                  !p.match.priority && !p.match.tier && !p.match.type ? (
                    <Typography.Text type="secondary">{t("sla.policies.any")}</Typography.Text>
                  ) : (
                    <Space size={2} wrap>
                      {p.match.priority ? <PriorityTag priority={p.match.priority} /> : null}
                      {p.match.tier ? <TierBadge tier={p.match.tier} /> : null}
                      {p.match.type ? <TypeTag type={p.match.type} /> : null}
                    </Space>
                  ),
              },
              { key: "c", title: t("sla.policies.calendar"), render: (_v, p) => calendarName(p.calendarId) },
              {
                key: "t",
                title: t("sla.policies.targets"),
                render: (_v, p) => (
                  <div style={{ fontSize: 12 }}>
                    <div>
                      {t("sla.metric.first_response")}: {mins(p.targets.firstResponseMinutes)}
                    </div>
                    {p.targets.nextResponseMinutes ? (
                      <div>
                        {t("sla.metric.next_response")}: {mins(p.targets.nextResponseMinutes)}
                      </div>
                    ) : null}
                    <div>
                      {t("sla.metric.resolution")}: {mins(p.targets.resolutionMinutes)}
                    </div>
                  </div>
                ),
              },
              { key: "w", title: t("sla.policies.warnAt"), render: (_v, p) => `${p.warnAtPercent} %` },
              {
                key: "p",
                title: t("sla.policies.pauseOn"),
                render: (_v, p) => p.pauseOn.map((s) => <Tag key={s}>{t(`status.${s}`)}</Tag>),
              },
              {
                key: "e",
                title: t("sla.policies.escalation"),
                render: (_v, p) => (
                  <Space size={2} wrap>
                    {p.escalation.map((s) => (
                      <Tag key={s.level} color="red">
                        L{s.level} · {mins(s.afterMinutes)}
                      </Tag>
                    ))}
                    {p.goldenChannel ? <Tag color="gold">{t("sla.panel.source.golden")}</Tag> : null}
                  </Space>
                ),
              },
              {
                key: "x",
                title: t("common.actions"),
                width: 110,
                render: (_v, p) => (
                  <Space size={0}>
                    <Button
                      type="link"
                      size="small"
                      icon={<EditOutlined />}
                      aria-label={t("common.edit")}
                      onClick={() => setEditing(p)}
                    />
                    <Popconfirm
                      title={t("sla.policies.confirmDelete")}
                      onConfirm={() =>
                        del.mutate(p.id, {
                          onSuccess: () => showSuccess(t("sla.policies.deleted")),
                          onError: showError,
                        })
                      }
                    >
                      <Button
                        type="link"
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t("sla.calendars.remove")}
                        disabled={del.isPending}
                      />
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
        </ListState>
      </Card>
      {calendars.data ? <DuePreview calendarId={calendars.data.items[0]?.id} /> : null}
      {editing ? (
        <PolicyForm policy={editing === "new" ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </Flex>
  );
}
