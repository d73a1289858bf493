import { CloudUploadOutlined } from "@ant-design/icons";
import { Alert, List, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { QueuedAction } from "./offline-queue";

// The job page's actions done without a network, until they are sent.
export function WaitingToSend({ items }: { items: QueuedAction[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  const label = (a: QueuedAction) => {
    if (a.path === "parts") return t("field.offline.what.parts", { partNo: a.body.partNo, qty: a.body.qty });
    if (a.path === "signature") return t("field.offline.what.signature", { name: a.body.signedBy });
    if (a.path === "delivery")
      return t("field.offline.what.delivery", { model: a.body.model, quantity: a.body.quantity });
    if (a.path === "photos") return t("field.offline.what.photos");
    if (a.path === "rating") return t("field.offline.what.rating", { stars: a.body.stars });
    if (a.path === "checklist")
      return t("field.offline.what.checklist", {
        step: String(a.body.stepId).replace(/^s/, ""),
        state: t(a.body.done === false ? "field.checklist.undone" : "field.checklist.done"),
      });
    const action = String(a.body.action) as "depart" | "check_in" | "check_out" | "cancel" | "no_show";
    return t(`field.offline.what.${action}`);
  };
  return (
    <Alert
      type="warning"
      showIcon
      icon={<CloudUploadOutlined />}
      data-testid="waiting-to-send"
      title={t("field.offline.waiting", { count: items.length })}
      description={
        <>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t("field.offline.hint")}
          </Typography.Paragraph>
          <List
            size="small"
            dataSource={items}
            renderItem={(a) => <List.Item data-testid="waiting-action">{label(a)}</List.Item>}
          />
        </>
      }
    />
  );
}
