// `sitrep user`: accounts from the command line (the first admin is made here).
import type { Command } from "../command.js";
import { parse, oneOf } from "../args.js";
import { SitrepError } from "../../errors.js";
import { openStore } from "../../store/index.js";
import { ROLES, type Role } from "../../store/desk.js";
import { deskStoreFor } from "../../desk/index.js";
import { addUser, checkRole, issueOneTime, publicUser } from "../../desk/accounts.js";
import { normalizeEmail } from "../../desk/email.js";
import { checkPasswordPolicy } from "../../desk/secrets.js";

const CLI_ACTOR = `cli:${process.env.USER ?? "unknown"}`;

/** Reads a line from the terminal without echoing it. */
export async function askHidden(prompt: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stderr): Promise<string> {
  if (!input.isTTY) {
    throw new SitrepError("SITREP_E_BAD_ARGUMENT", "--password is missing and standard input is not a terminal to ask for it");
  }
  output.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding("utf8");
  return new Promise((resolve, reject) => {
    let buf = "";
    const done = (err?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off("data", onData);
      output.write("\n");
      if (err) reject(err);
      else resolve(buf);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return done();
        if (ch === "\u0003") return done(new SitrepError("SITREP_E_BAD_ARGUMENT", "cancelled"));
        if (ch === "\u007f" || ch === "\b") buf = buf.slice(0, -1);
        else buf += ch;
      }
    };
    input.on("data", onData);
  });
}

export const userCommand: Command = {
  name: "user",
  summary: "manage desk accounts: add, list, set a role, disable, invite",
  help: `usage:
  sitrep user add EMAIL --role admin|editor|viewer [--password P]   (asks on the terminal when --password is missing)
  sitrep user list
  sitrep user role EMAIL admin|editor|viewer
  sitrep user disable EMAIL | enable EMAIL
  sitrep user invite EMAIL --role ROLE [--base-url https://desk.example.org]   (prints a single-use sign-up link)

Passwords need at least 10 characters and are stored as argon2id hashes. Changes are audited.`,
  async run(argv) {
    const { values, positionals } = parse(argv, { role: { type: "string" }, password: { type: "string" }, "base-url": { type: "string" } });
    const [sub, email, arg] = positionals;
    const store = await openStore(values.db as string | undefined);
    try {
      const desk = deskStoreFor(store);
      if (!desk) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "accounts are not available on this database backend yet");
      const need = (what: string) => {
        if (!email) throw new SitrepError("SITREP_E_BAD_ARGUMENT", `user ${sub}: ${what}`);
        return email;
      };
      const find = async (e: string) => {
        const u = await desk.getUserByEmail(normalizeEmail(e));
        if (!u) throw new SitrepError("SITREP_E_NOT_FOUND", `no user ${e}`);
        return u;
      };
      switch (sub) {
        case "add": {
          const e = normalizeEmail(need("EMAIL is missing"));
          const role = oneOf("role", values.role as string | undefined, ROLES, "viewer" as Role);
          if (values.role === undefined) throw new SitrepError("SITREP_E_BAD_ARGUMENT", `--role is required (${ROLES.join(", ")})`);
          let pw = values.password as string | undefined;
          if (pw === undefined) {
            pw = await askHidden(`password for ${e}: `);
            checkPasswordPolicy(pw);
            if ((await askHidden("again: ")) !== pw) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "the two passwords differ");
          }
          const u = await addUser(desk, e, role, pw, CLI_ACTOR);
          console.log(`added ${u.email} (${u.role}), id ${u.id}`);
          return 0;
        }
        case "list": {
          for (const u of (await desk.listUsers()).map(publicUser)) console.log(`${u.id}\t${u.email}\t${u.role}${u.disabledAt ? "\tdisabled" : ""}`);
          return 0;
        }
        case "role": {
          const u = await find(need("EMAIL is missing"));
          const role = checkRole(arg);
          await desk.updateUser(u.id, { role }, { actor: CLI_ACTOR, action: "user.update", subjectType: "user", subjectId: String(u.id), before: { role: u.role }, after: { role } });
          console.log(`${u.email} is now ${role}`);
          return 0;
        }
        case "disable":
        case "enable": {
          const u = await find(need("EMAIL is missing"));
          const disabled = sub === "disable";
          await desk.updateUser(u.id, { disabled }, { actor: CLI_ACTOR, action: "user.update", subjectType: "user", subjectId: String(u.id), before: { disabled: !!u.disabledAt }, after: { disabled } });
          console.log(`${u.email} ${disabled ? "disabled (sessions ended)" : "enabled"}`);
          return 0;
        }
        case "invite": {
          const e = normalizeEmail(need("EMAIL is missing"));
          const role = checkRole(values.role);
          const { token, expiresAt } = await issueOneTime(desk, "invite", { email: e, role }, CLI_ACTOR);
          const base = ((values["base-url"] as string | undefined) ?? process.env.SITREP_BASE_URL ?? "http://127.0.0.1:8080").replace(/\/+$/, "");
          await desk.appendAudit({ actor: CLI_ACTOR, action: "user.invite", subjectType: "user", subjectId: e, after: { email: e, role, expires_at: expiresAt } });
          console.log(`${base}/#/signup?token=${token}\n(single use, until ${expiresAt})`);
          return 0;
        }
        default:
          throw new SitrepError("SITREP_E_BAD_ARGUMENT", `user: expected add, list, role, disable, enable or invite, got "${sub ?? ""}"`);
      }
    } finally {
      await store.close();
    }
  },
};
