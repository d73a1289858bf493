// The SOP library's fixed lists, shared by the API schemas and the web app.
export const SOP_SCENES = ["hardware_repair", "installation", "software_guidance", "other"] as const;
export const SOP_VISIT_KINDS = [
  "installation",
  "delivery",
  "repair",
  "maintenance",
  "inspection",
  "remote",
] as const;
