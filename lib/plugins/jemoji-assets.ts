import { isHash } from '../config/merge.js';

/** Where emoji images are: jemoji 0.13's `emoji.src` and `emoji.asset` settings, or GitHub's asset host. */
export interface EmojiAssets {
  readonly root: string;
  /** Path under the root, with `:file_name` standing for the image's file name. */
  readonly path: string;
}

const GITHUB_ASSET_HOST = 'https://github.githubassets.com';

/** `emoji: {src, asset}` from _config.yml; without `src`, the ASSET_HOST_URL environment variable or GitHub's host. */
export function emojiAssets(siteConfig: Record<string, unknown>, env: NodeJS.ProcessEnv = process.env): EmojiAssets {
  const emoji = isHash(siteConfig.emoji) ? siteConfig.emoji : {};
  if (!('src' in emoji)) {
    const host = env.ASSET_HOST_URL ? env.ASSET_HOST_URL.replace(/\/$/, '') : GITHUB_ASSET_HOST;
    return { root: host, path: '/images/icons/emoji/:file_name' };
  }
  const asset = 'asset' in emoji ? `${String(emoji.asset).replace(/\/$/, '')}/:file_name` : '/emoji/:file_name';
  return { root: String(emoji.src ?? ''), path: asset };
}

/** The image's URL: Ruby's `File.join(root, path)` with the file name put in. */
export function emojiUrl(assets: EmojiAssets, file: string): string {
  const path = assets.path.split(':file_name').join(file);
  if (path.startsWith('/')) return assets.root.replace(/\/+$/, '') + path;
  return assets.root === '' || assets.root.endsWith('/') ? assets.root + path : `${assets.root}/${path}`;
}
