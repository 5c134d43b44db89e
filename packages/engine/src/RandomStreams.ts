import { createStream, deriveSeed, type RandomStream } from "./RandomStream.js";

/**
 * The random streams of one replication. `stream(name)` creates a stream on first use and returns the same
 * object afterwards. Each stream's seed depends only on (seed, name, replication), so adding a stream or drawing
 * more from one never changes another's draws: that is what makes common random numbers work across variants.
 *
 * The lookup is a Map: fetch streams once when a model is set up and keep them, not per event.
 */
export class RandomStreams {
  readonly seed: number;
  readonly replication: number;
  private readonly streams = new Map<string, RandomStream>();

  constructor(seed: number, replication: number) {
    // Called only for its checks, so a bad seed or replication throws here rather than at the first stream.
    deriveSeed(seed, "", replication);
    this.seed = seed;
    this.replication = replication;
  }

  /** The stream called `name`, created on first use. */
  stream(name: string): RandomStream {
    let stream = this.streams.get(name);
    if (stream === undefined) {
      stream = createStream(this.seed, name, this.replication);
      this.streams.set(name, stream);
    }
    return stream;
  }
}
