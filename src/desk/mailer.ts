// Outgoing mail (reset links, invitations): SMTP through nodemailer when configured with --smtp or
// SITREP_SMTP (an smtp:// or smtps:// URL), else the outbox table an admin reads in the API.
// A failed SMTP send lands in the outbox too, so no link is lost.
import nodemailer from "nodemailer";
import type { DeskStore, Mail } from "../store/desk.js";

export interface Mailer {
  readonly kind: "smtp" | "outbox";
  send(m: Mail): Promise<"sent" | "outbox">;
}

export function makeMailer(desk: DeskStore, smtp = process.env.SITREP_SMTP, from = process.env.SITREP_MAIL_FROM ?? "sitrep <no-reply@localhost>"): Mailer {
  if (!smtp) return { kind: "outbox", send: async (m) => (await desk.addOutbox(m), "outbox") };
  const transport = nodemailer.createTransport(smtp);
  return {
    kind: "smtp",
    async send(m) {
      try {
        await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.body });
        return "sent";
      } catch {
        await desk.addOutbox(m);
        return "outbox";
      }
    },
  };
}
