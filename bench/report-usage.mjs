// Preloaded into a measured process (node --import): prints its CPU time and peak memory when it exits.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\n@@usage ${JSON.stringify({ user: usage.userCPUTime / 1e6, system: usage.systemCPUTime / 1e6, maxRssMb: usage.maxRSS / 1024 })}\n`);
});
