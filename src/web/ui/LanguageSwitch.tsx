import { GlobalOutlined } from "@ant-design/icons";
import { Segmented } from "antd";
import { useTranslation } from "react-i18next";
import { useAuth } from "../app/auth";
import { showError } from "../app/feedback";
import type { Locale } from "../app/types";
import { currentLocale, isLocale } from "../i18n";

// Each language is named in itself, so it can be found whatever the current language is.
function LangLabel({ lang, text, onPick }: { lang: string; text: string; onPick: () => void }) {
  return (
    <span lang={lang} onClickCapture={onPick}>
      {text}
    </span>
  );
}

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { changeLocale, noteLocaleChoice } = useAuth();
  const value = isLocale(i18n.language) ? i18n.language : currentLocale();
  return (
    <span style={{ display: "inline-flex", alignItems: "center", gap: 6 }}>
      <GlobalOutlined aria-hidden style={{ color: "rgba(0,0,0,0.45)" }} />
      <Segmented<Locale>
        size="small"
        data-testid="lang-switch"
        aria-label={t("lang.switch")}
        value={value}
        options={[
          { label: <LangLabel lang="zh-CN" text="中文" onPick={noteLocaleChoice} />, value: "zh-CN" },
          { label: <LangLabel lang="en" text="English" onPick={noteLocaleChoice} />, value: "en" },
        ]}
        onChange={(lng) => void changeLocale(lng).catch(showError)}
      />
    </span>
  );
}
