import { App, type ButtonProps } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useBlocker } from "react-router";

// While a form has unsent changes: leaving the page in the app asks first, closing the tab warns.
export function useUnsavedGuard(dirty: boolean) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (blocker.state !== "blocked") return;
    modal.confirm({
      title: t("patterns.unsavedTitle"),
      content: t("patterns.unsavedBody"),
      okText: t("patterns.discard"),
      okButtonProps: { danger: true },
      cancelText: t("patterns.keepEditing"),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, t]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  // For in-app closes (Cancel, Esc, the X): asks only when there is something to lose.
  const confirmDiscard = (close: () => void) => {
    if (!dirty) return close();
    modal.confirm({
      title: t("patterns.unsavedTitle"),
      content: t("patterns.unsavedBody"),
      okText: t("patterns.discard"),
      okButtonProps: { danger: true, "data-testid": "discard-changes" } as ButtonProps,
      cancelText: t("patterns.keepEditing"),
      onOk: close,
    });
  };
  return { confirmDiscard };
}
