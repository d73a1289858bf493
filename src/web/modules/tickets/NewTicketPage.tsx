import { Card } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { useUser } from "../../app/auth";
import { FullPageSpin } from "../../app/guards";
import { isStaff, type Ticket } from "../../app/types";
import { useCustomer } from "../customers/api";
import { CreatedResult } from "./CreatedResult";
import { NewTicketForm } from "./NewTicketForm";

// Staff and dealers open a ticket on behalf of a customer (phone call, store visit).
export default function NewTicketPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useUser();
  const base = isStaff(user.role) ? "/console" : "/dealer";
  const [created, setCreated] = useState<Ticket | null>(null);
  const [formKey, setFormKey] = useState(0);
  // ?customerId= (from a customer's page) preselects the customer.
  const [params] = useSearchParams();
  const preset = useCustomer(params.get("customerId") ?? undefined);

  return (
    <Card title={t("newTicket.titleOnBehalf")} style={{ maxWidth: 760, margin: "0 auto" }}>
      {created ? (
        <CreatedResult
          ticket={created}
          onView={() => navigate(`${base}/tickets/${encodeURIComponent(created.number)}`)}
          onAnother={() => {
            setCreated(null);
            setFormKey((k) => k + 1);
          }}
        />
      ) : preset.isLoading ? (
        <FullPageSpin />
      ) : (
        <NewTicketForm
          initialCustomer={preset.data}
          key={formKey}
          onBehalf
          channel={isStaff(user.role) ? "ask" : "dealer"}
          onCreated={setCreated}
        />
      )}
    </Card>
  );
}
