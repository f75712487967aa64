/**
 * Collects changed paths and runs one rebuild at a time: changes that arrive while a rebuild runs are
 * queued and coalesced into the next one; a burst of saves within `quietMs` becomes one rebuild.
 */
export class ChangeQueue {
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly rebuild: (paths: string[]) => Promise<void>,
    private readonly quietMs = 25,
  ) {}

  add(path: string): void {
    this.pending.add(path);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.quietMs);
  }

  /** Resolves when nothing is pending or running. */
  async idle(): Promise<void> {
    while (this.running || this.timer || this.pending.size > 0) {
      if (this.running) await this.running;
      else await new Promise((resolve) => setTimeout(resolve, this.quietMs));
    }
  }

  private async flush(): Promise<void> {
    this.timer = null;
    if (this.running || this.pending.size === 0) return;
    const paths = [...this.pending];
    this.pending = new Set();
    this.running = this.rebuild(paths).finally(() => {
      this.running = null;
      if (this.pending.size > 0) void this.flush();
    });
    await this.running;
  }
}
