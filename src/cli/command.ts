export interface Command {
  name: string;
  /** One line for `sitrep --help`. */
  summary: string;
  /** Options and examples for `sitrep <name> --help`. */
  help: string;
  /** Returns the process exit code. */
  run(argv: string[]): Promise<number>;
}
