export { rmaModule } from "./rma.module.js";
