import { ArrowDownOutlined, ArrowUpOutlined } from "@ant-design/icons";
import { Button, Col, Row, Space, Switch, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showError, showSuccess } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { EditDeleteButtons } from "../../ui/patterns/EditDeleteButtons";
import { ListCard } from "../../ui/patterns/ListCard";
import { DryRunBox, useDescribe } from "./DryRunBox";
import { TriggerModal } from "./TriggerForm";
import {
  type Trigger,
  useDeleteTrigger,
  useReorderTriggers,
  useSaveTrigger,
  useTriggers,
} from "./triggers-api";

type Editing = { trigger: Trigger | null };

// Admin: triggers in the order they run, edited with forms, plus a dry run against a real ticket.
export default function TriggersPage() {
  const { t } = useTranslation();
  useTitle(t("routing.triggers.title"));
  const list = useTriggers();
  const save = useSaveTrigger();
  const del = useDeleteTrigger();
  const reorder = useReorderTriggers();
  const describe = useDescribe();
  const [editing, setEditing] = useState<Editing | null>(null);
  const items = [...(list.data?.items ?? [])].sort((a, b) => a.position - b.position);

  const move = (i: number, by: -1 | 1) => {
    const ids = items.map((x) => x.id);
    const j = i + by;
    const a = ids[i];
    const b = ids[j];
    if (a === undefined || b === undefined) return;
    ids[i] = b;
    ids[j] = a;
    reorder.mutate(ids, { onError: showError });
  };

  return (
    <Row gutter={[16, 16]} style={{ maxWidth: 1600, margin: "0 auto" }}>
      <Col xs={24} xl={16}>
        <ListCard<Trigger>
          title={t("routing.triggers.title")}
          create={{
            label: t("routing.triggers.new"),
            onClick: () => setEditing({ trigger: null }),
            testId: "trigger-create",
          }}
          query={list}
          items={items}
          emptyText={t("routing.triggers.empty")}
          scrollX={760}
          columns={[
            {
              key: "order",
              width: 90,
              render: (_v, _x, i) => (
                <Space size={2}>
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowUpOutlined />}
                    aria-label={t("routing.triggers.moveUp")}
                    disabled={i === 0 || reorder.isPending}
                    onClick={() => move(i, -1)}
                  />
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowDownOutlined />}
                    aria-label={t("routing.triggers.moveDown")}
                    disabled={i === items.length - 1 || reorder.isPending}
                    onClick={() => move(i, 1)}
                  />
                </Space>
              ),
            },
            {
              key: "name",
              title: t("routing.triggers.name"),
              render: (_v, x) => (
                <Space direction="vertical" size={2}>
                  <Typography.Text strong>{x.name}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {x.conditions.length === 0
                      ? t("routing.triggers.noConditions")
                      : `${x.match === "all" ? t("routing.triggers.matchAll") : t("routing.triggers.matchAny")}: ${x.conditions.map(describe.condition).join(x.match === "all" ? " · " : " | ")}`}
                  </Typography.Text>
                  <Typography.Text style={{ fontSize: 12 }}>
                    → {x.actions.map(describe.action).join("; ")}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              key: "event",
              title: t("routing.triggers.event"),
              width: 130,
              render: (_v, x) => <Tag>{t(`routing.triggers.${x.event}`)}</Tag>,
            },
            {
              key: "active",
              title: t("routing.triggers.active"),
              width: 80,
              render: (_v, x) => (
                <Switch
                  size="small"
                  checked={x.active}
                  aria-label={t("routing.triggers.active")}
                  loading={save.isPending && save.variables?.id === x.id}
                  onChange={(active) => save.mutate({ id: x.id, input: { active } }, { onError: showError })}
                />
              ),
            },
            {
              key: "actions",
              title: t("common.actions"),
              width: 150,
              render: (_v, x) => (
                <EditDeleteButtons
                  onEdit={() => setEditing({ trigger: x })}
                  onDelete={() =>
                    del.mutateAsync(x.id).then(() => showSuccess(t("routing.triggers.deleted")), showError)
                  }
                  deleteConfirm={t("routing.triggers.deleteConfirm")}
                  deleteLabel={t("routing.macros.delete")}
                />
              ),
            },
          ]}
        />
      </Col>
      <Col xs={24} xl={8}>
        <DryRunBox />
      </Col>
      {editing ? <TriggerModal trigger={editing.trigger} onClose={() => setEditing(null)} /> : null}
    </Row>
  );
}
