import { Button, Segmented, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { showError, showSuccess } from "../../app/feedback";
import { ListState } from "../../ui/ListState";
import { type SurveyFollowUp, useCloseFollowUp, useFollowUps } from "./api";

// Low scores waiting for a supervisor: who, which ticket, the score and the comment.
export function FollowUpList() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<"open" | "done">("open");
  const query = useFollowUps(status);
  const close = useCloseFollowUp();
  const rows = query.data ?? [];
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Segmented
        value={status}
        onChange={(v) => setStatus(v as "open" | "done")}
        options={[
          { value: "open", label: t("surveys.followUps.open") },
          { value: "done", label: t("surveys.followUps.done") },
        ]}
      />
      <ListState query={query} empty={rows.length === 0} emptyText={t("surveys.followUps.empty")}>
        <Table<SurveyFollowUp>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={rows}
          scroll={{ x: 640 }}
          data-testid="survey-follow-ups"
          columns={[
            {
              title: t("surveys.followUps.customer"),
              dataIndex: "customerName",
              render: (v: string | null) => v ?? t("common.dash"),
            },
            {
              title: t("surveys.followUps.ticket"),
              dataIndex: "ticketNumber",
              render: (n: string | null) =>
                n ? <Link to={`/console/tickets/${n}`}>{n}</Link> : t("common.dash"),
            },
            {
              title: t("surveys.followUps.score"),
              render: (_, f) => (
                <Tag color="red">
                  {t(`surveys.followUps.reason.${f.reason}`)} {f.score}
                </Tag>
              ),
            },
            {
              title: t("surveys.followUps.comment"),
              dataIndex: "comment",
              render: (c: string | null) => <Typography.Text>{c ?? t("common.dash")}</Typography.Text>,
            },
            {
              title: t("surveys.followUps.at"),
              dataIndex: "createdAt",
              render: (at: string) => dayjs(at).format("YYYY-MM-DD HH:mm"),
            },
            {
              title: t("common.actions"),
              render: (_, f) =>
                f.status === "open" ? (
                  <Button
                    size="small"
                    loading={close.isPending && close.variables === f.id}
                    onClick={() =>
                      close.mutate(f.id, {
                        onSuccess: () => showSuccess(t("surveys.followUps.closed")),
                        onError: showError,
                      })
                    }
                  >
                    {t("surveys.followUps.markDone")}
                  </Button>
                ) : (
                  t("surveys.followUps.done")
                ),
            },
          ]}
        />
      </ListState>
    </Space>
  );
}
