/** The commands, their aliases, and the help text of each. */
export interface CommandHelp {
  name: string;
  aliases: string[];
  summary: string;
  usage: string;
  details: string;
}

const SITE_OPTIONS = `  -s, --source DIR          Source folder (default: .)
  -d, --destination DIR     Destination folder (default: ./_site)
      --config FILE[,FILE]  Configuration files, merged left to right (default: _config.yml)
  -b, --baseurl URL         Serve the website from the given base URL
  -D, --drafts              Render posts in the _drafts folder
      --future              Publish posts and documents dated in the future
      --unpublished         Render posts marked published: false
      --limit_posts N       Read and publish only the N newest posts
  -I, --incremental         Accepted as Jekyll takes it; jtd rebuilds only what changed in any case
      --disable-disk-cache  Neither read nor write the caches in .jtd-cache
      --strict              Treat every warning (invalid front matter, a missing layout, ...) as an error
      --strict_front_matter Treat invalid front matter as an error
      --profile             Print the time of each build stage and of the slowest templates
  -q, --quiet               Print only errors, warnings and findings
  -V, --verbose             Print more about the build
  -t, --trace               Show the full stack trace when something fails
  -h, --help                Show this help`;

export const COMMANDS: CommandHelp[] = [
  {
    name: 'new',
    aliases: [],
    summary: 'Create a small just-the-docs site in DIR, ready to serve',
    usage: 'jtd new DIR [--force]',
    details: `Writes a just-the-docs site of a few pages into DIR: a configuration with the common options
explained, a home page, a section with child pages, a page of callouts, code and tables, and a
custom include. DIR must be empty or missing, unless --force is given.

Options:
  -f, --force               Write into DIR even when it is not empty (files with the same names are replaced)
  -q, --quiet               Print nothing but errors
  -h, --help                Show this help

Then:  cd DIR && npx jtd serve`,
  },
  {
    name: 'build',
    aliases: ['b'],
    summary: 'Build the site into the destination (default: _site)',
    usage: 'jtd build [options]',
    details: `Builds the site as Jekyll 4.3 does and prints one line at the end: pages, files, warnings and seconds.

Options (as Jekyll's):
${SITE_OPTIONS}
  -w, --watch               After building, rebuild what each change affects, until Ctrl+C
      --force_polling       With --watch, look at the files for changes instead of being told of them
      --check               After building, check links, anchors, images and assets (as jtd check)`,
  },
  {
    name: 'serve',
    aliases: ['s', 'server'],
    summary: 'Build, serve on http://127.0.0.1:4000, rebuild on changes and reload the browser',
    usage: 'jtd serve [options]',
    details: `Builds the site, serves it, and rebuilds what a change affects; open pages reload by themselves.
A broken build shows its error in the browser until the file is fixed.

Options:
  -H, --host HOST           Host to listen on (default: 127.0.0.1)
  -P, --port PORT           Port to listen on (default: 4000; 0 picks a free port)
      --no-livereload       Do not reload the browser after a rebuild
  -o, --open-url            Open the site in the browser
      --no-watch            Build and serve, without watching for changes
      --force_polling       Look at the files for changes instead of being told of them (shared folders)
${SITE_OPTIONS}`,
  },
  {
    name: 'check',
    aliases: [],
    summary: 'Build, then report broken links, missing anchors, images and assets',
    usage: 'jtd check [options]',
    details: `Builds the site, then checks every internal link, #anchor, {% link %} and {% post_url %} target,
image, stylesheet and script. Each problem is printed as file:line with the link text; the file is
the page's source when the link can be found there, otherwise the built file. External links are
never fetched. Exit status: 0 when nothing is found, 1 when something is.

Options (the build options):
${SITE_OPTIONS}`,
  },
  {
    name: 'doctor',
    aliases: [],
    summary: 'List what jtd treats differently from Jekyll for this site, and what to do',
    usage: 'jtd doctor [options]',
    details: `Reads the site and prints one line per thing that needs attention, with the file and what to do:
plugins jtd does not run (and Ruby plugins), includes of older just-the-docs versions the theme no
longer uses, parent titles that name no page or several, parent loops, then broken links and anchors
(from a build in a temporary folder; the destination is not touched). Exit status: 0 when nothing needs
attention, 1 when something does.

Options (the build options):
${SITE_OPTIONS}`,
  },
  {
    name: 'help',
    aliases: [],
    summary: 'Show help for jtd or for one command',
    usage: 'jtd help [COMMAND]',
    details: '',
  },
];

export function findCommand(name: string): CommandHelp | undefined {
  return COMMANDS.find((c) => c.name === name || c.aliases.includes(name));
}

export function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length)) + 2;
  const lines = COMMANDS.map((c) => `  ${c.usage.padEnd(width)}${c.summary}`);
  return `jtd — builds Jekyll and just-the-docs sites the way Jekyll 4.3 does.

Usage:
${lines.join('\n')}
  ${'jtd --version'.padEnd(width)}Show the version

Run 'jtd help COMMAND' for a command's options.
`;
}

export function commandHelp(command: CommandHelp): string {
  const aliases = command.aliases.length ? `\nAliases: ${command.aliases.join(', ')}` : '';
  return `Usage: ${command.usage}

${command.summary}.${aliases}
${command.details ? `\n${command.details}\n` : ''}`;
}
