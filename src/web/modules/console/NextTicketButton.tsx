import { StepForwardOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { api } from "../../app/api";
import { useHotkeys } from "../../app/keys";
import type { Page, TicketListItem } from "../../app/types";

// "Next ticket": the open ticket in my queue whose SLA falls due soonest, other than this one.
// Asked on click (not kept live): the answer must be fresh when the agent moves on.
export function NextTicketButton({ current }: { current: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const go = async () => {
    setBusy(true);
    try {
      const page = await api.get<Page<TicketListItem>>("/tickets", {
        assigneeId: "me",
        status: "open",
        sort: "sla_due",
        limit: 2,
      });
      const next = page.items.find((x) => x.number !== current);
      if (next) navigate(`/console/tickets/${encodeURIComponent(next.number)}`);
      else void message.info(t("ticket.nextNone"));
    } finally {
      setBusy(false);
    }
  };

  // Shift+N (e.key "N"), a quoted key so it is not read as a component.
  const shortcuts: Record<string, () => void> = {};
  shortcuts.N = () => void go().catch(() => {});
  useHotkeys(shortcuts);

  return (
    <Button
      icon={<StepForwardOutlined />}
      loading={busy}
      onClick={() => void go().catch(() => {})}
      data-testid="next-ticket"
    >
      {t("ticket.next")}
    </Button>
  );
}
