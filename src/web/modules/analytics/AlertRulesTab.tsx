import {
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Switch,
  Table,
  Tag,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ALERT_DETECTORS, ALERT_DIMENSIONS, ALERT_KPIS, ALERT_SEVERITIES } from "../../../shared/alert-kinds";
import { showError, showSuccess } from "../../app/feedback";
import { ListState } from "../../ui/patterns";
import { FormModal } from "../../ui/patterns/FormModal";
import { useStaffDirectory } from "../admin/settings-api";
import { inLanguage } from "./alert-labels";
import {
  type AlertRule,
  type AlertRuleInput,
  useAlertRules,
  useDeleteAlertRule,
  useSaveAlertRule,
} from "./alerts-api";

const ROLES = ["admin", "supervisor", "agent", "technician", "qa"] as const;
const NEW: Partial<AlertRuleInput> = {
  kpi: "complaint_rate",
  dimension: "product",
  detector: "seasonal",
  sensitivity: 3,
  minVolume: 5,
  roles: ["supervisor"],
  userIds: [],
  regionManagers: false,
  nameEn: null,
  quietStart: "22:00",
  quietEnd: "07:00",
  cooldownHours: 24,
  severity: "warning",
  active: true,
};

function RuleForm({ rule, onClose }: { rule: AlertRule | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveAlertRule(rule?.id ?? null);
  const staff = useStaffDirectory();
  const opts = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as "alerts.title") }));
  return (
    <FormModal<AlertRuleInput>
      as="drawer"
      title={rule ? t("alerts.rules.edit") : t("alerts.rules.add")}
      initialValues={rule ?? NEW}
      onClose={onClose}
      onSubmit={async (v) => {
        await save.mutateAsync({
          ...v,
          nameEn: v.nameEn || null,
          // Only a region rule can tell the region's managers (a rule moved off region stops).
          regionManagers: v.dimension === "region" && Boolean(v.regionManagers),
          quietStart: v.quietStart || null,
          quietEnd: v.quietEnd || null,
        });
        showSuccess(t("alerts.rules.saved"));
      }}
    >
      {() => (
        <>
          <Form.Item name="name" label={t("alerts.rules.name")} rules={[{ required: true, max: 120 }]}>
            <Input data-testid="rule-name" />
          </Form.Item>
          <Form.Item
            name="nameEn"
            label={t("alerts.rules.nameEn")}
            tooltip={t("alerts.rules.nameEnHelp")}
            rules={[{ max: 120 }]}
          >
            <Input data-testid="rule-name-en" allowClear />
          </Form.Item>
          <Space wrap>
            <Form.Item name="kpi" label={t("alerts.rules.kpi")} rules={[{ required: true }]}>
              <Select style={{ minWidth: 200 }} options={opts(ALERT_KPIS, "alerts.kpi")} />
            </Form.Item>
            <Form.Item name="dimension" label={t("alerts.rules.dimension")} rules={[{ required: true }]}>
              <Select style={{ minWidth: 140 }} options={opts(ALERT_DIMENSIONS, "alerts.dimension")} />
            </Form.Item>
          </Space>
          <Form.Item name="detector" label={t("alerts.rules.detector")} rules={[{ required: true }]}>
            <Select options={opts(ALERT_DETECTORS, "alerts.detector")} />
          </Form.Item>
          <Space wrap>
            <Form.Item
              name="sensitivity"
              label={t("alerts.rules.sensitivity")}
              tooltip={t("alerts.rules.sensitivityHelp")}
              rules={[{ required: true }]}
            >
              <InputNumber min={0.0001} step={0.5} />
            </Form.Item>
            <Form.Item
              name="minVolume"
              label={t("alerts.rules.minVolume")}
              tooltip={t("alerts.rules.minVolumeHelp")}
            >
              <InputNumber min={0} precision={0} />
            </Form.Item>
            <Form.Item name="cooldownHours" label={t("alerts.rules.cooldown")}>
              <InputNumber min={0} max={2160} precision={0} />
            </Form.Item>
          </Space>
          <Form.Item noStyle dependencies={["dimension"]}>
            {({ getFieldValue }) =>
              getFieldValue("dimension") === "region" ? (
                <Form.Item
                  name="regionManagers"
                  label={t("alerts.rules.regionManagers")}
                  tooltip={t("alerts.rules.regionManagersHelp")}
                  valuePropName="checked"
                >
                  <Switch data-testid="rule-region-managers" />
                </Form.Item>
              ) : null
            }
          </Form.Item>
          <Form.Item name="roles" label={t("alerts.rules.roles")}>
            <Select mode="multiple" options={opts(ROLES, "alerts.role")} />
          </Form.Item>
          <Form.Item name="userIds" label={t("alerts.rules.users")}>
            <Select
              mode="multiple"
              optionFilterProp="label"
              loading={staff.isPending}
              options={(staff.data?.items ?? [])
                .filter((u) => u.role !== "customer" && u.role !== "dealer" && u.role !== "auditor")
                .map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
          <Form.Item label={t("alerts.rules.quiet")} style={{ marginBottom: 0 }}>
            <Space wrap>
              <Form.Item
                name="quietStart"
                label={t("alerts.rules.quietStart")}
                rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/ }]}
              >
                <Input placeholder="22:00" style={{ width: 100 }} allowClear />
              </Form.Item>
              <Form.Item
                name="quietEnd"
                label={t("alerts.rules.quietEnd")}
                rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/ }]}
              >
                <Input placeholder="07:00" style={{ width: 100 }} allowClear />
              </Form.Item>
            </Space>
          </Form.Item>
          <Space wrap>
            <Form.Item name="severity" label={t("alerts.rules.severity")}>
              <Select style={{ minWidth: 140 }} options={opts(ALERT_SEVERITIES, "alerts.severity")} />
            </Form.Item>
            <Form.Item name="active" label={t("alerts.rules.active")} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Space>
        </>
      )}
    </FormModal>
  );
}

export function AlertRulesTab() {
  const { t, i18n } = useTranslation();
  const q = useAlertRules(true);
  const remove = useDeleteAlertRule();
  const [editing, setEditing] = useState<AlertRule | "new" | null>(null);
  return (
    <Card
      size="small"
      extra={
        <Button type="primary" onClick={() => setEditing("new")} data-testid="rule-add">
          {t("alerts.rules.add")}
        </Button>
      }
    >
      <ListState query={q} empty={(q.data?.items.length ?? 0) === 0} emptyText={t("alerts.rules.empty")}>
        <Table
          size="small"
          rowKey="id"
          data-testid="alert-rules"
          pagination={false}
          scroll={{ x: 900 }}
          dataSource={q.data?.items ?? []}
          columns={[
            {
              title: t("alerts.rules.name"),
              key: "name",
              render: (_, r) => inLanguage(i18n.language, r.name, r.nameEn),
            },
            {
              title: t("alerts.rules.kpi"),
              key: "kpi",
              render: (_, r) => `${t(`alerts.kpi.${r.kpi}`)} · ${t(`alerts.dimension.${r.dimension}`)}`,
            },
            {
              title: t("alerts.rules.detector"),
              key: "d",
              render: (_, r) => `${t(`alerts.detector.${r.detector}`)} (${r.sensitivity})`,
            },
            {
              title: t("alerts.rules.recipients"),
              key: "to",
              render: (_, r) =>
                r.roles
                  .map((x) => <Tag key={x}>{t(`alerts.role.${x}`)}</Tag>)
                  .concat(
                    r.regionManagers ? [<Tag key="rm">{t("alerts.rules.regionManagers")}</Tag>] : [],
                    r.userIds.length ? [<Tag key="u">+{r.userIds.length}</Tag>] : [],
                  ),
            },
            {
              title: t("alerts.rules.quiet"),
              key: "quiet",
              render: (_, r) => (r.quietStart ? `${r.quietStart}–${r.quietEnd}` : t("alerts.rules.none")),
            },
            { title: t("alerts.rules.cooldown"), dataIndex: "cooldownHours", align: "right" },
            {
              title: t("alerts.rules.severity"),
              key: "sev",
              render: (_, r) => (
                <Flex gap={4}>
                  <Tag color={r.severity === "critical" ? "red" : "orange"}>
                    {t(`alerts.severity.${r.severity}`)}
                  </Tag>
                  {!r.active && <Tag>{t("alerts.rules.inactive")}</Tag>}
                </Flex>
              ),
            },
            {
              key: "actions",
              render: (_, r) => (
                <Space>
                  <Button size="small" onClick={() => setEditing(r)}>
                    {t("alerts.rules.edit")}
                  </Button>
                  <Popconfirm
                    title={t("alerts.rules.removeConfirm")}
                    onConfirm={() =>
                      remove.mutate(r.id, {
                        onSuccess: () => showSuccess(t("alerts.rules.removed")),
                        onError: showError,
                      })
                    }
                  >
                    <Button size="small" danger>
                      {t("alerts.rules.remove")}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </ListState>
      {editing && <RuleForm rule={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
