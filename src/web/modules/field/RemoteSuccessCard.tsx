import { Card, Statistic, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../ui/ListState";
import { useRemoteDiagnosisSuccess } from "./api";

const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 1000) / 10} %`);

// How often a remote diagnosis solves the problem without a trip, per month and product line: the
// supervisor's figure for how much to try on the phone first.
export function RemoteSuccessCard() {
  const { t } = useTranslation();
  const q = useRemoteDiagnosisSuccess(true);
  const d = q.data;
  return (
    <Card size="small" title={t("field.remoteSuccess.title")} style={{ marginTop: 16 }} loading={q.isPending}>
      {q.isError ? <ErrorState error={q.error} onRetry={() => void q.refetch()} /> : null}
      {d ? (
        <>
          <Typography.Paragraph type="secondary">
            {t("field.remoteSuccess.hint", { since: d.since })}
          </Typography.Paragraph>
          <Statistic
            title={t("field.remoteSuccess.total")}
            value={percent(d.total.rate)}
            suffix={
              <Typography.Text type="secondary">{`${d.total.solvedRemotely} / ${d.total.remote}`}</Typography.Text>
            }
            data-testid="remote-success-total"
          />
          <Table
            size="small"
            style={{ marginTop: 8 }}
            pagination={false}
            scroll={{ x: "max-content" }}
            rowKey={(r) => `${r.period}|${r.productLine}`}
            dataSource={d.items}
            locale={{ emptyText: t("field.remoteSuccess.none") }}
            columns={[
              { title: t("field.remoteSuccess.period"), dataIndex: "period" },
              {
                title: t("field.remoteSuccess.productLine"),
                dataIndex: "productLine",
                render: (v: string) => v || t("field.remoteSuccess.anyLine"),
              },
              { title: t("field.remoteSuccess.remote"), dataIndex: "remote", align: "right" },
              { title: t("field.remoteSuccess.solved"), dataIndex: "solvedRemotely", align: "right" },
              {
                title: t("field.remoteSuccess.rate"),
                dataIndex: "rate",
                align: "right",
                render: (r: number | null) => percent(r),
              },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}
