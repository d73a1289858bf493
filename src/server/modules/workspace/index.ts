export { insertNotification, insertNotifications } from "./notifications.repository.js";
export { scrubNotifications } from "./notifications-personal-data.js";
export { templateContext } from "./template-context.js";
export { renderTemplate } from "./templates.js";
export { saveMacro } from "./use-cases/save-macro.js";
export { workspaceModule } from "./workspace.module.js";
