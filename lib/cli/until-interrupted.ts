/** Resolves when the process is asked to stop (Ctrl+C, or a termination signal). */
export function untilInterrupted(): Promise<void> {
  return new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}
