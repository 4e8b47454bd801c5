// Progress of long CLI jobs on stderr: on a terminal a bar redrawn in place with rate and ETA;
// otherwise (pipes, CI logs) a plain line every `every` items, and one at the end if any came before.
export interface ProgressOptions {
  /** Items expected, when known (for the percentage and ETA). */
  total?: number;
  /** Items between plain log lines when not on a terminal. */
  every?: number;
  stream?: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean; columns?: number };
  /** Overrides terminal detection (tests). */
  tty?: boolean;
  now?: () => number;
  /** Unit word in the messages ("articles", "events", "places"). */
  unit?: string;
}

const clock = (s: number) => {
  if (!Number.isFinite(s) || s < 0) return "?";
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = Math.floor(s % 60);
  return h ? `${h}:${String(m).padStart(2, "0")}:${String(sec).padStart(2, "0")}` : `${m}:${String(sec).padStart(2, "0")}`;
};
const rateOf = (r: number) => (r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2));

export class Progress {
  private n = 0;
  private readonly t0: number;
  private lastDraw = 0;
  private lastLogged = 0;
  private readonly tty: boolean;
  private readonly every: number;
  private readonly now: () => number;
  private readonly stream: NonNullable<ProgressOptions["stream"]>;
  private finished = false;

  constructor(readonly label: string, private opts: ProgressOptions = {}) {
    this.stream = opts.stream ?? process.stderr;
    this.tty = opts.tty ?? !!this.stream.isTTY;
    this.every = opts.every ?? 1000;
    this.now = opts.now ?? Date.now;
    this.t0 = this.now();
  }

  get count(): number {
    return this.n;
  }

  set total(t: number | undefined) {
    this.opts.total = t;
  }

  /** One line describing where the job is: "extract: 1200/5000 articles (24%), 310/s, ETA 0:12". */
  line(): string {
    const secs = (this.now() - this.t0) / 1000;
    const rate = secs > 0 ? this.n / secs : 0;
    const unit = this.opts.unit ? ` ${this.opts.unit}` : "";
    const total = this.opts.total;
    if (total && total > 0) {
      const pct = Math.min(100, Math.floor((this.n / total) * 100));
      const eta = rate > 0 ? (total - this.n) / rate : NaN;
      return `${this.label}: ${this.n}/${total}${unit} (${pct}%), ${rateOf(rate)}/s, ETA ${clock(eta)}`;
    }
    return `${this.label}: ${this.n}${unit}, ${rateOf(rate)}/s, ${clock(secs)} elapsed`;
  }

  private bar(): string {
    const total = this.opts.total;
    if (!total) return this.line();
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - 60));
    const filled = Math.min(width, Math.round((this.n / total) * width));
    return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${this.line()}`;
  }

  tick(by = 1): void {
    this.n += by;
    if (this.tty) {
      const t = this.now();
      if (t - this.lastDraw >= 100) {
        this.lastDraw = t;
        this.stream.write(`\r\x1b[2K${this.bar()}`);
      }
    } else if (this.n - this.lastLogged >= this.every) {
      this.lastLogged = this.n - (this.n % this.every);
      this.stream.write(this.line() + "\n");
    }
  }

  /** Final state: the bar completed on a terminal; one last line otherwise. */
  done(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.tty) this.stream.write(`\r\x1b[2K${this.bar()}\n`);
    // Small jobs stay quiet in logs: the closing line only follows earlier progress lines.
    else if (this.lastLogged > 0 && this.n !== this.lastLogged) this.stream.write(this.line() + " (done)\n");
  }
}
