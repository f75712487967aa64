import { Tag, type Context, type Emitter, type Liquid, type TagToken, type Template, type TopLevelToken } from '../liquidjs.js';
import type { LiquidServices } from '../services.js';
import type { TagWithBodies } from '../blank-bodies.js';
import { readBlockBody } from './block-body.js';
import { renderTemplates } from '../sync-render.js';

const SYNTAX = /^([a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|"([0-9]+\s)*[0-9]+"))?)*)$/;

/**
 * `{% highlight lang [linenos] %}…{% endhighlight %}`: the body is rendered as Liquid, then
 * highlighted, inside `<figure class="highlight"><pre><code class="language-x" data-lang="x">`.
 */
export function highlightTagClass(services: LiquidServices) {
  return class HighlightTag extends Tag implements TagWithBodies {
    private readonly lang: string;
    private readonly lineNumbers: boolean;
    private readonly body: Template[] = [];

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      const match = SYNTAX.exec(token.args.trim());
      if (!match) {
        throw new Error(
          `Syntax Error in tag 'highlight' while parsing the following markup:\n\n  ${token.args.trim()}\n\nValid syntax: highlight <lang> [linenos]`,
        );
      }
      this.lang = match[1].toLowerCase();
      this.lineNumbers = /\blinenos\b/.test(match[2] ?? '');
      readBlockBody(this.liquid, token, remain, () => this.body);
    }

    bodies(): Template[][] {
      return [this.body];
    }

    render(ctx: Context, emitter: Emitter): void {
      const raw = renderTemplates(this.body, ctx);
      const code = raw.replace(/^(?:\r?\n)+|(?:\r?\n)+$/g, '');
      const html = services.highlight(code, this.lang, this.lineNumbers).replace(/\n$/, '');
      const attrs = `class="language-${this.lang.replace(/\+/g, '-')}" data-lang="${this.lang}"`;
      // Jekyll wraps the figure in the page converter's highlighter prefix and suffix (a line break each for Markdown).
      const prefix = ctx.getSync(['highlighter_prefix']) ?? '';
      const suffix = ctx.getSync(['highlighter_suffix']) ?? '';
      emitter.write(`${String(prefix)}<figure class="highlight"><pre><code ${attrs}>${html}</code></pre></figure>${String(suffix)}`);
    }
  };
}
