/** A failure with its own exit code (docs/cli.md): printed as one line with "error:", never a stack trace. */
export class ExitError extends Error {
  override readonly name = "ExitError";
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Exit code when the queue (Redis) cannot be reached or is lost during a study (docs/scale-out.md). */
export const EXIT_QUEUE_UNAVAILABLE = 4;
