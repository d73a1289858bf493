import { List, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { LoyaltyEntry } from "../../../shared/api/loyalty";
import { useFormat } from "../../app/format";

// The ledger's entries, newest first: what happened, the points (+/−), when, and when earns lapse.
export function PointsHistory({ entries, empty }: { entries: LoyaltyEntry[]; empty: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <List
      size="small"
      dataSource={entries}
      locale={{ emptyText: empty }}
      renderItem={(e) => (
        <List.Item key={e.id} data-testid="points-entry" data-reason={e.reason}>
          <div style={{ minWidth: 0 }}>
            <div>{t(`loyalty.reasons.${e.reason}`)}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {fmt.date(e.createdAt)}
              {e.note ? ` · ${e.note}` : ""}
              {e.expiresAt && e.points > 0
                ? ` · ${t("loyalty.portal.lapses", { date: fmt.date(e.expiresAt) })}`
                : ""}
            </Typography.Text>
          </div>
          <Typography.Text strong type={e.points < 0 ? "danger" : "success"} style={{ whiteSpace: "nowrap" }}>
            {e.points > 0 ? `+${e.points}` : e.points}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}
