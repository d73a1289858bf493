import { Segmented } from "antd";
import { useTranslation } from "react-i18next";
import { currentLocale, setLocale } from "../../i18n";

// For pages read without signing in (no user menu to change the language from).
export function LanguageSwitch() {
  useTranslation();
  return (
    <Segmented
      size="small"
      value={currentLocale()}
      options={[
        { label: "中文", value: "zh-CN" },
        { label: "English", value: "en" },
      ]}
      onChange={(v) => void setLocale(v as "zh-CN" | "en")}
    />
  );
}
