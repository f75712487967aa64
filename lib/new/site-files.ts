/**
 * The files `jtd new` writes: a small just-the-docs site that builds, serves and passes `jtd check` as
 * it is. `__TITLE__` is replaced by the site's title.
 */
export const NEW_SITE_FILES: Readonly<Record<string, string>> = {
  '_config.yml': `# Site settings. Run \`npx jtd serve\` and open http://127.0.0.1:4000; changes to this file rebuild the
# whole site. Every setting below that starts with # is optional: remove the # to use it.

title: __TITLE__
description: Documentation for __TITLE__, built with jtd and the just-the-docs theme.
theme: just-the-docs

# The address the site is published at, and the folder under it (for GitHub Pages project sites, the
# repository name, e.g. /my-project). Links built with relative_url and {% link %} include baseurl.
# url: https://example.com
# baseurl: ""

# Files that are not part of the site.
exclude:
  - README.md
  - node_modules/
  - package.json
  - package-lock.json

# Search box in the header (on by default). heading_level: which headings split a page into results.
search_enabled: true
search:
  heading_level: 2
  previews: 3
  # button: true                # a search button for small screens

# Colours: light (default) or dark; color_scheme_toggle adds a light/dark button to the header.
# color_scheme: dark
# color_scheme_toggle: true

# Links at the top right of every page.
# aux_links:
#   "Source code": "https://github.com/you/your-repo"
# aux_links_new_tab: true

# Navigation: order pages with nav_order in their front matter; sort the rest by title.
# nav_sort: case_insensitive
# nav_external_links:
#   - title: Example
#     url: https://example.com

# A link icon next to headings, a button to copy code blocks, and a link back to the top.
heading_anchors: true
enable_copy_code_button: true
back_to_top: true
back_to_top_text: "Back to top"

footer_content: "Built with jtd and just-the-docs."

# "Edit this page" links (set gh_edit_link to true and fill in your repository).
# gh_edit_link: true
# gh_edit_link_text: "Edit this page"
# gh_edit_repository: "https://github.com/you/your-repo"
# gh_edit_branch: main
# gh_edit_view_mode: tree

# Callouts: paragraphs marked {: .note } and so on (see docs/formatting.md).
callouts:
  note:
    title: Note
    color: blue
  tip:
    title: Tip
    color: green
  warning:
    title: Warning
    color: red
  important:
    title: Important
    color: purple

# Every page uses the theme's default layout unless its front matter says otherwise.
defaults:
  - scope:
      path: ""
    values:
      layout: default
`,
  '.gitignore': `_site/
.jekyll-cache/
.jtd-cache/
node_modules/
`,
  'index.md': `---
title: Home
nav_order: 1
permalink: /
---
# __TITLE__
{: .fs-9 }

Welcome! This site was created by \`jtd new\`. Every page is a Markdown file: edit one, save it, and the
browser shows the change.
{: .fs-6 .fw-300 }

[Get started]({% link docs/getting-started.md %}){: .btn .btn-primary .fs-5 .mb-4 .mb-md-0 .mr-2 }
[See what a page can show]({% link docs/formatting.md %}){: .btn .fs-5 .mb-4 .mb-md-0 }

---

## What is here

| File | What it shows |
|:-----|:--------------|
| \`_config.yml\` | the site's settings, with the common options explained |
| \`index.md\` | this home page |
| \`docs/getting-started.md\` | a simple page, and a custom include |
| \`docs/guides/\` | a section: a parent page with child pages |
| \`docs/formatting.md\` | callouts, code with syntax highlighting, and tables |
| \`_includes/status.html\` | an include of your own, used with \`{% raw %}{% include status.html %}{% endraw %}\` |

## Next steps

1. Change \`title\` in \`_config.yml\`.
2. Add a page: a new \`.md\` file with a \`title\` in its front matter shows up in the navigation.
3. Check links before publishing: \`npx jtd check\`.
`,
  'docs/getting-started.md': `---
title: Getting started
nav_order: 2
---
# Getting started
{% include status.html value="stable" %}

Write pages in Markdown. The lines between the two \`---\` at the top of a file are its front matter:

\`\`\`yaml
---
title: Getting started   # the name in the navigation and the browser tab
nav_order: 2             # where it appears in the navigation
---
\`\`\`

## Linking to other pages

Link to a page by its source file, so the link stays right when the site moves:

\`\`\`liquid
{% raw %}[the guides]({% link docs/guides/index.md %}){% endraw %}
\`\`\`

which gives: [the guides]({% link docs/guides/index.md %}). Run \`npx jtd check\` to find links that lead
nowhere.

## The include at the top of this page

\`_includes/status.html\` is an include of this site: a small piece of HTML with a parameter. Use it in
any page:

\`\`\`liquid
{% raw %}{% include status.html value="beta" %}{% endraw %}
\`\`\`

{% include status.html value="beta" %} {% include status.html value="deprecated" %}
`,
  'docs/guides/index.md': `---
title: Guides
nav_order: 3
has_children: true
---
# Guides

A page with \`has_children: true\` is a section. Pages that name it as their \`parent\` are listed under it
in the navigation, and below, in the order of their \`nav_order\`.
`,
  'docs/guides/writing-pages.md': `---
title: Writing pages
parent: Guides
nav_order: 1
---
# Writing pages
{: .no_toc }

<details open markdown="block">
  <summary>On this page</summary>
  {: .text-delta }
1. TOC
{:toc}
</details>

## Headings

Headings of level 2 and below appear in search results, each with its own link.

## Lists

- one
- two
  - two and a half

1. first
2. second

## Emphasis and links

Text can be *emphasised*, **strong**, or \`code\`. Links to other sites work as usual:
[just-the-docs](https://just-the-docs.com/).
`,
  'docs/guides/navigation.md': `---
title: Navigation
parent: Guides
nav_order: 2
---
# Navigation

The navigation on the left is built from the pages' front matter:

| Front matter | Effect |
|:-------------|:-------|
| \`title\` | the name shown |
| \`nav_order\` | the position among its siblings (numbers first, then titles) |
| \`parent\` | the title of the page it is listed under |
| \`has_children\` | this page is a section with child pages |
| \`nav_exclude: true\` | the page is built but not listed |

Pages go three levels deep: a page, its children, and their children (which also give \`grand_parent\`).

[Back to the guides]({% link docs/guides/index.md %})
`,
  'docs/formatting.md': `---
title: Callouts, code and tables
nav_order: 4
---
# Callouts, code and tables
{: .no_toc }

## Callouts

A paragraph followed by \`{: .note }\` becomes a callout. The kinds (\`note\`, \`tip\`, \`warning\`,
\`important\`) and their colours are set under \`callouts:\` in \`_config.yml\`.

Save a file and the page reloads by itself while \`jtd serve\` runs.
{: .note }

Put the commands to try in a code block, so they can be copied with one click.
{: .tip }

\`jtd new\` does not overwrite a folder that has files in it, unless you add \`--force\`.
{: .warning }

{: .important-title }
> Before publishing
>
> Run \`npx jtd check\`: it reports every link, anchor and image that leads nowhere.

## Code

Fenced code blocks are highlighted by language:

\`\`\`js
// Wait for the page, then count its links.
document.addEventListener('DOMContentLoaded', () => {
  const links = document.querySelectorAll('a[href]');
  console.log(\`\${links.length} links\`);
});
\`\`\`

\`\`\`yaml
title: My site
search_enabled: true
\`\`\`

\`\`\`sh
npx jtd build && npx jtd check
\`\`\`

Inline code looks like \`npx jtd serve\`.

## Tables

| Command | What it does |
|:--------|:-------------|
| \`jtd serve\` | builds, serves and rebuilds on changes |
| \`jtd build\` | writes the site to \`_site/\` |
| \`jtd check\` | finds broken links, anchors and images |

| Left | Centre | Right |
|:-----|:------:|------:|
| a | b | 1 |
| c | d | 22 |

## Labels and buttons

Stable
{: .label .label-green }

[A button](#code){: .btn .btn-outline }
`,
  '_includes/status.html': `{%- comment -%}
  A coloured label for a page's status.
  Use: {% include status.html value="stable" %}   (stable, beta or deprecated)
{%- endcomment -%}
{%- assign status = include.value | default: "stable" -%}
{%- case status -%}
  {%- when "beta" -%}{%- assign colour = "yellow" -%}
  {%- when "deprecated" -%}{%- assign colour = "red" -%}
  {%- else -%}{%- assign colour = "green" -%}
{%- endcase -%}
<span class="label label-{{ colour }}">{{ status }}</span>
`,
};
