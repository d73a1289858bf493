export { findUser } from "./auth.repository.js";
export { registerAuthRoutes } from "./auth.routes.js";
export { users } from "./auth.tables.js";
export { authenticate } from "./authenticate.js";
export { hashPassword } from "./passwords.js";
