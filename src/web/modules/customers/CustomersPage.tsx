import { PhoneOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useFormat } from "../../app/format";
import type { Customer } from "../../app/types";
import { useTitle } from "../../app/useTitle";
import { PageHeader, ResourceTable } from "../../ui/patterns";
import { TierBadge } from "../../ui/TierBadge";
import { CallLogModal } from "../channels/CallLogModal";

// Agents find the caller here: name, phone in any written form, e-mail, or a serial they own
// (the API's `q` normalises phones and matches owned units' serials).
export default function CustomersPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  useTitle(t("desk.customers.nav"));
  const navigate = useNavigate();
  const [calling, setCalling] = useState(false);
  return (
    <>
      <PageHeader title={t("desk.customers.nav")} />
      <ResourceTable<Customer>
        id="desk-customers"
        resource="customers"
        path="/customers"
        rowKey={(c) => c.id}
        searchPlaceholder={t("desk.customers.searchPlaceholder")}
        emptyText={t("desk.customers.empty")}
        scrollX={340}
        toolbarExtra={
          <Button icon={<PhoneOutlined />} onClick={() => setCalling(true)} data-testid="call-from-caller">
            {t("channels.call.fromCaller")}
          </Button>
        }
        columns={[
          {
            key: "name",
            title: t("desk.customers.name"),
            fixedVisible: true,
            csv: (c) => c.name,
            localSort: (a, b) => a.name.localeCompare(b.name, "zh-CN"),
            render: (_v, c) => (
              <span>
                <Link to={`/console/customers/${encodeURIComponent(c.id)}`} data-testid="customer-link">
                  {c.name}
                </Link>{" "}
                <TierBadge tier={c.tier} />
              </span>
            ),
          },
          {
            key: "phone",
            title: t("desk.customers.phone"),
            render: (_v, c) => c.phone ?? t("common.dash"),
            csv: (c) => c.phone,
          },
          {
            key: "email",
            title: t("desk.customers.email"),
            render: (_v, c) => c.email ?? t("common.dash"),
            csv: (c) => c.email,
            responsive: ["md"],
          },
          {
            key: "created",
            title: t("desk.customers.created"),
            width: 140,
            render: (_v, c) => fmt.date(c.createdAt),
            csv: (c) => fmt.date(c.createdAt),
            responsive: ["lg"],
          },
        ]}
      />
      <CallLogModal
        open={calling}
        mode={{ kind: "caller" }}
        onClose={() => setCalling(false)}
        onDone={(call) => {
          if (call.ticketNumber) navigate(`/console/tickets/${encodeURIComponent(call.ticketNumber)}`);
        }}
      />
    </>
  );
}
