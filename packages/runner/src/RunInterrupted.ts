/** The run was stopped on purpose (`stop()`, e.g. on Ctrl-C): not a failure of the simulation. */
export class RunInterrupted extends Error {
  override readonly name = "RunInterrupted";
  constructor() {
    super("the run was interrupted");
  }
}
