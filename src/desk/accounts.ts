// Accounts: log-in with back-off, sessions, password changes, reset and invitation links.
import { SitrepError } from "../errors.js";
import type { DeskStore, PublicUser, Role, User } from "../store/desk.js";
import { ROLES } from "../store/desk.js";
import { normalizeEmail } from "./email.js";
import { checkPasswordPolicy, dummyHash, hashPassword, randomSecret, sha256, verifyPassword } from "./secrets.js";

export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;
export const RESET_TTL_MS = 3600 * 1000;
export const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;
/** Failures before an account is locked; each further failure doubles the lock (capped). */
export const FREE_FAILURES = 5;
export const MAX_LOCK_MS = 3600 * 1000;

export const publicUser = (u: User): PublicUser => ({ id: u.id, email: u.email, role: u.role, createdAt: u.createdAt, disabledAt: u.disabledAt });

export function checkRole(r: unknown): Role {
  if (typeof r !== "string" || !(ROLES as readonly string[]).includes(r)) {
    throw new SitrepError("SITREP_E_BAD_ARGUMENT", `role: expected one of ${ROLES.join(", ")}`);
  }
  return r as Role;
}

export async function addUser(desk: DeskStore, email: string, role: string, password: string, actor: string): Promise<User> {
  const e = normalizeEmail(email);
  const r = checkRole(role);
  const hash = await hashPassword(checkPasswordPolicy(password));
  return desk.createUser({ email: e, role: r, passwordHash: hash }, (id) => ({
    actor, action: "user.create", subjectType: "user", subjectId: String(id), after: { email: e, role: r },
  }));
}

/** Checks e-mail and password; counts failures and locks the account with exponential back-off. */
export async function checkLogin(desk: DeskStore, email: unknown, password: unknown, at = new Date()): Promise<User> {
  let e: string;
  try {
    e = normalizeEmail(email);
  } catch {
    throw new SitrepError("SITREP_E_BAD_LOGIN");
  }
  const pw = typeof password === "string" ? password : "";
  const user = await desk.getUserByEmail(e);
  if (!user || user.disabledAt) {
    await verifyPassword(await dummyHash(), pw); // same work whether or not the account exists
    throw new SitrepError("SITREP_E_BAD_LOGIN");
  }
  if (user.lockedUntil && user.lockedUntil > at.toISOString()) {
    throw new SitrepError("SITREP_E_LOCKED", `the account is locked until ${user.lockedUntil} after repeated failed log-ins`);
  }
  if (!(await verifyPassword(user.passwordHash, pw))) {
    const failed = user.failedLogins + 1;
    const lockMs = failed >= FREE_FAILURES ? Math.min(MAX_LOCK_MS, 60_000 * 2 ** (failed - FREE_FAILURES)) : 0;
    await desk.setLoginFailures(user.id, failed, lockMs ? new Date(at.getTime() + lockMs).toISOString() : null);
    throw new SitrepError("SITREP_E_BAD_LOGIN");
  }
  if (user.failedLogins || user.lockedUntil) await desk.setLoginFailures(user.id, 0, null);
  return user;
}

/** A new session (fresh random id: never one the client brought, against session fixation). */
export async function startSession(desk: DeskStore, userId: number, at = new Date()): Promise<{ id: string; csrf: string; expiresAt: string }> {
  const id = randomSecret();
  const csrf = randomSecret();
  const expiresAt = new Date(at.getTime() + SESSION_TTL_MS).toISOString();
  await desk.createSession({ idHash: sha256(id), userId, csrf, createdAt: at.toISOString(), expiresAt });
  return { id, csrf, expiresAt };
}

/** Changes a password and ends every other session of the user. */
export async function changePassword(desk: DeskStore, user: User, next: string, actor: string, keepSessionHash?: string, why = "password.change"): Promise<number> {
  const hash = await hashPassword(checkPasswordPolicy(next, "new_password"));
  await desk.updateUser(user.id, { passwordHash: hash }, { actor, action: why, subjectType: "user", subjectId: String(user.id), after: { password: "changed" } });
  return desk.deleteSessionsOf(user.id, keepSessionHash);
}

/** A single-use link token; only its hash is stored. */
export async function issueOneTime(
  desk: DeskStore,
  kind: "reset" | "invite",
  what: { userId?: number; email?: string; role?: Role },
  createdBy: string,
  at = new Date(),
): Promise<{ token: string; expiresAt: string }> {
  const token = randomSecret();
  const expiresAt = new Date(at.getTime() + (kind === "reset" ? RESET_TTL_MS : INVITE_TTL_MS)).toISOString();
  await desk.createOneTime(sha256(token), {
    kind, userId: what.userId ?? null, email: what.email ?? null, role: what.role ?? null, createdBy, createdAt: at.toISOString(), expiresAt,
  });
  return { token, expiresAt };
}

export async function consume(desk: DeskStore, kind: "reset" | "invite", token: unknown) {
  if (typeof token !== "string" || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new SitrepError("SITREP_E_BAD_TOKEN");
  const t = await desk.consumeOneTime(sha256(token), kind, new Date().toISOString());
  if (!t) throw new SitrepError("SITREP_E_BAD_TOKEN");
  return t;
}
