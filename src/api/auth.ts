// /auth: log-in and log-out (session cookie), log-out everywhere, password change, forgotten
// password (mailed single-use link), sign-up by invitation, and API tokens for scripts.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { SitrepError } from "../errors.js";
import {
  addUser, changePassword, checkLogin, consume, issueOneTime, publicUser, SESSION_TTL_MS, startSession,
} from "../desk/accounts.js";
import { actorOf, linkBase, settingsOf, type DeskContext } from "../desk/context.js";
import { normalizeEmail } from "../desk/email.js";
import { SESSION_COOKIE } from "../desk/guard.js";
import { checkPasswordPolicy, randomSecret, sha256, verifyPassword } from "../desk/secrets.js";
import { NO_QUERY, bodySchema, limited, okSchema } from "../desk/schemas.js";

const str = (max: number, min = 0) => ({ type: "string", minLength: min, maxLength: max });

export const authRoutes: FastifyPluginAsync<DeskContext> = async (app, ctx) => {
  const { desk } = ctx;
  const cookieOpts = (req: FastifyRequest) => ({
    path: "/",
    httpOnly: true,
    sameSite: "strict" as const,
    secure: ctx.secureCookies || req.protocol === "https",
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
  const endSession = async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.session) await desk.deleteSession(req.session.idHash);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
  };
  const me = async (req: FastifyRequest) => {
    const p = req.principal;
    const u = p && (await desk.getUser(p.userId));
    if (!u) throw new SitrepError("SITREP_E_UNAUTHENTICATED");
    return u;
  };

  app.get("/auth/me", { schema: { summary: "Who is logged in, the CSRF token, whether the instance is public", tags: ["auth"], querystring: NO_QUERY } }, async (req) => {
    const p = req.principal;
    const u = p && (await desk.getUser(p.userId));
    return { user: u ? publicUser(u) : null, csrf_token: req.session?.csrf ?? null, public: (await settingsOf(desk)).public, via: p?.via ?? null };
  });

  app.post(
    "/auth/login",
    {
      config: limited(ctx.limits.loginsPerMinute, 60_000),
      schema: { summary: "Log in with e-mail and password; sets the session cookie", tags: ["auth"], body: bodySchema({ email: str(320, 1), password: str(1024, 1) }, ["email", "password"]) },
    },
    async (req, reply) => {
      const { email, password } = req.body as { email: string; password: string };
      const user = await checkLogin(desk, email, password);
      // Whatever session id the client brought is dropped: a fresh one is minted (fixation).
      await endSession(req, reply);
      const s = await startSession(desk, user.id);
      reply.setCookie(SESSION_COOKIE, s.id, cookieOpts(req));
      return { user: publicUser(user), csrf_token: s.csrf, expires_at: s.expiresAt };
    },
  );

  app.post("/auth/logout", { schema: { summary: "Log out (this session)", tags: ["auth"], response: okSchema } }, async (req, reply) => {
    await endSession(req, reply);
    return { ok: true };
  });

  app.post("/auth/logout-all", { schema: { summary: "Log out every session of this account", tags: ["auth"], querystring: NO_QUERY } }, async (req, reply) => {
    const u = await me(req);
    const n = await desk.deleteSessionsOf(u.id);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return { ok: true, ended: n };
  });

  app.post(
    "/auth/password",
    { schema: { summary: "Change the password; ends the account's other sessions", tags: ["auth"], body: bodySchema({ current_password: str(1024, 1), new_password: str(1024, 1) }, ["current_password", "new_password"]) } },
    async (req) => {
      const u = await me(req);
      const b = req.body as { current_password: string; new_password: string };
      checkPasswordPolicy(b.new_password, "new_password");
      if (!(await verifyPassword(u.passwordHash, b.current_password))) throw new SitrepError("SITREP_E_BAD_LOGIN", "current_password is wrong");
      const ended = await changePassword(desk, u, b.new_password, actorOf(req.principal), req.session?.idHash);
      return { ok: true, ended_sessions: ended };
    },
  );

  app.post(
    "/auth/forgot",
    {
      config: limited(ctx.limits.forgotPerHour, 3600_000),
      schema: { summary: "Mail a single-use password-reset link (answers the same whether or not the account exists)", tags: ["auth"], body: bodySchema({ email: str(320, 1) }, ["email"]) },
    },
    async (req, reply) => {
      const email = normalizeEmail((req.body as { email: string }).email);
      const user = await desk.getUserByEmail(email);
      if (user && !user.disabledAt) {
        const { token, expiresAt } = await issueOneTime(desk, "reset", { userId: user.id }, "forgot");
        const link = `${await linkBase(ctx)}/#/reset?token=${token}`;
        await ctx.mailer.send({
          to: user.email,
          subject: "sitrep: reset your password",
          body: `Someone (hopefully you) asked to reset the sitrep password of ${user.email}.\n\nOpen this link to choose a new one; it works once, until ${expiresAt}:\n\n${link}\n\nIf you did not ask, ignore this mail.`,
        });
      }
      return reply.status(202).send({ ok: true, message: "if an account has that e-mail, a reset link is on its way" });
    },
  );

  app.post(
    "/auth/reset",
    { schema: { summary: "Set a new password with a reset link's token; ends every session", tags: ["auth"], body: bodySchema({ token: str(200, 1), password: str(1024, 1) }, ["token", "password"]) } },
    async (req) => {
      const b = req.body as { token: string; password: string };
      checkPasswordPolicy(b.password); // before the token is spent
      const t = await consume(desk, "reset", b.token);
      const u = t.userId !== null ? await desk.getUser(t.userId) : undefined;
      if (!u || u.disabledAt) throw new SitrepError("SITREP_E_BAD_TOKEN");
      await changePassword(desk, u, b.password, `user:${u.id} ${u.email}`, undefined, "password.reset");
      return { ok: true };
    },
  );

  app.post(
    "/auth/signup",
    { schema: { summary: "Create the invited account with an invitation's token", tags: ["auth"], body: bodySchema({ token: str(200, 1), password: str(1024, 1) }, ["token", "password"]) } },
    async (req, reply) => {
      const b = req.body as { token: string; password: string };
      checkPasswordPolicy(b.password);
      const t = await consume(desk, "invite", b.token);
      const u = await addUser(desk, t.email ?? "", t.role ?? "viewer", b.password, `invite by ${t.createdBy}`);
      return reply.status(201).send({ user: publicUser(u) });
    },
  );

  const tokenOut = (t: { id: number; name: string; scope: string; createdAt: string; lastUsed: string | null; revokedAt: string | null }) => ({
    id: t.id, name: t.name, scope: t.scope, created_at: t.createdAt, last_used: t.lastUsed, revoked_at: t.revokedAt,
  });

  app.get("/auth/tokens", { schema: { summary: "This account's API tokens (never the secret)", tags: ["auth"], querystring: NO_QUERY } }, async (req) => {
    const u = await me(req);
    return { tokens: (await desk.listTokens(u.id)).map(tokenOut) };
  });

  app.post(
    "/auth/tokens",
    { schema: { summary: "Create an API token (shown once); send it as Authorization: Bearer", tags: ["auth"], body: bodySchema({ name: str(100, 1), scope: { type: "string", enum: ["read", "write"] } }, ["name", "scope"]) } },
    async (req, reply) => {
      const u = await me(req);
      const b = req.body as { name: string; scope: "read" | "write" };
      const token = randomSecret("st_");
      const row = await desk.createToken(
        { userId: u.id, name: b.name, scope: b.scope, tokenHash: sha256(token) },
        { actor: actorOf(req.principal), action: "token.create", subjectType: "token", subjectId: "" },
      );
      return reply.status(201).send({ token, ...tokenOut(row) });
    },
  );

  app.delete(
    "/auth/tokens/:id",
    { schema: { summary: "Revoke an API token of this account", tags: ["auth"], params: { type: "object", properties: { id: { type: "string", pattern: "^[0-9]{1,12}$" } }, required: ["id"] } } },
    async (req) => {
      const u = await me(req);
      const id = Number((req.params as { id: string }).id);
      const ok = await desk.revokeToken(id, u.id, { actor: actorOf(req.principal), action: "token.revoke", subjectType: "token", subjectId: String(id) });
      if (!ok) throw new SitrepError("SITREP_E_NOT_FOUND", `token ${id}`);
      return { ok: true };
    },
  );
};

