import type { Terminal } from './terminal.js';

/**
 * A one-line "Building… 2.4 s" status on an interactive terminal, drawn once the work has taken a
 * second and redrawn whenever the event loop is free; erased before any other output and at the end.
 */
export class ProgressLine {
  private timer: NodeJS.Timeout | null = null;
  private drawn = false;
  private readonly started = performance.now();

  constructor(
    private readonly terminal: Terminal,
    private readonly label: string,
  ) {}

  start(): this {
    if (this.terminal.interactive) this.timer = setInterval(() => this.draw(), 250);
    return this;
  }

  /** Writes `line` (with its line break) above the progress line. */
  print(line: string): void {
    this.erase();
    this.terminal.write(`${line}\n`);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.erase();
  }

  private draw(): void {
    const seconds = (performance.now() - this.started) / 1000;
    if (seconds < 1) return;
    this.terminal.write(`\r\u001b[2K${this.label} ${seconds.toFixed(1)} s`);
    this.drawn = true;
  }

  private erase(): void {
    if (this.drawn) this.terminal.write('\r\u001b[2K');
    this.drawn = false;
  }
}
