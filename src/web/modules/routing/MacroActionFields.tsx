import { Divider, Form, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { PRIORITIES } from "../../app/types";
import { PriorityTag } from "../../ui/PriorityTag";
import { StatusTag } from "../../ui/StatusTag";
import { BULK_TARGETS } from "../console/bulk-status";
import { useAgents } from "../users/api";
import { useTeams } from "./triggers-api";

// The "also sets" part of the macro form: every field optional, empty means "leave as is".
export function MacroActionFields() {
  const { t } = useTranslation();
  const teams = useTeams();
  const agents = useAgents();
  const clear = { allowClear: true, placeholder: t("routing.macros.noChange") };
  return (
    <>
      <Divider titlePlacement="start" plain style={{ margin: "8px 0" }}>
        {t("routing.macros.sets")}
      </Divider>
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t("routing.macros.setsHelp")}
      </Typography.Paragraph>
      <Form.Item name={["actions", "status"]} label={t("routing.macros.setStatus")}>
        <Select
          {...clear}
          data-testid="macro-set-status"
          options={BULK_TARGETS.map((s) => ({ value: s, label: <StatusTag status={s} /> }))}
        />
      </Form.Item>
      <Form.Item name={["actions", "priority"]} label={t("routing.macros.setPriority")}>
        <Select
          {...clear}
          data-testid="macro-set-priority"
          options={PRIORITIES.map((p) => ({ value: p, label: <PriorityTag priority={p} /> }))}
        />
      </Form.Item>
      <Form.Item name={["actions", "addTags"]} label={t("routing.macros.addTags")}>
        <Select<string[]>
          mode="tags"
          data-testid="macro-add-tags"
          tokenSeparators={[",", "，", " "]}
          open={false}
          placeholder={t("routing.macros.noChange")}
        />
      </Form.Item>
      <Form.Item name={["actions", "teamId"]} label={t("routing.macros.setTeam")}>
        <Select
          {...clear}
          loading={teams.isPending}
          options={(teams.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
        />
      </Form.Item>
      <Form.Item name={["actions", "assigneeId"]} label={t("routing.macros.setAssignee")}>
        <Select
          {...clear}
          data-testid="macro-set-assignee"
          loading={agents.isPending}
          showSearch={{ optionFilterProp: "label" }}
          options={[
            { value: "me", label: t("routing.macros.me") },
            ...(agents.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
          ]}
        />
      </Form.Item>
    </>
  );
}
