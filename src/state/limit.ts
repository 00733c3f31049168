// At most n tasks at a time, started in the order asked. The scanner asks for every file
// at once; without this, an incremental scan of a million files would open a million
// state entries (and hold their records) together.
export class Limit {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly n: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.n) await new Promise<void>((start) => this.waiting.push(start));
    else this.running++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
