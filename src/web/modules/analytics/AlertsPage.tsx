import { Button, Card, Flex, Table, Tabs, Tag } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useAuth } from "../../app/auth";
import { showError, showSuccess } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { ListState, PageHeader } from "../../ui/patterns";
import { AlertEvidence, alertValue } from "./AlertEvidence";
import { AlertRulesTab } from "./AlertRulesTab";
import { alertSubject, inLanguage } from "./alert-labels";
import { type Alert, useAlerts, useCheckAlerts } from "./alerts-api";

function Inbox() {
  const { t, i18n } = useTranslation();
  const q = useAlerts();
  const [params, setParams] = useSearchParams();
  const openId = params.get("alert");
  const open = q.data?.items.find((a) => a.id === openId) ?? null;
  const show = (a: Alert | null) =>
    setParams((p) => {
      if (a) p.set("alert", a.id);
      else p.delete("alert");
      return p;
    });
  return (
    <Card size="small">
      <ListState query={q} empty={(q.data?.items.length ?? 0) === 0} emptyText={t("alerts.empty")}>
        <Table
          size="small"
          rowKey="id"
          data-testid="alerts"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 900 }}
          dataSource={q.data?.items ?? []}
          columns={[
            {
              title: t("alerts.col.raised"),
              key: "raised",
              render: (_, a) => dayjs(a.raisedAt).format("YYYY-MM-DD HH:mm"),
            },
            {
              title: t("alerts.col.rule"),
              key: "rule",
              render: (_, a) => inLanguage(i18n.language, a.ruleName, a.ruleNameEn),
            },
            {
              title: t("alerts.col.what"),
              key: "what",
              render: (_, a) => (
                <span>
                  <Tag color="red">{t(`alerts.kpi.${a.kpi}`)}</Tag>
                  {t(`alerts.dimension.${a.dimension}`)}: {alertSubject(t, i18n.language, a)}
                </span>
              ),
            },
            { title: t("alerts.col.day"), dataIndex: "day" },
            {
              title: t("alerts.col.value"),
              key: "v",
              align: "right",
              render: (_, a) => alertValue(a.kpi, a.evidence.value),
            },
            {
              title: t("alerts.col.baseline"),
              key: "b",
              align: "right",
              render: (_, a) => alertValue(a.kpi, a.evidence.baseline),
            },
            {
              title: t("alerts.col.status"),
              key: "s",
              render: (_, a) => (
                <Flex gap={4} wrap>
                  <Tag color={a.severity === "critical" ? "red" : "orange"}>
                    {t(`alerts.severity.${a.severity}`)}
                  </Tag>
                  <Tag color={a.status === "held" ? "default" : "green"}>
                    {t(`alerts.status.${a.status}`)}
                  </Tag>
                </Flex>
              ),
            },
            {
              key: "evidence",
              render: (_, a) => (
                <Button size="small" onClick={() => show(a)} data-testid="alert-open-evidence">
                  {t("alerts.openEvidence")}
                </Button>
              ),
            },
          ]}
        />
      </ListState>
      {open && <AlertEvidence alert={open} onClose={() => show(null)} />}
    </Card>
  );
}

export default function AlertsPage() {
  const { t } = useTranslation();
  useTitle(t("alerts.title"));
  const { user } = useAuth();
  const lead = user?.role === "admin" || user?.role === "supervisor";
  const check = useCheckAlerts();
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1400, margin: "0 auto" }}>
      <PageHeader title={t("alerts.title")} description={t("alerts.intro")} />
      {lead ? (
        <Tabs
          tabBarExtraContent={
            <Button
              loading={check.isPending}
              data-testid="alerts-check"
              onClick={() =>
                check.mutate(undefined, {
                  onSuccess: (r) => showSuccess(t("alerts.checked", r)),
                  onError: showError,
                })
              }
            >
              {t("alerts.check")}
            </Button>
          }
          items={[
            { key: "inbox", label: t("alerts.tabs.inbox"), children: <Inbox /> },
            { key: "rules", label: t("alerts.tabs.rules"), children: <AlertRulesTab /> },
          ]}
        />
      ) : (
        <Inbox />
      )}
    </Flex>
  );
}
