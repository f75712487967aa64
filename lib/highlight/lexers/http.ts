import type { LexingRun } from '../lexing-run.js';
import { rule, type LexerDefinition } from '../lexer-definition.js';

/** The Content-Type of the message, as far as the headers read so far tell (Rouge starts from text/plain). */
interface HttpMessage {
  contentType: string;
}

type HttpRun = LexingRun<HttpMessage>;

/**
 * The media types Rouge 3.30's lexers declare, by lexer tag: Rouge picks the body's lexer by the lower-cased
 * Content-Type, so only the lower-case ones can ever be chosen. No media type belongs to two lexers.
 */
const MEDIA_TYPES_BY_TAG: Readonly<Record<string, readonly string[]>> = {
  abap: ['text/x-abap'],
  actionscript: ['application/x-actionscript'],
  ada: ['text/x-ada'],
  apache: ['text/x-httpd-conf', 'text/x-apache-conf'],
  apex: ['text/x-apex'],
  apiblueprint: ['text/vnd.apiblueprint'],
  applescript: ['application/x-applescript'],
  augeas: ['text/x-augeas'],
  awk: ['application/x-awk'],
  batchfile: ['application/bat', 'application/x-bat', 'application/x-msdos-program'],
  brainfuck: ['text/x-brainfuck'],
  c: ['text/x-chdr', 'text/x-csrc'],
  ceylon: ['text/x-ceylon'],
  clojure: ['text/x-clojure', 'application/x-clojure'],
  cmake: ['text/x-cmake'],
  coffeescript: ['text/coffeescript'],
  common_lisp: ['text/x-common-lisp'],
  coq: ['text/x-coq'],
  cpp: ['text/x-c++hdr', 'text/x-c++src'],
  crystal: ['text/x-crystal', 'application/x-crystal'],
  csharp: ['text/x-csharp'],
  css: ['text/css'],
  cypher: ['application/x-cypher-query'],
  cython: ['text/x-cython', 'application/x-cython'],
  d: ['application/x-dsrc', 'text/x-dsrc'],
  dafny: ['text/x-dafny'],
  dart: ['text/x-dart'],
  datastudio: ['text/x-datastudio'],
  diff: ['text/x-diff', 'text/x-patch'],
  digdag: ['application/x-digdag'],
  docker: ['text/x-dockerfile-config'],
  dot: ['text/vnd.graphviz'],
  ecl: ['application/x-ecl'],
  eiffel: ['text/x-eiffel'],
  elixir: ['text/x-elixir', 'application/x-elixir'],
  elm: ['text/x-elm'],
  email: ['message/rfc822'],
  erlang: ['text/x-erlang', 'application/x-erlang'],
  factor: ['text/x-factor'],
  fortran: ['text/x-fortran'],
  freefem: ['text/x-ffhdr', 'text/x-ffsrc'],
  fsharp: ['application/fsharp-script', 'text/x-fsharp', 'text/x-fsi'],
  gdscript: ['text/x-gdscript', 'application/x-gdscript'],
  gherkin: ['text/x-gherkin'],
  glsl: ['x-shader/x-vertex', 'x-shader/x-fragment', 'x-shader/x-geometry'],
  go: ['text/x-go', 'application/x-go'],
  gradle: ['text/x-gradle'],
  graphql: ['application/graphql'],
  groovy: ['text/x-groovy'],
  haml: ['text/x-haml'],
  handlebars: ['text/x-handlebars', 'text/x-mustache'],
  haskell: ['text/x-haskell'],
  haxe: ['text/haxe', 'text/x-haxe', 'text/x-hx'],
  hlsl: ['text/x-hlsl'],
  html: ['text/html', 'application/xhtml+xml'],
  hylang: ['text/x-hy', 'application/x-hy'],
  idris: ['text/x-idris'],
  igorpro: ['text/x-igorpro'],
  ini: ['text/x-ini'],
  io: ['text/x-iosrc'],
  isabelle: ['text/x-isabelle'],
  janet: ['text/x-janet', 'application/x-janet'],
  java: ['text/x-java'],
  javascript: ['application/javascript', 'application/x-javascript', 'text/javascript', 'text/x-javascript'],
  jinja: ['application/x-django-templating', 'application/x-jinja', 'text/html+django', 'text/html+jinja'],
  json: [
    'application/json',
    'application/vnd.api+json',
    'application/hal+json',
    'application/problem+json',
    'application/schema+json',
  ],
  jsonnet: ['text/x-jsonnet'],
  jsp: ['text/x-jsp', 'application/x-jsp'],
  jsx: ['text/x-jsx', 'application/x-jsx'],
  julia: ['text/x-julia', 'application/x-julia'],
  kotlin: ['text/x-kotlin'],
  lasso: ['text/x-lasso', 'text/html+lasso', 'application/x-httpd-lasso'],
  literate_haskell: ['text/x-literate-haskell'],
  livescript: ['text/livescript'],
  llvm: ['text/x-llvm'],
  lua: ['text/x-lua', 'application/x-lua'],
  lustre: ['text/x-lustre'],
  lutin: ['text/x-lutin'],
  magik: ['text/x-magik', 'application/x-magik'],
  make: ['text/x-makefile'],
  markdown: ['text/x-markdown'],
  mason: ['text/x-mason', 'application/x-mason'],
  mathematica: ['application/vnd.wolfram.mathematica.package', 'application/vnd.wolfram.wl'],
  matlab: ['text/x-matlab', 'application/x-matlab'],
  meson: ['text/x-meson'],
  minizinc: ['text/minizinc'],
  moonscript: ['text/x-moonscript', 'application/x-moonscript'],
  mosel: ['text/x-mosel'],
  mxml: ['application/xv+xml'],
  nasm: ['text/x-nasm'],
  nginx: ['text/x-nginx-conf'],
  objective_c: ['text/x-objective_c', 'application/x-objective_c'],
  objective_cpp: ['text/x-objective-c++', 'application/x-objective-c++'],
  ocaml: ['text/x-ocaml'],
  ocl: ['text/x-ocl'],
  openedge: ['text/x-openedge'],
  pascal: ['text/x-pascal'],
  perl: ['text/x-perl', 'application/x-perl'],
  php: ['text/x-php'],
  plaintext: ['text/plain'],
  plist: ['text/x-plist', 'application/x-plist'],
  plsql: ['text/x-plsql'],
  postscript: ['application/postscript'],
  powershell: ['text/x-powershell'],
  prolog: ['text/x-prolog'],
  prometheus: ['text/x-prometheus', 'application/x-prometheus'],
  properties: ['text/x-java-properties'],
  protobuf: ['text/x-proto'],
  python: ['text/x-python', 'application/x-python'],
  q: ['text/x-q', 'application/x-q'],
  qml: ['application/x-qml', 'text/x-qml'],
  r: ['text/x-r-source', 'text/x-r', 'application/x-r'],
  racket: ['text/x-racket', 'application/x-racket'],
  reasonml: ['text/x-reasonml'],
  rescript: ['text/x-rescript'],
  robot_framework: ['text/x-robot'],
  ruby: ['text/x-ruby', 'application/x-ruby'],
  rust: ['text/x-rust'],
  sas: ['application/x-sas', 'application/x-stat-sas', 'application/x-sas-syntax'],
  sass: ['text/x-sass'],
  scala: ['text/x-scala', 'application/x-scala'],
  scheme: ['text/x-scheme', 'application/x-scheme'],
  scss: ['text/x-scss'],
  sed: ['text/x-sed'],
  shell: ['application/x-sh', 'application/x-shellscript', 'text/x-sh', 'text/x-shellscript'],
  slice: ['text/slice'],
  smalltalk: ['text/x-smalltalk'],
  smarty: ['application/x-smarty', 'text/x-smarty'],
  sml: ['text/x-standardml', 'application/x-standardml'],
  solidity: ['text/x-solidity'],
  sparql: ['application/sparql-query'],
  sql: ['text/x-sql'],
  stata: ['application/x-stata', 'text/x-stata'],
  systemd: ['text/x-systemd-unit'],
  tap: ['text/x-tap', 'application/x-tap'],
  tcl: ['text/x-tcl', 'text/x-script.tcl', 'application/x-tcl'],
  tex: ['text/x-tex', 'text/x-latex'],
  toml: ['text/x-toml'],
  ttcn3: ['text/x-ttcn3', 'text/x-ttcn'],
  tulip: ['text/x-tulip', 'application/x-tulip'],
  turtle: ['text/turtle', 'application/trig'],
  twig: ['application/x-twig', 'text/html+twig'],
  typescript: ['text/typescript'],
  vala: ['text/x-vala'],
  vb: ['text/x-visualbasic', 'application/x-visualbasic'],
  vcl: ['text/x-varnish', 'text/x-vcl'],
  velocity: ['text/html+velocity'],
  verilog: ['text/x-verilog', 'text/x-systemverilog'],
  vhdl: ['text/x-vhdl'],
  viml: ['text/x-vim'],
  vue: ['text/x-vue', 'application/x-vue'],
  xml: ['text/xml', 'application/xml', 'image/svg+xml', 'application/rss+xml', 'application/atom+xml'],
  xquery: ['application/xquery'],
  yaml: ['text/x-yaml'],
  yang: ['application/yang'],
  zig: ['text/x-zig'],
};

const LEXER_BY_MEDIA_TYPE: ReadonlyMap<string, string> = new Map(
  Object.entries(MEDIA_TYPES_BY_TAG).flatMap(([tag, types]) => types.map((type) => [type, tag] as [string, string])),
);

/** The lexer for a media type; plain text when no lexer declares it. */
function bodyLexerFor(mediaType: string): string {
  return LEXER_BY_MEDIA_TYPE.get(mediaType) ?? 'plaintext';
}

/** Ruby's `\s` (ASCII white space only), as class contents. */
const SPACE = String.raw`\t\n\v\f\r `;

const METHODS = 'GET|POST|PUT|DELETE|HEAD|OPTIONS|TRACE|PATCH';
const LINE_END = String.raw`(\r?\n|$)`;

/** Method, path and protocol version. */
const REQUEST_LINE = new RegExp(String.raw`(${METHODS})( +)([^ ]+)( +)(HTTPS?)(\/)(\d(?:\.\d)?)${LINE_END}`);
/** Protocol version, status code and reason. */
const STATUS_LINE = new RegExp(String.raw`(HTTPS?)(\/)(\d(?:\.\d))( +)(\d{3})( +)?([^\r\n]*)?${LINE_END}`);
const HEADER = new RegExp(String.raw`([^${SPACE}:]+)( *)(:)( *)([^\r\n]+)${LINE_END}`);

/** Rouge's `http` lexer: request or status line, headers, then the body in the lexer its Content-Type names. */
export function createHttpLexer(): LexerDefinition<HttpMessage> {
  return {
    tag: 'http',
    createVars: () => ({ contentType: 'text/plain' }),
    states: {
      root: [
        rule(REQUEST_LINE, (run: HttpRun, m) => {
          run.groups(m, 'nf', '', 'nn', '', 'k', 'o', 'm', '');
          run.push('headers');
        }),
        rule(STATUS_LINE, (run: HttpRun, m) => {
          run.groups(m, 'k', 'o', 'm', '', 'm', '', 'ne', '');
          run.push('headers');
        }),
      ],
      headers: [
        rule(HEADER, (run: HttpRun, m) => {
          // Only ASCII letters fold here, as with Ruby's casecmp.
          if (/^content-type$/i.test(m[1] ?? '')) {
            run.vars.contentType = (m[5] ?? '').split(';')[0]?.toLowerCase() ?? '';
          }
          run.groups(m, 'na', '', 'p', '', 's', '');
        }),
        rule(new RegExp(String.raw`([^\r\n]+)${LINE_END}`), (run: HttpRun, m) => run.groups(m, 's', '')),
        rule(/\r?\n/, '', 'content'),
      ],
      // Rouge hands the whole body to a new lexer, chosen when the body is reached.
      content: [
        rule(/[\s\S]+/, (run: HttpRun, m) => run.delegateFresh(bodyLexerFor(run.vars.contentType), m[0])),
      ],
    },
  };
}
