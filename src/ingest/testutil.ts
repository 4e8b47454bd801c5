// Paths shared by the ingest tests.
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const FIXTURES = join(REPO_ROOT, "test", "fixtures", "ingest");
export const fixture = (name: string) => join(FIXTURES, name);
