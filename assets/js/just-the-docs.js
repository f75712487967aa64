---
layout: null
---
{%- assign search_enabled = true -%}
{%- if site.search_enabled == false -%}{%- assign search_enabled = false -%}{%- endif -%}
{%- assign site_scheme = site.color_scheme | default: "light" -%}
{%- if site_scheme == "nil" -%}{%- assign site_scheme = "light" -%}{%- endif -%}
(function (jtd) {
  'use strict';

  // Helpers

  jtd.addEvent = function (el, type, handler) {
    if (el.attachEvent) el.attachEvent('on' + type, handler);
    else el.addEventListener(type, handler);
  };

  jtd.removeEvent = function (el, type, handler) {
    if (el.detachEvent) el.detachEvent('on' + type, handler);
    else el.removeEventListener(type, handler);
  };

  jtd.onReady = function (ready) {
    if (document.readyState !== 'loading') ready();
    else document.addEventListener('DOMContentLoaded', ready);
  };

  // Colour scheme: the first stylesheet of the page is the scheme's stylesheet.

  function schemeStylesheet() {
    return document.querySelector('[rel="stylesheet"]');
  }

  jtd.getTheme = function () {
    var href = schemeStylesheet().getAttribute('href');
    return href.substring(href.lastIndexOf('-') + 1, href.lastIndexOf('.css'));
  };

  jtd.setTheme = function (theme) {
    schemeStylesheet().setAttribute('href', '{{ "assets/css/just-the-docs-" | relative_url }}' + theme + '.css');
  };

  // Navigation

  function initNav() {
    jtd.addEvent(document, 'click', function (e) {
      var target = e.target;
      while (target && !(target.classList && target.classList.contains('nav-list-expander'))) {
        target = target.parentNode;
      }
      if (target) {
        e.preventDefault();
        var expanded = target.parentNode.classList.toggle('active');
        target.setAttribute('aria-expanded', expanded);
      }
    });

    var siteNav = document.getElementById('site-nav');
    var mainHeader = document.getElementById('main-header');
    var menuButton = document.getElementById('menu-button');
    disableHeadNavStyles();

    jtd.addEvent(menuButton, 'click', function (e) {
      e.preventDefault();
      var open = menuButton.classList.toggle('nav-open');
      siteNav.classList.toggle('nav-open', open);
      mainHeader.classList.toggle('nav-open', open);
      menuButton.setAttribute('aria-expanded', open);
    });
  }

  // The head styles mark the current page for readers without JavaScript;
  // with it, `activateNav` does the same job on the real DOM.
  function disableHeadNavStyles() {
    ['jtd-head-nav-stylesheet', 'jtd-nav-activation'].forEach(function (id) {
      var sheet = document.getElementById(id);
      if (sheet) sheet.disabled = true;
    });
  }

  function currentNavLink() {
    var nav = document.getElementById('site-nav');
    var path = window.location.pathname;
    var link = nav.querySelector('a[href="' + path + '"]');
    if (link) return link;
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
    return nav.querySelector('a[href="' + path + '"], a[href="' + path + '/"], a[href="' + path + '.html"]');
  }

  function activateNav() {
    var link = currentNavLink();
    if (!link) return;
    link.classList.add('active');
    for (var item = link.parentNode; item && item !== document; item = item.parentNode) {
      if (item.classList && item.classList.contains('nav-list-item')) item.classList.add('active');
    }
    scrollNavTo(link);
    link.removeAttribute('href');
  }

  function scrollNavTo(link) {
    var nav = document.getElementById('site-nav');
    var linkBox = link.getBoundingClientRect();
    var navBox = nav.getBoundingClientRect();
    nav.scrollBy(0, linkBox.top - navBox.top - (nav.clientHeight - linkBox.height) / 2);
  }

{%- if search_enabled %}

  // Search

  var searchConfig = {
    previews: {{ site.search.previews | default: 3 }},
    wordsBefore: {{ site.search.preview_words_before | default: 5 }},
    wordsAfter: {{ site.search.preview_words_after | default: 10 }},
    relUrl: {% if site.search.rel_url == false %}false{% else %}true{% endif %},
    focusShortcutKey: {{ site.search.focus_shortcut_key | jsonify }}
  };

  // The entries and the index, built when the site was built, come in assets/js/search-index.js (next to
  // this script). Nothing is downloaded until the search box is hovered, touched, focused or typed into.
  var searchScriptUrl = document.currentScript && document.currentScript.src ? document.currentScript.src : '{{ "assets/js/just-the-docs.js" | absolute_url }}';
  var searchIndex = { state: 'idle', waiting: [] };

  function appendScript(src, onload) {
    var script = document.createElement('script');
    script.src = src;
    if (onload) script.onload = onload;
    script.onerror = function () {
      console.log('Error loading ' + src);
    };
    document.head.appendChild(script);
  }

  function searchIndexLoaded(read, payload) {
    var siteRoot = location.protocol === 'file:' ? new URL('../../', searchScriptUrl).href : null;
    var loaded = read(lunr, payload, siteRoot);
    searchIndex.state = 'ready';
    searchIndex.index = loaded.index;
    searchIndex.docs = loaded.docs;
    searchIndex.waiting.splice(0).forEach(function (callback) { callback(loaded.index, loaded.docs); });
  }

  // lunr and the index download side by side; the index is read once both are there.
  function startLoadingSearch() {
    if (searchIndex.state !== 'idle') return;
    searchIndex.state = 'loading';
    var lunrLoaded = typeof lunr !== 'undefined';
    var indexLoaded = window.jtdSearchIndexPending || null;
    var readWhenBoth = function () {
      if (lunrLoaded && indexLoaded) searchIndexLoaded.apply(null, indexLoaded);
    };
    window.jtdSearchIndexLoaded = function (read, payload) {
      indexLoaded = [read, payload];
      readWhenBoth();
    };
    if (!indexLoaded) appendScript(new URL('search-index.js', searchScriptUrl).href);
    if (!lunrLoaded) {
      appendScript(new URL('vendor/lunr.min.js', searchScriptUrl).href, function () {
        lunrLoaded = true;
        readWhenBoth();
      });
    }
    readWhenBoth();
  }

  function whenSearchReady(callback) {
    if (searchIndex.state === 'ready') return callback(searchIndex.index, searchIndex.docs);
    if (searchIndex.waiting.indexOf(callback) < 0) searchIndex.waiting.push(callback);
    startLoadingSearch();
  }

  function initSearch() {
    searchLoaded();
    var searchArea = document.getElementById('search-input').parentNode;
    ['mouseover', 'touchstart', 'focusin', 'keydown'].forEach(function (type) {
      searchArea.addEventListener(type, startLoadingSearch, { passive: true });
    });
  }

  function runQuery(index, input) {
    var tokens = lunr.tokenizer(input);
    var results = index.query(function (query) {
      tokens.forEach(function (token) {
        query.term(token, { boost: 10 });
        query.term(token, { wildcard: lunr.Query.wildcard.TRAILING });
      });
    });
    if (results.length === 0 && input.length > 2) {
      var shortTokens = tokens.filter(function (token) { return token.toString().length < 20; });
      if (shortTokens.length > 0) {
        var editDistance = Math.round(Math.sqrt(input.length / 2 - 1));
        results = index.query(function (query) {
          shortTokens.forEach(function (token) { query.term(token, { editDistance: editDistance }); });
        });
      }
    }
    return results;
  }

  // Positions of matched terms in one field of a result, sorted.
  function matchPositions(result, field) {
    var positions = [];
    var metadata = result.matchData.metadata;
    Object.keys(metadata).forEach(function (term) {
      var fieldData = metadata[term][field];
      if (fieldData) positions = positions.concat(fieldData.position);
    });
    return positions.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
  }

  // Appends `text` to `parent`, with the given [start, length] ranges in bold.
  function appendHighlighted(parent, text, positions, offset) {
    var cursor = 0;
    positions.forEach(function (position) {
      var start = position[0] - offset;
      var end = start + position[1];
      if (start < cursor || end > text.length) return;
      parent.appendChild(document.createTextNode(text.substring(cursor, start)));
      var highlight = document.createElement('span');
      highlight.classList.add('search-result-highlight');
      highlight.textContent = text.substring(start, end);
      parent.appendChild(highlight);
      cursor = end;
    });
    parent.appendChild(document.createTextNode(text.substring(cursor)));
  }

  // A preview window around one match: whole words either side, up to the configured
  // counts, cut short at a sentence end (". "); `cutBefore`/`cutAfter` say where "..." goes.
  function previewWindow(content, position) {
    var window = { start: position[0], end: position[0] + position[1], cutBefore: true, cutAfter: true };
    for (var b = 0; b < searchConfig.wordsBefore; b++) {
      var spaceBefore = content.lastIndexOf(' ', window.start - 2);
      var dotBefore = content.lastIndexOf('. ', window.start - 2);
      if (dotBefore >= 0 && dotBefore > spaceBefore) {
        window.start = dotBefore + 1;
        window.cutBefore = false;
        break;
      }
      if (spaceBefore < 0) {
        window.start = 0;
        window.cutBefore = false;
        break;
      }
      window.start = spaceBefore + 1;
    }
    for (var a = 0; a < searchConfig.wordsAfter; a++) {
      var spaceAfter = content.indexOf(' ', window.end + 1);
      var dotAfter = content.indexOf('. ', window.end + 1);
      if (dotAfter >= 0 && dotAfter < spaceAfter) {
        window.end = dotAfter;
        window.cutAfter = false;
        break;
      }
      if (spaceAfter < 0) {
        window.end = content.length;
        window.cutAfter = false;
        break;
      }
      window.end = spaceAfter;
    }
    return window;
  }

  // Windows of all matches, overlapping ones merged, at most `previews` of them.
  function previewWindows(content, positions) {
    var windows = [];
    positions.forEach(function (position) {
      var window = previewWindow(content, position);
      var previous = windows[windows.length - 1];
      if (previous && window.start <= previous.end) {
        if (window.end > previous.end) {
          previous.end = window.end;
          previous.cutAfter = window.cutAfter;
        }
      } else {
        windows.push(window);
      }
    });
    return windows.slice(0, searchConfig.previews);
  }

  function resultElement(result, doc) {
    var item = document.createElement('li');
    item.classList.add('search-results-list-item');
    var link = document.createElement('a');
    link.classList.add('search-result');
    link.setAttribute('href', doc.url);
    item.appendChild(link);

    var title = document.createElement('div');
    title.classList.add('search-result-title');
    link.appendChild(title);

    var docTitle = String(doc.doc);
    var sectionTitle = String(doc.title);
    var inSection = sectionTitle !== docTitle;
    var titlePositions = matchPositions(result, 'title');

    var docLine = document.createElement('div');
    docLine.classList.add('search-result-doc');
    if (inSection) docLine.classList.add('search-result-doc-parent');
    docLine.innerHTML = '<svg viewBox="0 0 24 24" class="search-result-icon"><use xlink:href="#svg-doc"></use></svg>';
    var docTitleElement = document.createElement('div');
    docTitleElement.classList.add('search-result-doc-title');
    if (inSection) docTitleElement.textContent = docTitle;
    else appendHighlighted(docTitleElement, docTitle, titlePositions, 0);
    docLine.appendChild(docTitleElement);
    title.appendChild(docLine);

    if (inSection) {
      var section = document.createElement('div');
      section.classList.add('search-result-section');
      appendHighlighted(section, sectionTitle, titlePositions, 0);
      title.appendChild(section);
    }

    if (searchConfig.relUrl) {
      var relUrl = document.createElement('span');
      relUrl.classList.add('search-result-rel-url');
      relUrl.textContent = doc.relUrl;
      title.appendChild(relUrl);
    }

    var contentPositions = matchPositions(result, 'content');
    var windows = previewWindows(doc.content, contentPositions);
    if (windows.length > 0) {
      var previews = document.createElement('div');
      previews.classList.add('search-result-previews');
      windows.forEach(function (window) {
        var preview = document.createElement('div');
        preview.classList.add('search-result-preview');
        if (window.cutBefore) preview.appendChild(document.createTextNode('... '));
        var inWindow = contentPositions.filter(function (p) { return p[0] >= window.start && p[0] + p[1] <= window.end; });
        appendHighlighted(preview, doc.content.substring(window.start, window.end), inWindow, window.start);
        if (window.cutAfter) preview.appendChild(document.createTextNode(' ...'));
        previews.appendChild(preview);
      });
      link.appendChild(previews);
    }
    return item;
  }

  function searchLoaded() {
    var index, docs;
    var searchInput = document.getElementById('search-input');
    var searchResults = document.getElementById('search-results');
    var mainHeader = document.getElementById('main-header');
    var root = document.documentElement;
    var currentInput;
    var currentSearchIndex = 0;

    function showSearch() {
      root.classList.add('search-active');
    }

    function hideSearch() {
      root.classList.remove('search-active');
    }

    function indexReady(readyIndex, readyDocs) {
      index = readyIndex;
      docs = readyDocs;
      update();
    }

    function update() {
      if (!index) return whenSearchReady(indexReady);
      currentSearchIndex++;
      var input = searchInput.value;
      if (input === '') {
        hideSearch();
      } else {
        showSearch();
        window.scroll(0, 0); // iOS keeps the fixed search box in place only at the top
        render(runQuery(index, input), currentSearchIndex);
      }
      currentInput = input;
    }

    function render(results, searchIndex) {
      searchResults.innerHTML = '';
      if (results.length === 0) {
        var none = document.createElement('div');
        none.classList.add('search-no-result');
        none.textContent = 'No results found';
        searchResults.appendChild(none);
        return;
      }
      var list = document.createElement('ul');
      list.classList.add('search-results-list');
      searchResults.appendChild(list);
      var shown = 0;
      (function addBatch() {
        if (searchIndex !== currentSearchIndex) return;
        results.slice(shown, shown + 10).forEach(function (result) {
          list.appendChild(resultElement(result, docs[result.ref]));
        });
        shown += 10;
        if (shown < results.length) setTimeout(addBatch, 100);
      })();
    }

    function moveActive(step) {
      var active = searchResults.querySelector('.search-result.active');
      var items = Array.prototype.slice.call(searchResults.querySelectorAll('.search-result'));
      if (items.length === 0) return;
      var next = active ? items[items.indexOf(active) + step] : (step > 0 ? items[0] : null);
      if (!next) return;
      if (active) active.classList.remove('active');
      next.classList.add('active');
      next.scrollIntoView({ block: 'nearest' });
    }

    jtd.addEvent(searchInput, 'focus', function () {
      setTimeout(update, 0);
    });

    jtd.addEvent(searchInput, 'input', function () {
      if (searchInput.value !== currentInput) update();
    });

    jtd.addEvent(searchInput, 'keydown', function (e) {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        moveActive(1);
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        moveActive(-1);
      } else if (e.key === 'Enter') {
        e.preventDefault();
        var target = searchResults.querySelector('.search-result.active') || searchResults.querySelector('.search-result');
        if (target) target.click();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        searchInput.value = '';
        update();
      }
    });

    jtd.addEvent(searchInput, 'blur', function () {
      setTimeout(function () {
        var focused = document.activeElement;
        var keepOpen = focused === searchInput || (focused && focused.classList.contains('search-result'));
        if (!keepOpen) hideSearch();
      }, 100);
    });

    jtd.addEvent(document, 'click', function (e) {
      if (e.target !== searchInput && !searchResults.contains(e.target)) hideSearch();
    });

    function openHeaderAndFocus() {
      var siteNav = document.getElementById('site-nav');
      var menuButton = document.getElementById('menu-button');
      mainHeader.classList.add('nav-open');
      if (siteNav) siteNav.classList.add('nav-open');
      if (menuButton) menuButton.classList.add('nav-open');
      searchInput.focus();
    }

    var searchButton = document.getElementById('search-button');
    if (searchButton) {
      jtd.addEvent(searchButton, 'click', function (e) {
        e.preventDefault();
        openHeaderAndFocus();
      });
    }

    if (searchConfig.focusShortcutKey) {
      jtd.addEvent(document, 'keydown', function (e) {
        if ((e.ctrlKey || e.metaKey) && e.key === searchConfig.focusShortcutKey) {
          e.preventDefault();
          openHeaderAndFocus();
        }
      });
    }
  }
{%- endif %}

  // Task list boxes (rendered from Markdown) are named after their item's text.
  function labelTaskCheckboxes() {
    document.querySelectorAll('.task-list-item-checkbox:not([aria-label])').forEach(function (box) {
      var item = box.closest('li');
      if (item) box.setAttribute('aria-label', item.textContent.trim());
    });
  }

  // Code blocks

  function makeCodeBlocksFocusable() {
    document.querySelectorAll('div.highlight').forEach(function (block) {
      block.setAttribute('tabindex', '0');
    });
  }

{%- if site.enable_copy_code_button != false %}

  function codeText(block) {
    var code = block.querySelector('pre:not(.lineno, .highlight)') || block.querySelector('code');
    return code ? code.innerText : '';
  }

  function addCopyButtons() {
    if (!window.isSecureContext) {
      console.log('Copy to clipboard needs a secure context (https or localhost).');
      return;
    }
    var svgCopy = '<svg viewBox="0 0 24 24" class="copy-icon"><use xlink:href="#svg-copy"></use></svg>';
    var svgCopied = '<svg viewBox="0 0 24 24" class="copy-icon"><use xlink:href="#svg-copied"></use></svg>';
    document.querySelectorAll('div.highlighter-rouge, div.listingblock > div.content, figure.highlight').forEach(function (block) {
      var button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('aria-label', 'Copy code to clipboard');
      button.innerHTML = svgCopy;
      var copied = null;
      button.addEventListener('click', function () {
        if (copied) return;
        navigator.clipboard.writeText(codeText(block));
        button.innerHTML = svgCopied;
        copied = setTimeout(function () {
          button.innerHTML = svgCopy;
          copied = null;
        }, 4000);
      });
      block.appendChild(button);
    });
  }
{%- endif %}

{%- if site.color_scheme_toggle == true %}

  // Light/dark switch: follows the system preference until the reader picks one.

  var siteScheme = {{ site_scheme | jsonify }};
  var schemeStorageKey = 'jtd-color-scheme';
  var systemDark = window.matchMedia('(prefers-color-scheme: dark)');

  function storedScheme() {
    try {
      return localStorage.getItem(schemeStorageKey);
    } catch (e) {
      return null;
    }
  }

  function storeScheme(scheme) {
    try {
      localStorage.setItem(schemeStorageKey, scheme);
    } catch (e) {
      // private browsing: the choice lasts for this page only
    }
  }

  function activeScheme() {
    var theme = jtd.getTheme();
    return theme === 'default' ? siteScheme : theme;
  }

  function applyScheme(scheme) {
    if (scheme === activeScheme()) return;
    jtd.setTheme(scheme === siteScheme ? 'default' : scheme);
  }

  function preferredScheme() {
    var stored = storedScheme();
    if (stored === 'light' || stored === 'dark') return stored;
    return systemDark.matches ? 'dark' : siteScheme;
  }

  var moonIcon = '<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M20 14.5A8 8 0 0 1 9.5 4 8 8 0 1 0 20 14.5z"/></svg>';
  var sunIcon = '<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M2 12h2M20 12h2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/></svg>';

  function updateToggle(button) {
    var dark = activeScheme() === 'dark';
    button.innerHTML = dark ? sunIcon : moonIcon;
    button.setAttribute('aria-label', dark ? 'Switch to light colour scheme' : 'Switch to dark colour scheme');
    button.setAttribute('aria-pressed', dark ? 'true' : 'false');
  }

  function addSchemeToggle() {
    var header = document.getElementById('main-header');
    if (!header) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'color-scheme-toggle btn-reset';
    updateToggle(button);
    jtd.addEvent(button, 'click', function () {
      var next = activeScheme() === 'dark' ? 'light' : 'dark';
      storeScheme(next);
      applyScheme(next);
      updateToggle(button);
    });
    jtd.addEvent(systemDark, 'change', function () {
      if (storedScheme()) return;
      applyScheme(preferredScheme());
      updateToggle(button);
    });
    header.appendChild(button);
  }

  // Runs while <head> is parsed, before the first paint: no flash of the other scheme.
  applyScheme(preferredScheme());
{%- endif %}

  jtd.onReady(function () {
    if (document.getElementById('site-nav')) {
      initNav();
      activateNav();
    }
{%- if search_enabled %}
    if (document.getElementById('search-input')) initSearch();
{%- endif %}
    makeCodeBlocksFocusable();
    labelTaskCheckboxes();
{%- if site.enable_copy_code_button != false %}
    addCopyButtons();
{%- endif %}
{%- if site.color_scheme_toggle == true %}
    addSchemeToggle();
{%- endif %}
  });
})((window.jtd = window.jtd || {}));

{% include js/custom.js %}
