export const TRIGGER_ORIGIN = "trigger";
