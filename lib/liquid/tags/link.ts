import { Tag, type Context, type Emitter, type Liquid, type TagToken, type Template, type TopLevelToken } from '../liquidjs.js';
import type { LiquidServices } from '../services.js';
import { renderTemplates } from '../sync-render.js';

/** `{% link path %}`: the URL of a site file by its source path (Liquid allowed in the path). */
export function linkTagClass(services: LiquidServices) {
  return class LinkTag extends Tag {
    private readonly pathTemplate: Template[];

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.pathTemplate = liquid.parse(token.args.trim());
    }

    render(ctx: Context, emitter: Emitter): void {
      const relativePath = renderTemplates(this.pathTemplate, ctx);
      const url = services.linkTarget(relativePath);
      if (url === null) {
        throw new Error(
          `Could not find document '${relativePath}' in tag 'link'. Make sure the document exists and the path is correct.`,
        );
      }
      emitter.write(services.relativeUrl(url));
    }
  };
}

/** `{% post_url 2010-07-21-name %}`. */
export function postUrlTagClass(services: LiquidServices) {
  return class PostUrlTag extends Tag {
    private readonly postName: string;

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.postName = token.args.trim();
      if (!/^(.+\/)*(\d+-\d+-\d+)-(.*)$/.test(this.postName.replace(/^\//, ''))) {
        throw new Error(`Could not parse name of post "${this.postName}" in tag 'post_url'. Make sure the post exists and the name is correct.`);
      }
    }

    render(_ctx: Context, emitter: Emitter): void {
      const url = services.postUrl(this.postName);
      if (url === null) {
        throw new Error(`Could not find post "${this.postName}" in tag 'post_url'. Make sure the post exists and the name is correct.`);
      }
      emitter.write(services.relativeUrl(url));
    }
  };
}
