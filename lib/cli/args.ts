/** Command-line flags as Jekyll spells them. */
export interface BuildFlags {
  source: string;
  destination?: string;
  config?: string[];
  baseurl?: string;
  drafts: boolean;
  future: boolean;
  unpublished: boolean;
  trace: boolean;
  quiet: boolean;
  verbose: boolean;
}

export class UsageError extends Error {}

const VALUE_FLAGS: Record<string, keyof BuildFlags> = {
  '-s': 'source',
  '--source': 'source',
  '-d': 'destination',
  '--destination': 'destination',
  '--config': 'config',
  '-b': 'baseurl',
  '--baseurl': 'baseurl',
};

const SWITCHES: Record<string, keyof BuildFlags> = {
  '-D': 'drafts',
  '--drafts': 'drafts',
  '--future': 'future',
  '--unpublished': 'unpublished',
  '-t': 'trace',
  '--trace': 'trace',
  '-q': 'quiet',
  '--quiet': 'quiet',
  '-V': 'verbose',
  '--verbose': 'verbose',
};

export function parseBuildFlags(argv: string[]): BuildFlags {
  const flags: BuildFlags = { source: '.', drafts: false, future: false, unpublished: false, trace: false, quiet: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = splitInline(argv[i]);
    if (name in SWITCHES) {
      (flags[SWITCHES[name]] as boolean) = true;
    } else if (name in VALUE_FLAGS) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value.`);
      assign(flags, VALUE_FLAGS[name], value);
    } else {
      throw new UsageError(`Unknown option ${argv[i]}. Run 'jtd help' for the options.`);
    }
  }
  return flags;
}

function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

function assign(flags: BuildFlags, key: keyof BuildFlags, value: string): void {
  if (key === 'config') flags.config = [...(flags.config ?? []), ...value.split(',').map((v) => v.trim()).filter(Boolean)];
  else (flags as unknown as Record<string, string>)[key] = value;
}
