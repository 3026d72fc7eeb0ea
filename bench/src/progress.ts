/** A one-line progress bar on stderr; plain lines when stderr is not a terminal. */
export class ProgressBar {
  private done = 0;
  private lastLine = 0;
  private readonly started = Date.now();

  constructor(
    private readonly title: string,
    private readonly total: number,
  ) {}

  /** Marks `amount` more units done while working on `label`. */
  advance(amount: number, label: string): void {
    this.done = Math.min(this.total, this.done + amount);
    this.render(label);
  }

  finish(label = 'done'): void {
    this.done = this.total;
    this.render(label);
    if (process.stderr.isTTY) {
      process.stderr.write('\n');
    }
  }

  private render(label: string): void {
    const ratio = this.total === 0 ? 1 : this.done / this.total;
    const width = 30;
    const filled = Math.round(ratio * width);
    const bar = '#'.repeat(filled) + '.'.repeat(width - filled);
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    const line = `${this.title} [${bar}] ${(ratio * 100).toFixed(0).padStart(3)}% ${seconds}s ${label}`;

    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line.padEnd(process.stderr.columns ?? 100).slice(0, 160)}`);
      return;
    }
    // Without a terminal, print at most every 10% so logs stay short.
    const decile = Math.floor(ratio * 10);
    if (decile > this.lastLine || ratio === 1) {
      this.lastLine = decile;
      process.stderr.write(`${line}\n`);
    }
  }
}
