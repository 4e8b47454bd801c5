// The header's pipeline indicator: "33 articles · 52 events · 0 waiting for extraction", plus the
// worker queue ("jobs: 5 queued, 2 running") on PostgreSQL. Polled every few seconds while the tab
// is visible, and refreshed at once when the live stream reports a change.

export interface PipelineStatus {
  store: string;
  counts: { articles: number; events: number; pendingExtraction: number; [k: string]: number };
  queue: Record<string, { queued: number; retry: number; active: number; completed: number; failed: number }> | null;
}

export const STATUS_POLL_MS = 5000;

const n = (count: number, one: string, many = one + "s") => `${count.toLocaleString("en")} ${count === 1 ? one : many}`;

/** The indicator's text (pure, so it is tested without a browser). */
export function statusText(s: PipelineStatus): string {
  const c = s.counts;
  const parts = [n(c.articles, "article"), n(c.events, "event"), `${c.pendingExtraction.toLocaleString("en")} waiting for extraction`];
  if (s.queue) {
    const steps = Object.values(s.queue);
    const sum = (f: (x: (typeof steps)[number]) => number) => steps.reduce((a, x) => a + f(x), 0);
    // Jobs waiting to be retried are still waiting: counted as queued.
    const jobs = [`${sum((x) => x.queued + x.retry).toLocaleString("en")} queued`, `${sum((x) => x.active).toLocaleString("en")} running`];
    const failed = sum((x) => x.failed);
    if (failed) jobs.push(`${failed.toLocaleString("en")} failed`);
    parts.push(`jobs: ${jobs.join(", ")}`);
  }
  return parts.join(" · ");
}

/** The indicator's tooltip: what each figure means, per step when there is a queue. */
function statusTitle(s: PipelineStatus): string {
  const lines = [`store: ${s.store}`, ...Object.entries(s.counts).map(([k, v]) => `${k}: ${v}`)];
  for (const [step, q] of Object.entries(s.queue ?? {})) {
    lines.push(`${step} jobs: ${q.queued} queued, ${q.retry} to retry, ${q.active} running, ${q.completed} done, ${q.failed} failed`);
  }
  return lines.join("\n");
}

/** Starts polling into `node`; the returned function refreshes now (e.g. on a stream event). */
export function startStatus(node: HTMLElement, pollMs = STATUS_POLL_MS): () => void {
  let busy = false;
  const refresh = async () => {
    if (busy || document.hidden) return;
    busy = true;
    try {
      const res = await fetch("api/v1/status", { headers: { accept: "application/json" } });
      // A private instance before log-in answers 401/403: no indicator rather than an error.
      if (!res.ok) {
        node.hidden = true;
        return;
      }
      const s = (await res.json()) as PipelineStatus;
      node.textContent = statusText(s);
      node.title = statusTitle(s);
      node.dataset.events = String(s.counts.events);
      node.dataset.pending = String(s.counts.pendingExtraction);
      node.dataset.queue = s.queue ? "yes" : "no";
      node.hidden = false;
    } catch {
      // Offline or the server restarting: keep the last figures; the next poll tries again.
    } finally {
      busy = false;
    }
  };
  void refresh();
  window.setInterval(() => void refresh(), pollMs);
  document.addEventListener("visibilitychange", () => void refresh());
  return () => void refresh();
}
