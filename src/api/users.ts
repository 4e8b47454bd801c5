// Admin: users (create, change role, disable), invitations, and the mail outbox (mails that
// went nowhere because no SMTP server is configured).
import type { FastifyPluginAsync } from "fastify";
import { SitrepError } from "../errors.js";
import { addUser, checkRole, issueOneTime, publicUser } from "../desk/accounts.js";
import { actorOf, linkBase, type DeskContext } from "../desk/context.js";
import { normalizeEmail } from "../desk/email.js";
import { ROLES, type Role } from "../store/desk.js";
import { NO_QUERY, bodySchema } from "../desk/schemas.js";

const idParams = { type: "object", properties: { id: { type: "string", pattern: "^[0-9]{1,12}$" } }, required: ["id"] };
const role = { type: "string", enum: [...ROLES] };
const reason = { type: "string", maxLength: 2000 };

export const usersRoutes: FastifyPluginAsync<DeskContext> = async (app, ctx) => {
  const { desk } = ctx;

  app.get("/users", { schema: { summary: "All accounts", tags: ["admin"], querystring: NO_QUERY } }, async () => ({ users: (await desk.listUsers()).map(publicUser) }));

  app.post(
    "/users",
    { schema: { summary: "Create an account", tags: ["admin"], body: bodySchema({ email: { type: "string", maxLength: 320 }, role, password: { type: "string", maxLength: 1024 } }, ["email", "role", "password"]) } },
    async (req, reply) => {
      const b = req.body as { email: string; role: Role; password: string };
      const u = await addUser(desk, b.email, b.role, b.password, actorOf(req.principal));
      return reply.status(201).send({ user: publicUser(u) });
    },
  );

  app.patch(
    "/users/:id",
    { schema: { summary: "Change an account's role or disable it", tags: ["admin"], params: idParams, body: bodySchema({ role, disabled: { type: "boolean" }, reason }) } },
    async (req) => {
      const id = Number((req.params as { id: string }).id);
      const b = req.body as { role?: Role; disabled?: boolean; reason?: string };
      const cur = await desk.getUser(id);
      if (!cur) throw new SitrepError("SITREP_E_NOT_FOUND", `user ${id}`);
      const losesAdmin = cur.role === "admin" && !cur.disabledAt && ((b.role && b.role !== "admin") || b.disabled === true);
      if (losesAdmin) {
        const admins = (await desk.listUsers()).filter((u) => u.role === "admin" && !u.disabledAt);
        if (admins.length <= 1) throw new SitrepError("SITREP_E_CONFLICT", "this is the last admin; make another admin first");
      }
      const before = { role: cur.role, disabled: !!cur.disabledAt };
      const after = { role: b.role ?? cur.role, disabled: b.disabled ?? !!cur.disabledAt };
      const u = await desk.updateUser(id, { role: b.role && checkRole(b.role), disabled: b.disabled }, {
        actor: actorOf(req.principal), action: "user.update", subjectType: "user", subjectId: String(id), before, after, reason: b.reason ?? null,
      });
      return { user: publicUser(u) };
    },
  );

  app.post(
    "/invites",
    { schema: { summary: "Invite someone: mails a single-use sign-up link (also returned here)", tags: ["admin"], body: bodySchema({ email: { type: "string", maxLength: 320 }, role }, ["email", "role"]) } },
    async (req, reply) => {
      const b = req.body as { email: string; role: Role };
      const email = normalizeEmail(b.email);
      if (await desk.getUserByEmail(email)) throw new SitrepError("SITREP_E_CONFLICT", `a user with e-mail ${email} exists`);
      const actor = actorOf(req.principal);
      const { token, expiresAt } = await issueOneTime(desk, "invite", { email, role: checkRole(b.role) }, actor);
      const link = `${await linkBase(ctx)}/#/signup?token=${token}`;
      await desk.appendAudit({ actor, action: "user.invite", subjectType: "user", subjectId: email, after: { email, role: b.role, expires_at: expiresAt } });
      const delivery = await ctx.mailer.send({
        to: email,
        subject: "sitrep: you are invited",
        body: `You are invited to the sitrep desk as ${b.role}.\n\nOpen this link to choose a password; it works once, until ${expiresAt}:\n\n${link}\n`,
      });
      return reply.status(201).send({ link, expires_at: expiresAt, delivery });
    },
  );

  app.get(
    "/outbox",
    { schema: { summary: "Mails kept in the outbox (no SMTP configured, or sending failed)", tags: ["admin"], querystring: { type: "object", properties: { limit: { type: "string", pattern: "^[0-9]{1,4}$" } }, additionalProperties: false } } },
    async (req) => {
      const limit = Number((req.query as { limit?: string }).limit ?? 100);
      return { mails: (await desk.listOutbox(limit)).map((m) => ({ id: m.id, to: m.to, subject: m.subject, body: m.body, created_at: m.createdAt })) };
    },
  );
};
