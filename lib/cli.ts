export async function main(argv: string[]): Promise<number> {
  console.log('jtd', argv.join(' '));
  return 0;
}
