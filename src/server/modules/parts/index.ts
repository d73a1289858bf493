export { partsModule } from "./parts.module.js";
