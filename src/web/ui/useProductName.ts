import { useCallback } from "react";
import { useTranslation } from "react-i18next";

// A product's name in the reader's language: the English name for English readers when the
// product has one, otherwise the name it was registered with.
export function useProductName(): (
  name: string | null | undefined,
  nameEn: string | null | undefined,
) => string {
  const { i18n } = useTranslation();
  const english = i18n.language === "en";
  return useCallback((name, nameEn) => (english && nameEn ? nameEn : (name ?? "")), [english]);
}
