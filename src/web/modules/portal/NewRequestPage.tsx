import { ArrowLeftOutlined } from "@ant-design/icons";
import { Button, Card, Result } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import type { Ticket } from "../../app/types";
import { DeflectionPanel } from "../knowledge/DeflectionPanel";
import { CreatedResult } from "../tickets/CreatedResult";
import { NewTicketForm } from "../tickets/NewTicketForm";

export default function NewRequestPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [created, setCreated] = useState<Ticket | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [typed, setTyped] = useState("");
  const [solved, setSolved] = useState(false);

  if (solved)
    return (
      <Card>
        <Result
          status="success"
          data-testid="deflected"
          title={t("knowledge.deflect.solvedTitle")}
          subTitle={t("knowledge.deflect.solvedBody")}
          extra={
            <Button type="primary" onClick={() => navigate("/portal")}>
              {t("knowledge.deflect.toPortal")}
            </Button>
          }
        />
      </Card>
    );

  return (
    <>
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        onClick={() => navigate("/portal")}
        style={{ paddingInline: 0 }}
      >
        {t("portal.back")}
      </Button>
      {created ? null : <DeflectionPanel text={typed} onSolved={() => setSolved(true)} />}
      <Card title={created ? undefined : t("newTicket.title")}>
        {created ? (
          <CreatedResult
            ticket={created}
            onView={() => navigate(`/portal/tickets/${encodeURIComponent(created.number)}`)}
            onAnother={() => {
              setCreated(null);
              setFormKey((k) => k + 1);
            }}
          />
        ) : (
          <NewTicketForm
            key={formKey}
            onBehalf={false}
            initialUnit={params.get("unit") ?? undefined}
            onTextChange={setTyped}
            onCreated={(tk) => {
              setCreated(tk);
              window.scrollTo({ top: 0 });
            }}
          />
        )}
      </Card>
    </>
  );
}
