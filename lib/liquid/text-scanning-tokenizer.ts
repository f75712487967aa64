import { Parser, Tokenizer, type Liquid, type Template } from './liquidjs.js';
import { removeBlankStrings } from './blank-bodies.js';

type HtmlToken = ReturnType<Tokenizer['readHTMLToken']>;
type HtmlTokenClass = new (input: string, begin: number, end: number, file?: string) => HtmlToken;

/** liquidjs's class of the tokens of text between tags, which it does not export. */
const HTML_TOKEN = new Tokenizer('').readHTMLToken([]).constructor as HtmlTokenClass;

/**
 * liquidjs's tokenizer, finding the end of text between tags with `indexOf`: liquidjs tries each stop string at
 * each character and makes a function to do so for each one, which made its tokenizer the largest part of parsing
 * Markdown pages and the first source of garbage in a build. Where each stop string is next is kept, so that a
 * long template is searched once for each, not once per piece of text.
 */
export class TextScanningTokenizer extends Tokenizer {
  /** Each stop string's next place found, and from where it was searched. */
  private readonly found = new Map<string, { from: number; at: number }>();

  override readHTMLToken(stopStrings: string[]): HtmlToken {
    const begin = this.p;
    let end = this.N;
    for (const stop of stopStrings) {
      const at = this.nextOccurrence(stop, begin);
      if (at >= 0 && at < end) end = at;
    }
    this.p = end;
    return new HTML_TOKEN(this.input, begin, end, this.file);
  }

  /** Where `stop` starts at or after `from`; -1 when it does not (as liquidjs, it may run past the range's end). */
  private nextOccurrence(stop: string, from: number): number {
    const known = this.found.get(stop);
    if (known !== undefined && from >= known.from && (known.at < 0 || known.at >= from)) return known.at;
    const at = this.input.indexOf(stop, from);
    this.found.set(stop, { from, at });
    return at;
  }
}

/** The parts of liquidjs's Parser that `parse` uses (private in its typings). */
interface ParserInternals {
  parseLimit: { use(size: number): void };
  parseTokens(tokens: ReturnType<Tokenizer['readTopLevelTokens']>): Template[];
}

/**
 * Makes `liquid.parse` use the TextScanningTokenizer, and leave out the white space of blank blocks as Ruby Liquid
 * does (blank-bodies.ts); otherwise it is liquidjs's (a new Parser for each text).
 */
export function parseWithTextScanning(liquid: Liquid): void {
  const { options } = liquid;
  liquid.parse = (html: string, file?: string): Template[] => {
    const parser = new Parser(liquid) as unknown as ParserInternals;
    const text = String(html);
    parser.parseLimit.use(text.length);
    const tokenizer = new TextScanningTokenizer(text, options.operators, file, undefined, options.groupedExpressions);
    const templates = parser.parseTokens(tokenizer.readTopLevelTokens(options));
    removeBlankStrings(templates);
    return templates;
  };
}
