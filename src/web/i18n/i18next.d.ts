import "i18next";
import type { en } from "./en";

// Module augmentation has to be an interface; it makes t() reject unknown keys.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof en };
    returnNull: false;
  }
}
