export { privacyModule } from "./privacy.module.js";
