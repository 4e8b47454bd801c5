// Option parsing shared by the commands (node:util parseArgs, strict: unknown options are errors).
import { parseArgs, type ParseArgsConfig } from "node:util";
import { SitrepError } from "../errors.js";

export type Options = NonNullable<ParseArgsConfig["options"]>;

/** Options every command takes. */
export const COMMON: Options = {
  db: { type: "string" },
  help: { type: "boolean", short: "h" },
};

export function parse(argv: string[], options: Options, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options: { ...COMMON, ...options }, allowPositionals, strict: true });
  } catch (err) {
    throw new SitrepError("SITREP_E_BAD_ARGUMENT", (err as Error).message);
  }
}

export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], dflt: T): T {
  if (value === undefined) return dflt;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new SitrepError("SITREP_E_BAD_ARGUMENT", `--${name}: expected one of ${allowed.join(", ")}, got "${value}"`);
  }
  return value as T;
}

export const FILTER_OPTIONS: Options = {
  country: { type: "string" },
  type: { type: "string" },
  actor: { type: "string" },
  since: { type: "string" },
  until: { type: "string" },
  bbox: { type: "string" },
  near: { type: "string" },
  verification: { type: "string" },
  limit: { type: "string" },
};
