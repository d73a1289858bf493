import { Button, Result, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { Ticket } from "../../app/types";

// Shown right after opening a request: the service order number comes first.
export function CreatedResult({
  ticket,
  onView,
  onAnother,
}: {
  ticket: Ticket;
  onView: () => void;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Result
      status="success"
      title={t("newTicket.createdTitle")}
      subTitle={
        <div>
          <div>{t("newTicket.createdNumber")}</div>
          <Typography.Text
            copyable
            strong
            data-testid="created-number"
            style={{ fontSize: 26, fontFamily: "monospace", display: "inline-block", margin: "8px 0" }}
          >
            {ticket.number}
          </Typography.Text>
          <div>{t("newTicket.createdHint")}</div>
        </div>
      }
      extra={[
        <Button key="view" type="primary" size="large" onClick={onView}>
          {t("newTicket.view")}
        </Button>,
        <Button key="again" size="large" onClick={onAnother}>
          {t("newTicket.another")}
        </Button>,
      ]}
    />
  );
}
