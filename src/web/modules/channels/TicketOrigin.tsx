import { MailOutlined, MessageOutlined, PhoneOutlined, ShopOutlined } from "@ant-design/icons";
import { Card, Descriptions, Skeleton, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../ui/ListState";
import { useTicketOrigin } from "./api";

// Who reported the ticket (a dealer's outlet, the customer, an agent) and how the customer is told.
export function TicketOrigin({ ticketRef }: { ticketRef: string }) {
  const { t } = useTranslation();
  const origin = useTicketOrigin(ticketRef);
  const o = origin.data;
  return (
    <Card size="small" title={t("channels.origin.title")} data-testid="ticket-origin">
      {origin.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : origin.isError ? (
        <ErrorState error={origin.error} onRetry={() => void origin.refetch()} />
      ) : o ? (
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: "channel",
              label: t("channels.origin.channel"),
              children: <Tag>{t(`channel.${o.channel}`, { defaultValue: o.channel })}</Tag>,
            },
            {
              key: "reporter",
              label: t("channels.origin.reporter"),
              children: (
                <span data-testid="origin-reporter">
                  {o.reporter
                    ? `${o.reporter.name} · ${t(`role.${o.reporter.role}`, { defaultValue: o.reporter.role })}`
                    : t("channels.origin.selfService")}
                </span>
              ),
            },
            ...(o.outlet
              ? [
                  {
                    key: "outlet",
                    label: t("channels.origin.outlet"),
                    children: (
                      <span data-testid="origin-outlet">
                        <ShopOutlined aria-hidden /> {o.outlet.name}
                      </span>
                    ),
                  },
                ]
              : []),
            ...(o.customer
              ? [
                  {
                    key: "customer",
                    label: t("channels.origin.customer"),
                    children: (
                      <div data-testid="origin-customer">
                        <div>{o.customer.name}</div>
                        {o.customer.phone ? (
                          <div>
                            <PhoneOutlined aria-hidden />{" "}
                            <a href={`tel:${o.customer.phone}`}>{o.customer.phone}</a>
                          </div>
                        ) : null}
                        {o.customer.email ? (
                          <div>
                            <MailOutlined aria-hidden /> {o.customer.email}
                          </div>
                        ) : null}
                      </div>
                    ),
                  },
                  {
                    key: "notices",
                    label: t("channels.origin.notices"),
                    children: (
                      <span>
                        <MessageOutlined aria-hidden />{" "}
                        {t("channels.origin.noticeVia", {
                          channel: t(`channels.notice.${o.customer.preferredChannel}`),
                          lang: o.customer.locale
                            ? t(`channels.lang.${o.customer.locale}`)
                            : t("channels.origin.tenantLanguage"),
                        })}
                      </span>
                    ),
                  },
                ]
              : []),
          ]}
        />
      ) : null}
    </Card>
  );
}
