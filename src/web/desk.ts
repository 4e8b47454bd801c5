// The desk pages, as views over the map at #/login, #/forgot, #/reset, #/signup, #/tip and
// #/review: log-in, forgotten details, the public tip form and the review queue. Every piece of
// text from the API goes in through textContent (dom.ts), and the page runs under a CSP that
// forbids inline script and style.
import { clear, el } from "./dom.js";

interface Me {
  user: { id: number; email: string; role: "admin" | "editor" | "viewer" } | null;
  csrf_token: string | null;
  public: boolean;
}

let me: Me = { user: null, csrf_token: null, public: true };
const nav = document.getElementById("desk-nav") as HTMLElement;
const view = document.createElement("section");
view.id = "desk";
view.className = "desk";
view.setAttribute("role", "dialog");
view.setAttribute("aria-labelledby", "desk-title");
view.dataset.testid = "desk";
view.hidden = true;
document.body.appendChild(view);

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (me.csrf_token && method !== "GET") headers["x-csrf-token"] = me.csrf_token;
  const res = await fetch(`api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: "same-origin" });
  const text = await res.text();
  const data = text ? JSON.parse(text) : {};
  if (!res.ok) throw new Error(data?.error?.message ?? `${res.status}`);
  return data as T;
}

async function refreshMe() {
  try {
    me = await call<Me>("GET", "/auth/me");
  } catch {
    me = { user: null, csrf_token: null, public: true };
  }
  renderNav();
}

function link(text: string, hash: string, testid: string) {
  return el("a", { href: hash, "data-testid": testid }, text);
}

function renderNav() {
  clear(nav);
  if (me.user) {
    nav.append(el("span", { class: "muted", "data-testid": "whoami" }, `${me.user.email} (${me.user.role})`));
    if (me.user.role !== "viewer") nav.append(link("Review", "#/review", "nav-review"));
    const out = el("button", { type: "button", "data-testid": "logout" }, "Log out");
    out.addEventListener("click", async () => {
      await call("POST", "/auth/logout", {}).catch(() => undefined);
      await refreshMe();
      location.hash = "";
    });
    nav.append(out);
  } else {
    nav.append(link("Log in", "#/login", "nav-login"));
  }
  nav.append(link("Send a tip", "#/tip", "nav-tip"));
}

function field(label: string, input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement) {
  return el("label", { class: "desk-field" }, label, input);
}

function input(name: string, type = "text", attrs: Record<string, string> = {}) {
  return el("input", { name, type, "data-testid": `in-${name}`, ...attrs });
}

function message(): HTMLElement {
  return el("p", { class: "desk-msg", role: "status", "data-testid": "desk-msg" });
}

/** A form that posts its fields as JSON; `done` gets the answer. */
function form(title: string, fields: HTMLElement[], submit: string, send: (f: FormData) => Promise<string>, extra: HTMLElement[] = []) {
  const msg = message();
  const f = el("form", { class: "desk-form", "data-testid": "desk-form" }, el("h2", { id: "desk-title" }, title), ...fields,
    el("button", { type: "submit", "data-testid": "desk-submit" }, submit), msg, ...extra);
  f.addEventListener("submit", async (e) => {
    e.preventDefault();
    msg.textContent = "…";
    try {
      msg.textContent = await send(new FormData(f));
      msg.dataset.state = "ok";
    } catch (err) {
      msg.textContent = (err as Error).message;
      msg.dataset.state = "error";
    }
  });
  return f;
}

const s = (f: FormData, k: string) => String(f.get(k) ?? "");
const tokenOf = () => new URLSearchParams(location.hash.split("?")[1] ?? "").get("token") ?? "";

const PAGES: Record<string, () => HTMLElement | Promise<HTMLElement>> = {
  login: () =>
    form("Log in", [field("E-mail", input("email", "email", { autocomplete: "username", required: "" })), field("Password", input("password", "password", { autocomplete: "current-password", required: "" }))], "Log in",
      async (f) => {
        await call("POST", "/auth/login", { email: s(f, "email"), password: s(f, "password") });
        await refreshMe();
        setTimeout(() => (location.hash = me.user?.role === "viewer" ? "" : "#/review"), 300);
        return "Logged in.";
      }, [el("p", {}, link("Forgot your details?", "#/forgot", "forgot-link"))]),
  forgot: () =>
    form("Forgot your details", [field("E-mail", input("email", "email", { required: "" }))], "Send me a reset link", async (f) => {
      const r = await call<{ message: string }>("POST", "/auth/forgot", { email: s(f, "email") });
      return r.message;
    }),
  reset: () =>
    form("Choose a new password", [field("New password (10+ characters)", input("password", "password", { autocomplete: "new-password", required: "" }))], "Set password", async (f) => {
      await call("POST", "/auth/reset", { token: tokenOf(), password: s(f, "password") });
      return "Password changed; log in with it.";
    }),
  signup: () =>
    form("Join the desk", [field("Password (10+ characters)", input("password", "password", { autocomplete: "new-password", required: "" }))], "Create my account", async (f) => {
      const r = await call<{ user: { email: string } }>("POST", "/auth/signup", { token: tokenOf(), password: s(f, "password") });
      return `Account ${r.user.email} created; log in.`;
    }),
  tip: () => {
    // The honeypot: hidden from people (and from screen readers), filled by form-filling bots.
    const trap = el("div", { class: "hp", "aria-hidden": "true" }, field("Website", input("website", "text", { tabindex: "-1", autocomplete: "off" })));
    return form("Send us a tip",
      [
        el("p", { class: "muted" }, "Tell the desk what you saw or read. Links are not opened automatically; an editor reads every tip."),
        field("What happened, where and when", el("textarea", { name: "text", rows: "8", required: "", minlength: "10", maxlength: "10000", "data-testid": "in-text" })),
        field("Link (optional)", input("link", "url")),
        field("How to reach you (optional)", input("contact")),
        trap,
      ],
      "Send", async (f) => {
        const body: Record<string, string> = { text: s(f, "text") };
        for (const k of ["link", "contact", "website"]) if (s(f, k)) body[k] = s(f, k);
        const r = await call<{ message: string }>("POST", "/tips", body);
        return r.message;
      });
  },
  review: reviewPage,
};

interface QueueItem { event_id: string; state: string; event: Record<string, unknown> }

async function reviewPage(): Promise<HTMLElement> {
  const wrap = el("div", { class: "review" }, el("h2", { id: "desk-title" }, "Review queue"));
  if (!me.user) return wrap.appendChild(el("p", {}, "Log in as an editor first.")), wrap;
  const list = el("ul", { class: "queue", "data-testid": "review-queue" });
  const detail = el("div", { class: "review-detail", "data-testid": "review-detail" });
  wrap.append(el("div", { class: "review-cols" }, list, detail));
  const q = await call<{ items: QueueItem[] }>("GET", "/review");
  if (!q.items.length) list.append(el("li", { class: "muted" }, "Nothing waits for review."));
  for (const it of q.items) {
    const b = el("button", { type: "button", "data-testid": "queue-item", "data-id": it.event_id },
      `${it.event.event_date} ${it.event.sub_event_type} — ${it.event.location}, ${it.event.country}`);
    b.addEventListener("click", () => void showEvent(it.event_id, detail));
    list.append(el("li", {}, b));
  }
  wrap.append(await heldSection());
  return wrap;
}

interface HeldItem {
  id: number;
  title: string | null;
  article_key: string;
  outlet: string | null;
  sub_event_type: string;
  event_date: string;
  location: string;
  country: string;
  probability: number;
  notes: string;
}

/** Events the keep-check held back: not events until an editor restores one (or dismisses it). */
async function heldSection(): Promise<HTMLElement> {
  const box = el("div", { class: "held", "data-testid": "held" }, el("h3", {}, "Held back by the keep-check"));
  const list = el("ul", { class: "queue", "data-testid": "held-list" });
  box.append(list);
  const h = await call<{ items: HeldItem[] }>("GET", "/review/held");
  if (!h.items.length) list.append(el("li", { class: "muted" }, "Nothing held back."));
  for (const it of h.items) {
    const msg = message();
    const li = el("li", { "data-testid": "held-item", "data-id": String(it.id) },
      el("div", {}, `${it.event_date} ${it.sub_event_type} — ${it.location}, ${it.country} (p ${it.probability.toFixed(2)})`),
      el("div", { class: "muted" }, `${it.title ?? it.article_key}${it.outlet ? ` · ${it.outlet}` : ""}`),
      el("div", { class: "muted" }, it.notes));
    const act = (label: string, testid: string, path: string) => {
      const b = el("button", { type: "button", "data-testid": testid }, label);
      b.addEventListener("click", async () => {
        try {
          await call("POST", `/review/held/${it.id}/${path}`, {});
          li.dataset.done = path;
          for (const x of li.querySelectorAll("button")) x.disabled = true;
          msg.textContent = `${label}: done`;
        } catch (err) {
          msg.textContent = (err as Error).message;
        }
      });
      return b;
    };
    li.append(act("Restore", "held-restore", "restore"), act("Dismiss", "held-dismiss", "dismiss"), msg);
    list.append(li);
  }
  return box;
}

const EDIT_FIELDS = ["event_date", "sub_event_type", "actor1", "actor2", "location", "latitude", "longitude", "fatalities", "notes"];

async function showEvent(id: string, box: HTMLElement) {
  clear(box);
  const d = await call<{ event: Record<string, unknown>; review: { state: string }; articles: { key: string; title: string | null; text: string }[] }>("GET", `/review/${encodeURIComponent(id)}`);
  const coded = el("form", { class: "coded", "data-testid": "coded" }, el("h3", {}, `${id} (${d.review.state})`));
  for (const k of EDIT_FIELDS) coded.append(field(k, input(k, k === "latitude" || k === "longitude" || k === "fatalities" ? "number" : "text", { value: String(d.event[k] ?? ""), step: "any" })));
  const reason = input("reason", "text", { placeholder: "why (needed to edit or reject)" });
  const msg = message();
  const act = (label: string, testid: string, fn: () => Promise<unknown>) => {
    const b = el("button", { type: "button", "data-testid": testid }, label);
    b.addEventListener("click", async () => {
      try {
        await fn();
        msg.textContent = `${label}: done`;
      } catch (err) {
        msg.textContent = (err as Error).message;
      }
    });
    return b;
  };
  const changed = () => {
    const out: Record<string, unknown> = {};
    for (const k of EDIT_FIELDS) {
      const v = (coded.elements.namedItem(k) as HTMLInputElement).value;
      const before = String(d.event[k] ?? "");
      if (v !== before) out[k] = typeof d.event[k] === "number" ? Number(v) : v;
    }
    return out;
  };
  coded.append(field("Reason", reason),
    act("Accept", "accept", () => call("POST", `/review/${encodeURIComponent(id)}/accept`, {})),
    act("Save edits", "save", () => call("PATCH", `/review/${encodeURIComponent(id)}`, { fields: changed(), reason: reason.value })),
    act("Reject", "reject", () => call("POST", `/review/${encodeURIComponent(id)}/reject`, { reason: reason.value })),
    msg);
  const evidence = el("div", { class: "evidence", "data-testid": "evidence" }, el("h3", {}, "Evidence"));
  for (const a of d.articles) evidence.append(el("h4", {}, a.title ?? a.key), el("p", { class: "article-text" }, a.text));
  box.append(coded, evidence);
}

async function route() {
  const m = /^#\/(\w+)/.exec(location.hash);
  const page = m && PAGES[m[1]!];
  if (!page) {
    view.hidden = true;
    document.body.dataset.desk = "";
    return;
  }
  clear(view);
  const close = el("a", { href: "#", class: "desk-close", "aria-label": "Close", "data-testid": "desk-close" }, "×");
  view.append(close, await page());
  view.hidden = false;
  document.body.dataset.desk = m[1]!;
}

window.addEventListener("hashchange", () => void route());
void refreshMe().then(route);
