import { ThunderboltOutlined } from "@ant-design/icons";
import { Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showError } from "../../app/feedback";
import { currentLocale } from "../../i18n";
import { type MacroWarning, renderMacro, useMacros } from "./api";
import type { MacroActions } from "./macro-actions";

// "Macros / 快捷回复": renders the chosen macro for this ticket in the UI language and hands it back.
export function MacroPicker({
  ticketRef,
  onInsert,
}: {
  ticketRef: string;
  onInsert: (
    text: string,
    warnings: MacroWarning[],
    macro: { id: string; name: string; actions?: MacroActions },
  ) => void;
}) {
  const { t } = useTranslation();
  const macros = useMacros();
  const [busy, setBusy] = useState(false);

  const pick = async (id: string) => {
    setBusy(true);
    try {
      const out = await renderMacro(id, ticketRef, currentLocale());
      const name = macros.data?.items.find((m) => m.id === id)?.name ?? "";
      onInsert(out.body, out.warnings ?? [], { id, name, actions: out.actions });
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Select<string>
      data-testid="macro-picker"
      aria-label={t("routing.macros.pick")}
      placeholder={
        <span>
          <ThunderboltOutlined /> {t("routing.macros.pick")}
        </span>
      }
      value={null}
      loading={macros.isPending || busy}
      disabled={busy}
      showSearch={{ optionFilterProp: "label" }}
      notFoundContent={macros.isError ? t("list.errorTitle") : t("routing.macros.empty")}
      options={(macros.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
      onChange={(id) => {
        if (id) void pick(id);
      }}
      style={{ minWidth: 200 }}
      popupMatchSelectWidth={false}
    />
  );
}
