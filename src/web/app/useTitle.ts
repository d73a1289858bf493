import { useEffect } from "react";
import { useTranslation } from "react-i18next";

// Browser tab title: the page's own name first, so many open tabs stay tellable apart.
export function useTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const app = t("common.appName");
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}
