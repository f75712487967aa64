import { Tag, type Context, type Emitter, type Liquid, type TagToken, type Template, type TopLevelToken } from '../../liquid/liquidjs.js';
import { renderTemplates } from '../../liquid/sync-render.js';

/** A block tag `{% name %}…{% endname %}` that prints `transform` of its rendered body. */
export function transformBlockTagClass(name: string, transform: (html: string, ctx: Context) => string) {
  return class TransformBlockTag extends Tag {
    private readonly body: Template[] = [];

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      const stream = this.liquid.parser.parseStream(remain);
      stream
        .on(`tag:end${name}`, () => stream.stop())
        .on('template', (tpl: Template) => this.body.push(tpl))
        .on('end', () => {
          throw new Error(`tag ${token.getText()} not closed`);
        });
      stream.start();
    }

    render(ctx: Context, emitter: Emitter): void {
      const html = renderTemplates(this.body, ctx);
      emitter.write(transform(html, ctx));
    }
  };
}
