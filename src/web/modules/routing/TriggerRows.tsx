import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Flex, Form, Input, Select, Switch } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CHANNELS, PRIORITIES, STATUSES, TICKET_TYPES, TIERS } from "../../app/types";
import { useAgents } from "../users/api";
import { ACTION_KINDS, type ActionKind, LIST_FIELDS, useTeams } from "./triggers-api";

// The trigger form's rows: one per condition and one per action, fields depending on the kind.
const FIELDS = [...LIST_FIELDS, "keywords", "outOfWarranty"] as const;
type Field = (typeof FIELDS)[number];
export type CondValues = { field: Field; op?: "in" | "not_in"; values?: string[]; value?: boolean };
export type ActValues = {
  kind: ActionKind;
  value?: string;
  tags?: string[];
  teamId?: string;
  userId?: string;
  body?: string;
  to?: string;
  message?: string;
};

function useOptions() {
  const { t } = useTranslation();
  const agents = useAgents();
  const teams = useTeams();
  const enumOptions: Partial<Record<Field, { value: string; label: string }[]>> = {
    type: TICKET_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) })),
    priority: PRIORITIES.map((v) => ({ value: v, label: t(`priority.${v}`) })),
    channel: CHANNELS.map((v) => ({ value: v, label: t(`channel.${v}`, { defaultValue: v }) })),
    status: STATUSES.map((v) => ({ value: v, label: t(`status.${v}`) })),
    tier: TIERS.map((v) => ({ value: v, label: t(`tier.${v}`) })),
  };
  return {
    enumOptions,
    agents: (agents.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
    teams: (teams.data?.items ?? []).map((x) => ({ value: x.id, label: x.name })),
  };
}

export function ConditionRows() {
  const { t } = useTranslation();
  const { enumOptions } = useOptions();
  const required = { required: true, message: t("validation.required") };
  return (
    <Form.List name="conditions">
      {(rows, { add, remove }) => (
        <Flex vertical gap={8}>
          {rows.length === 0 ? (
            <span style={{ color: "#8c8c8c" }}>{t("routing.triggers.noConditions")}</span>
          ) : null}
          {rows.map(({ key, name }) => (
            <Flex key={key} gap={8} align="flex-start" wrap data-testid="trigger-condition">
              <Form.Item name={[name, "field"]} rules={[required]} style={{ marginBottom: 0, width: 170 }}>
                <Select
                  aria-label={t("routing.triggers.field")}
                  options={FIELDS.map((f) => ({ value: f, label: t(`routing.triggers.fields.${f}`) }))}
                />
              </Form.Item>
              <Form.Item noStyle dependencies={[["conditions", name, "field"]]}>
                {({ getFieldValue }) => {
                  const field = getFieldValue(["conditions", name, "field"]) as Field | undefined;
                  if (field === "outOfWarranty")
                    return (
                      <Form.Item name={[name, "value"]} valuePropName="checked" style={{ marginBottom: 0 }}>
                        <Switch aria-label={t("routing.triggers.outOfWarranty")} />
                      </Form.Item>
                    );
                  const opts = field ? enumOptions[field] : undefined;
                  return (
                    <>
                      {field !== "keywords" ? (
                        <Form.Item
                          name={[name, "op"]}
                          initialValue="in"
                          style={{ marginBottom: 0, width: 130 }}
                        >
                          <Select
                            aria-label={t("routing.triggers.op")}
                            options={[
                              { value: "in", label: t("routing.triggers.in") },
                              { value: "not_in", label: t("routing.triggers.not_in") },
                            ]}
                          />
                        </Form.Item>
                      ) : null}
                      <Form.Item
                        name={[name, "values"]}
                        rules={[{ required: true, type: "array", min: 1, message: t("validation.required") }]}
                        style={{ marginBottom: 0, flex: 1, minWidth: 200 }}
                      >
                        <Select<string[]>
                          mode={opts ? "multiple" : "tags"}
                          options={opts}
                          tokenSeparators={opts ? undefined : [",", "，"]}
                          open={opts ? undefined : false}
                          aria-label={t("routing.triggers.values")}
                          placeholder={
                            field === "keywords"
                              ? t("routing.triggers.keywordsHint")
                              : t("routing.triggers.values")
                          }
                        />
                      </Form.Item>
                    </>
                  );
                }}
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                onClick={() => remove(name)}
                aria-label={t("routing.macros.delete")}
              />
            </Flex>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ field: "type", op: "in", values: [] })}
            style={{ alignSelf: "flex-start" }}
          >
            {t("routing.triggers.addCondition")}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

function ActionFields({ name, kind }: { name: number; kind: ActionKind | undefined }) {
  const { t } = useTranslation();
  const { enumOptions, agents, teams } = useOptions();
  const required = { required: true, whitespace: true, message: t("validation.required") };
  const item = (field: string, node: ReactNode, flex = 1) => (
    <Form.Item name={[name, field]} rules={[required]} style={{ marginBottom: 0, flex, minWidth: 180 }}>
      {node}
    </Form.Item>
  );
  switch (kind) {
    case "set_priority":
      return item(
        "value",
        <Select options={enumOptions.priority} aria-label={t("routing.triggers.value")} />,
      );
    case "set_type":
      return item("value", <Select options={enumOptions.type} aria-label={t("routing.triggers.value")} />);
    case "add_tags":
      return (
        <Form.Item
          name={[name, "tags"]}
          rules={[{ required: true, type: "array", min: 1, message: t("validation.required") }]}
          style={{ marginBottom: 0, flex: 1, minWidth: 180 }}
        >
          <Select<string[]>
            mode="tags"
            open={false}
            tokenSeparators={[",", "，", " "]}
            aria-label={t("routing.triggers.tags")}
          />
        </Form.Item>
      );
    case "set_team":
    case "assign_team":
      return item("teamId", <Select options={teams} aria-label={t("routing.triggers.team")} />);
    case "assign_user":
      return item(
        "userId",
        <Select
          options={agents}
          showSearch={{ optionFilterProp: "label" }}
          aria-label={t("routing.triggers.user")}
        />,
      );
    case "internal_note":
    case "reply":
      return item(
        "body",
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 6 }}
          maxLength={5000}
          aria-label={t("routing.triggers.body")}
        />,
        2,
      );
    case "notify":
      return (
        <>
          {item(
            "to",
            <Select
              aria-label={t("routing.triggers.to")}
              options={[
                { value: "assignee", label: t("routing.triggers.toAssignee") },
                { value: "supervisors", label: t("routing.triggers.toSupervisors") },
                ...agents,
              ]}
            />,
          )}
          {item(
            "message",
            <Input
              maxLength={5000}
              aria-label={t("routing.triggers.message")}
              placeholder={t("routing.triggers.message")}
            />,
            2,
          )}
        </>
      );
    default:
      return null;
  }
}

export function ActionRows() {
  const { t } = useTranslation();
  return (
    <Form.List
      name="actions"
      rules={[
        {
          validator: async (_r, rows: unknown[]) => {
            if (!rows || rows.length === 0) throw new Error(t("routing.triggers.actionRequired"));
          },
        },
      ]}
    >
      {(rows, { add, remove }, { errors }) => (
        <Flex vertical gap={8}>
          {rows.map(({ key, name }) => (
            <Flex key={key} gap={8} align="flex-start" wrap data-testid="trigger-action">
              <Form.Item
                name={[name, "kind"]}
                rules={[{ required: true, message: t("validation.required") }]}
                style={{ marginBottom: 0, width: 170 }}
              >
                <Select
                  aria-label={t("routing.triggers.kind")}
                  options={ACTION_KINDS.map((k) => ({ value: k, label: t(`routing.triggers.kinds.${k}`) }))}
                />
              </Form.Item>
              <Form.Item noStyle dependencies={[["actions", name, "kind"]]}>
                {({ getFieldValue }) => (
                  <ActionFields
                    name={name}
                    kind={getFieldValue(["actions", name, "kind"]) as ActionKind | undefined}
                  />
                )}
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                onClick={() => remove(name)}
                aria-label={t("routing.macros.delete")}
              />
            </Flex>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ kind: "set_priority" })}
            style={{ alignSelf: "flex-start" }}
          >
            {t("routing.triggers.addAction")}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
