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
  strict: boolean;
}

export interface ServeFlags extends BuildFlags {
  host: string;
  port: number;
  liveReload: boolean;
  openUrl: boolean;
  watch: boolean;
}

export class UsageError extends Error {}

type Flags = Record<string, unknown>;

const VALUE_FLAGS: Record<string, string> = {
  '-s': 'source',
  '--source': 'source',
  '-d': 'destination',
  '--destination': 'destination',
  '--config': 'config',
  '-b': 'baseurl',
  '--baseurl': 'baseurl',
};

const SWITCHES: Record<string, [string, boolean]> = {
  '-D': ['drafts', true],
  '--drafts': ['drafts', true],
  '--future': ['future', true],
  '--unpublished': ['unpublished', true],
  '-t': ['trace', true],
  '--trace': ['trace', true],
  '-q': ['quiet', true],
  '--quiet': ['quiet', true],
  '-V': ['verbose', true],
  '--verbose': ['verbose', true],
  '--strict': ['strict', true],
};

const SERVE_VALUE_FLAGS: Record<string, string> = { '-H': 'host', '--host': 'host', '-P': 'port', '--port': 'port' };

const SERVE_SWITCHES: Record<string, [string, boolean]> = {
  '-l': ['liveReload', true],
  '--livereload': ['liveReload', true],
  '--no-livereload': ['liveReload', false],
  '-o': ['openUrl', true],
  '--open-url': ['openUrl', true],
  '-w': ['watch', true],
  '--watch': ['watch', true],
  '--no-watch': ['watch', false],
};

const BUILD_DEFAULTS = { source: '.', drafts: false, future: false, unpublished: false, trace: false, quiet: false, verbose: false, strict: false };

export function parseBuildFlags(argv: string[]): BuildFlags {
  return parse(argv, { ...BUILD_DEFAULTS }, VALUE_FLAGS, SWITCHES) as unknown as BuildFlags;
}

export function parseServeFlags(argv: string[]): ServeFlags {
  const flags = parse(
    argv,
    { ...BUILD_DEFAULTS, host: '127.0.0.1', port: '4000', liveReload: true, openUrl: false, watch: true },
    { ...VALUE_FLAGS, ...SERVE_VALUE_FLAGS },
    { ...SWITCHES, ...SERVE_SWITCHES },
  );
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port needs a port number, not '${String(flags.port)}'.`);
  return { ...(flags as unknown as ServeFlags), port };
}

function parse(argv: string[], flags: Flags, values: Record<string, string>, switches: Record<string, [string, boolean]>): Flags {
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = splitInline(argv[i]);
    if (name in switches) {
      const [key, value] = switches[name];
      flags[key] = value;
    } else if (name in values) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value.`);
      assign(flags, values[name], value);
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

function assign(flags: Flags, key: string, value: string): void {
  if (key === 'config') {
    const previous = (flags.config as string[] | undefined) ?? [];
    flags.config = [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
  } else flags[key] = value;
}
