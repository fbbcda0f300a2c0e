/**
 * The many-page run's progress on stderr: on a terminal one bar redrawn in place (count, rate,
 * time left); otherwise one plain line a page, which a log keeps.
 */
export class Progress {
  private count = 0;
  private readonly started = performance.now();
  private readonly tty: boolean;

  constructor(
    private readonly total: number,
    private readonly out: NodeJS.WritableStream & { isTTY?: boolean },
  ) {
    this.tty = out.isTTY === true;
  }

  tick(name: string, outcome: string): void {
    this.count += 1;
    if (!this.tty) return void this.out.write(`extract: ${this.count}/${this.total} ${name}: ${outcome}\n`);
    const seconds = (performance.now() - this.started) / 1000;
    const rate = this.count / Math.max(seconds, 0.001);
    const left = (this.total - this.count) / rate;
    const width = 24;
    const filled = Math.round((this.count / Math.max(this.total, 1)) * width);
    this.out.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.count}/${this.total}  ${rate.toFixed(1)} pages/s  ${Math.ceil(left)} s left `,
    );
  }

  done(): void {
    if (this.tty && this.count) this.out.write('\n');
  }
}
