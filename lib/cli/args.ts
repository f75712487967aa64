import { closestMatch } from './suggest.js';

/** Command-line flags as Jekyll spells them. */
export interface BuildFlags {
  source: string;
  destination?: string;
  config?: string[];
  baseurl?: string;
  drafts: boolean;
  future: boolean;
  unpublished: boolean;
  /** `--disable-disk-cache`: no `.jtd-cache` is read or written (`disable_disk_cache: true`). */
  disableDiskCache: boolean;
  /** `--limit_posts N`: only the N newest posts (`limit_posts: N`). */
  limitPosts?: string;
  /** `-I`, `--incremental`: accepted as Jekyll's commands pass it; jtd's rebuilds always render only what changed. */
  incremental: boolean;
  /** `--strict_front_matter`: invalid front matter fails the build (`strict_front_matter: true`). */
  strictFrontMatter: boolean;
  trace: boolean;
  quiet: boolean;
  verbose: boolean;
  strict: boolean;
  /** `jtd build --check`: check links, anchors, images and assets after building. */
  check: boolean;
  /** `--profile`: print the time of each build stage and of the slowest templates. */
  profile: boolean;
  help: boolean;
}

/** `jtd build`'s own flags. */
export interface BuildCommandFlags extends BuildFlags {
  /** `-w`, `--watch`: after building, rebuild what each change affects until interrupted (`jekyll build --watch`). */
  watch: boolean;
  /** `--force_polling`: the watcher looks at the files every so often instead of being told of changes. */
  forcePolling: boolean;
}

export interface ServeFlags extends BuildCommandFlags {
  host: string;
  port: number;
  liveReload: boolean;
  openUrl: boolean;
}

export interface NewFlags {
  directory: string | null;
  force: boolean;
  quiet: boolean;
  help: boolean;
}

/** A mistake on the command line; `command` names whose help to point to. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command: string,
  ) {
    super(message);
  }
}

type Flags = Record<string, unknown>;

interface OptionSpec {
  /** Options taking a value → the flag they set. */
  values: Record<string, string>;
  /** Switches → the flag they set, and to what. */
  switches: Record<string, [string, boolean]>;
  /** Name of the one positional argument, when the command takes one. */
  positional?: string;
}

const HELP_SWITCHES: Record<string, [string, boolean]> = { '-h': ['help', true], '--help': ['help', true] };

const BUILD_OPTIONS: OptionSpec = {
  values: {
    '-s': 'source',
    '--source': 'source',
    '-d': 'destination',
    '--destination': 'destination',
    '--config': 'config',
    '-b': 'baseurl',
    '--baseurl': 'baseurl',
    '--limit_posts': 'limitPosts',
  },
  switches: {
    ...HELP_SWITCHES,
    '-D': ['drafts', true],
    '--drafts': ['drafts', true],
    '--future': ['future', true],
    '--unpublished': ['unpublished', true],
    '--disable-disk-cache': ['disableDiskCache', true],
    '-I': ['incremental', true],
    '--incremental': ['incremental', true],
    '--strict_front_matter': ['strictFrontMatter', true],
    '-t': ['trace', true],
    '--trace': ['trace', true],
    '-q': ['quiet', true],
    '--quiet': ['quiet', true],
    '-V': ['verbose', true],
    '--verbose': ['verbose', true],
    '--strict': ['strict', true],
    '--check': ['check', true],
    '--profile': ['profile', true],
  },
};

const WATCH_SWITCHES: Record<string, [string, boolean]> = {
  '-w': ['watch', true],
  '--watch': ['watch', true],
  '--no-watch': ['watch', false],
  '--force_polling': ['forcePolling', true],
};

const BUILD_COMMAND_OPTIONS: OptionSpec = { values: BUILD_OPTIONS.values, switches: { ...BUILD_OPTIONS.switches, ...WATCH_SWITCHES } };

const SERVE_OPTIONS: OptionSpec = {
  values: { ...BUILD_OPTIONS.values, '-H': 'host', '--host': 'host', '-P': 'port', '--port': 'port' },
  switches: {
    ...BUILD_OPTIONS.switches,
    '-l': ['liveReload', true],
    '--livereload': ['liveReload', true],
    '--no-livereload': ['liveReload', false],
    '-o': ['openUrl', true],
    '--open-url': ['openUrl', true],
    ...WATCH_SWITCHES,
  },
};

const NEW_OPTIONS: OptionSpec = {
  values: {},
  switches: { ...HELP_SWITCHES, '-f': ['force', true], '--force': ['force', true], '-q': ['quiet', true], '--quiet': ['quiet', true] },
  positional: 'directory',
};

const BUILD_DEFAULTS = {
  source: '.',
  drafts: false,
  future: false,
  unpublished: false,
  disableDiskCache: false,
  incremental: false,
  strictFrontMatter: false,
  trace: false,
  quiet: false,
  verbose: false,
  strict: false,
  check: false,
  profile: false,
  help: false,
};

/** The flags of `jtd check` and `jtd doctor`, which build the site as `jtd build` does. */
export function parseBuildFlags(argv: string[], command: string): BuildFlags {
  return parse(argv, { ...BUILD_DEFAULTS }, BUILD_OPTIONS, command) as unknown as BuildFlags;
}

export function parseBuildCommandFlags(argv: string[]): BuildCommandFlags {
  return parse(argv, { ...BUILD_DEFAULTS, watch: false, forcePolling: false }, BUILD_COMMAND_OPTIONS, 'build') as unknown as BuildCommandFlags;
}

export function parseServeFlags(argv: string[]): ServeFlags {
  const defaults = { ...BUILD_DEFAULTS, host: '127.0.0.1', port: '4000', liveReload: true, openUrl: false, watch: true, forcePolling: false };
  const flags = parse(argv, defaults, SERVE_OPTIONS, 'serve');
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port needs a port number, not '${String(flags.port)}'.`, 'serve');
  return { ...(flags as unknown as ServeFlags), port };
}

export function parseNewFlags(argv: string[]): NewFlags {
  return parse(argv, { directory: null, force: false, quiet: false, help: false }, NEW_OPTIONS, 'new') as unknown as NewFlags;
}

/** Every long option a command accepts, for help and suggestions. */
export function longOptions(command: string): string[] {
  const spec = command === 'serve' ? SERVE_OPTIONS : command === 'new' ? NEW_OPTIONS : command === 'build' ? BUILD_COMMAND_OPTIONS : BUILD_OPTIONS;
  return [...Object.keys(spec.values), ...Object.keys(spec.switches)].filter((name) => name.startsWith('--'));
}

function parse(argv: string[], flags: Flags, spec: OptionSpec, command: string): Flags {
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = splitInline(argv[i]);
    if (name in spec.switches) {
      const [key, value] = spec.switches[name];
      flags[key] = value;
    } else if (name in spec.values) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value.`, command);
      assign(flags, spec.values[name], value);
    } else if (!argv[i].startsWith('-') && spec.positional && flags[spec.positional] === null) {
      flags[spec.positional] = argv[i];
    } else {
      throw unknownArgument(argv[i], name, command, spec);
    }
  }
  if (flags.limitPosts !== undefined && !/^\d+$/.test(String(flags.limitPosts))) {
    throw new UsageError(`--limit_posts needs a number of posts (0 or more), not '${String(flags.limitPosts)}'.`, command);
  }
  return flags;
}

function unknownArgument(arg: string, name: string, command: string, spec: OptionSpec): UsageError {
  if (!arg.startsWith('-')) return new UsageError(`'jtd ${command}' takes no argument '${arg}'.`, command);
  const suggestion = closestMatch(name, [...Object.keys(spec.values), ...Object.keys(spec.switches)].filter((n) => n.startsWith('--')));
  const hint = suggestion ? ` Did you mean ${suggestion}?` : '';
  return new UsageError(`Unknown option ${arg} for 'jtd ${command}'.${hint}`, command);
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
