import { Button, Card, Empty, List, Segmented, Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { showError, showSuccess } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { useAcknowledgeAlert, useVocAlerts, type VocAlert } from "./api";

const KIND_COLOR = { complaint_spike: "volcano", watch_word: "red", negative_sentiment: "orange" } as const;

function Summary({ a }: { a: VocAlert }) {
  const { t, i18n } = useTranslation();
  const d = a.details as Record<string, unknown>;
  if (a.kind === "complaint_spike")
    return (
      <Typography.Text>
        {a.dimension ? `${t(`callbacks.alerts.dimension.${a.dimension as "product"}`)}: ` : ""}
        <strong>{i18n.language === "en" && a.labelEn ? a.labelEn : a.label}</strong> ·{" "}
        {t("callbacks.alerts.spike", {
          count: Number(d.count),
          day: String(d.day),
          median: Number(d.median),
        })}
      </Typography.Text>
    );
  return (
    <Space direction="vertical" size={0}>
      <Typography.Text>
        <strong>{a.label}</strong>
        {" · "}
        {t(`callbacks.alerts.source.${String(d.source) as "message"}`)}
        {typeof d.score === "number"
          ? ` · ${t("callbacks.alerts.score", { score: d.score.toFixed(2) })}`
          : ""}
      </Typography.Text>
      {typeof d.excerpt === "string" && (
        <Typography.Text type="secondary" italic>
          “{d.excerpt}”
        </Typography.Text>
      )}
    </Space>
  );
}

// Managers' list of crisis early warnings, each with the tickets behind it.
export default function VocAlertsPage() {
  const { t } = useTranslation();
  useTitle(t("callbacks.alerts.title"));
  const [status, setStatus] = useState<"open" | "acknowledged">("open");
  const query = useVocAlerts(status);
  const ack = useAcknowledgeAlert();
  const rows = query.data ?? [];
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("callbacks.alerts.title")}
        </Typography.Title>
        <Typography.Text type="secondary">{t("callbacks.alerts.intro")}</Typography.Text>
      </div>
      <Segmented
        value={status}
        onChange={(v) => setStatus(v as "open" | "acknowledged")}
        options={[
          { value: "open", label: t("callbacks.alerts.open") },
          { value: "acknowledged", label: t("callbacks.alerts.acknowledged") },
        ]}
      />
      <ListState query={query} empty={rows.length === 0} emptyText={t("callbacks.alerts.empty")}>
        <List
          data-testid="voc-alerts"
          dataSource={rows}
          locale={{ emptyText: <Empty description={t("callbacks.alerts.empty")} /> }}
          renderItem={(a) => (
            <Card size="small" style={{ marginBottom: 12 }}>
              <Space direction="vertical" size="small" style={{ width: "100%" }}>
                <Space wrap style={{ justifyContent: "space-between", width: "100%" }}>
                  <Space wrap>
                    <Tag color={KIND_COLOR[a.kind]}>{t(`callbacks.alerts.kind.${a.kind}`)}</Tag>
                    <Typography.Text type="secondary">
                      {dayjs(a.createdAt).format("YYYY-MM-DD HH:mm")}
                    </Typography.Text>
                  </Space>
                  {a.status === "open" && (
                    <Button
                      size="small"
                      loading={ack.isPending && ack.variables === a.id}
                      onClick={() =>
                        ack.mutate(a.id, {
                          onSuccess: () => showSuccess(t("callbacks.alerts.done")),
                          onError: showError,
                        })
                      }
                    >
                      {t("callbacks.alerts.acknowledge")}
                    </Button>
                  )}
                </Space>
                <Summary a={a} />
                {a.tickets.length > 0 && (
                  <Space wrap size={[8, 4]}>
                    <Typography.Text type="secondary">{t("callbacks.alerts.tickets")}:</Typography.Text>
                    {a.tickets.map((tk) => (
                      <Link key={tk.id} to={`/console/tickets/${tk.number}`}>
                        <Tag>
                          {tk.number} · {tk.subject.length > 24 ? `${tk.subject.slice(0, 24)}…` : tk.subject}
                        </Tag>
                      </Link>
                    ))}
                  </Space>
                )}
              </Space>
            </Card>
          )}
        />
      </ListState>
    </Space>
  );
}
