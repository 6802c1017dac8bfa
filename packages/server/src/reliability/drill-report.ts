/** A drill's measured figures (how far work had gone when killed, restart times), printed with the test's output. */
export function reportFigures(line: string): void {
  process.stdout.write(`${line}\n`);
}
