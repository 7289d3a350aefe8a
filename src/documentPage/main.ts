import { startDocumentPage } from "./documentPage";

void startDocumentPage();
