// One conditional GET of a feed: If-None-Match / If-Modified-Since, redirects followed by hand (so
// loops are caught and named), a time limit and a size limit. Never throws: failures come back
// as { error } with whatever status was seen.

export interface FetchOutcome {
  status: number | null;
  /** The body when the server sent new content (200). */
  body?: Buffer;
  notModified: boolean;
  etag?: string;
  lastModified?: string;
  /** Seconds the server asked us to wait (Retry-After on 429/503). */
  retryAfterS?: number;
  finalUrl: string;
  bytes: number;
  ms: number;
  error?: string;
}

export interface FetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
}

export const USER_AGENT = "sitrep-feed-poller/0.1 (+https://github.com/sitrep; polite: conditional GET, per-host rate limit)";

export async function fetchFeed(url: string, opts: FetchOptions = {}): Promise<FetchOutcome> {
  const t0 = Date.now();
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const maxBytes = opts.maxBytes ?? 20 * 1024 * 1024;
  const maxRedirects = opts.maxRedirects ?? 5;
  const signal = AbortSignal.timeout(timeoutMs);
  const seen = new Set<string>();
  let current = url;
  let status: number | null = null;
  const done = (o: Partial<FetchOutcome>): FetchOutcome => ({ status, notModified: false, finalUrl: current, bytes: 0, ms: Date.now() - t0, ...o });
  try {
    for (let hop = 0; ; hop++) {
      seen.add(current);
      const headers: Record<string, string> = { "user-agent": opts.userAgent ?? USER_AGENT, accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1" };
      if (opts.etag) headers["if-none-match"] = opts.etag;
      if (opts.lastModified) headers["if-modified-since"] = opts.lastModified;
      const res = await fetch(current, { headers, redirect: "manual", signal });
      status = res.status;
      if (status >= 300 && status < 400 && status !== 304) {
        await res.body?.cancel();
        const loc = res.headers.get("location");
        if (!loc) return done({ error: `HTTP ${status} redirect without a Location header` });
        const next = new URL(loc, current).toString();
        if (seen.has(next)) return done({ error: `redirect loop: ${[...seen, next].join(" -> ")}` });
        if (hop + 1 > maxRedirects) return done({ error: `more than ${maxRedirects} redirects` });
        current = next;
        continue;
      }
      const validators = { etag: res.headers.get("etag") ?? undefined, lastModified: res.headers.get("last-modified") ?? undefined };
      if (status === 304) {
        await res.body?.cancel();
        return done({ notModified: true, ...validators });
      }
      if (status !== 200) {
        await res.body?.cancel();
        const ra = Number(res.headers.get("retry-after"));
        return done({ error: `HTTP ${status}`, retryAfterS: Number.isFinite(ra) && ra > 0 ? ra : undefined });
      }
      const chunks: Buffer[] = [];
      let bytes = 0;
      const reader = res.body?.getReader();
      for (let r = await reader?.read(); reader && r && !r.done; r = await reader.read()) {
        bytes += r.value.length;
        if (bytes > maxBytes) {
          await reader.cancel();
          return done({ bytes, error: `larger than ${maxBytes} bytes` });
        }
        chunks.push(Buffer.from(r.value));
      }
      return done({ body: Buffer.concat(chunks), bytes, ...validators });
    }
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const why = e.name === "TimeoutError" || signal.aborted ? `timed out after ${timeoutMs} ms` : (e.cause?.code ?? e.cause?.message ?? e.message);
    return done({ error: why });
  }
}
