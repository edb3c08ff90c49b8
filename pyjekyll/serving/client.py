"""The browser side of live reload: the script we serve and the tags we inject.

The script speaks the LiveReload protocol (official-7): it says hello, then on
`reload` either swaps changed stylesheets in place (`liveCSS`) or reloads the page;
on `alert` it shows the message in an overlay (build errors), which the next reload
clears. It reconnects after the server restarts, between the min and max delays.
"""
from __future__ import annotations

import html
import re

LIVERELOAD_JS = r"""(function () {
  if (window.__pyjekyllLiveReload) { return; }
  window.__pyjekyllLiveReload = true;
  var me = document.currentScript, params = {};
  if (me && me.src.indexOf('?') >= 0) {
    me.src.split('?')[1].split('&').forEach(function (kv) {
      var p = kv.split('='); params[decodeURIComponent(p[0])] = decodeURIComponent(p[1] || '');
    });
  }
  var port = params.port || '35729';
  var host = (me && me.src) ? new URL(me.src).hostname : location.hostname;
  var minDelay = parseFloat(params.mindelay || '1000'), maxDelay = parseFloat(params.maxdelay || '60000');
  var delay = minDelay;
  function overlay(text) {
    var box = document.getElementById('pyjekyll-error-overlay');
    if (!text) { if (box) { box.remove(); } return; }
    if (!box) {
      box = document.createElement('pre');
      box.id = 'pyjekyll-error-overlay';
      box.style.cssText = 'position:fixed;z-index:2147483647;left:0;right:0;top:0;margin:0;' +
        'max-height:60vh;overflow:auto;padding:1em;background:#300;color:#fdd;' +
        'font:13px/1.4 monospace;white-space:pre-wrap;border-bottom:3px solid #f44';
      (document.body || document.documentElement).appendChild(box);
    }
    box.textContent = text;
  }
  function reloadStylesheets(path) {
    var name = path.split('/').pop().split('?')[0], swapped = false;
    Array.prototype.forEach.call(document.querySelectorAll('link[rel~="stylesheet"]'), function (link) {
      var href = link.getAttribute('href') || '';
      if (href.split('?')[0].split('/').pop() !== name) { return; }
      var copy = link.cloneNode(false);
      copy.href = href.split('?')[0] + '?livereload=' + Date.now();
      copy.onload = function () { link.remove(); };
      link.parentNode.insertBefore(copy, link.nextSibling);
      swapped = true;
    });
    return swapped;
  }
  function connect() {
    var ws = new WebSocket('ws://' + host + ':' + port + '/livereload');
    ws.onopen = function () {
      delay = minDelay;
      ws.send(JSON.stringify({command: 'hello', protocols: ['http://livereload.com/protocols/official-7']}));
      ws.send(JSON.stringify({command: 'info', url: location.href, plugins: {}}));
    };
    ws.onmessage = function (event) {
      var msg = JSON.parse(event.data);
      if (msg.command === 'reload') {
        overlay('');
        var path = msg.path || '';
        if (msg.liveCSS && /\.css$/i.test(path.split('?')[0]) && reloadStylesheets(path)) { return; }
        location.reload();
      } else if (msg.command === 'alert') {
        overlay(msg.message);
      }
    };
    ws.onclose = function () {
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, maxDelay);
    };
  }
  connect();
})();
"""

_BODY_END = re.compile(r"</body\s*>", re.IGNORECASE)


def loader_snippet(port: int, min_delay: float | None = None, max_delay: float | None = None) -> str:
    """A script tag loading livereload.js from the page's own host name on the LiveReload port."""
    args = f"snipver=1&port={port}"
    if min_delay is not None:
        args += f"&mindelay={int(min_delay * 1000)}"
    if max_delay is not None:
        args += f"&maxdelay={int(max_delay * 1000)}"
    return ("<script>(function(){var s=document.createElement('script');"
            f"s.src=location.protocol+'//'+(location.hostname||'localhost')+':{port}/livereload.js?{args}';"
            "document.head.appendChild(s);})();</script>")


def error_overlay(message: str) -> str:
    """Shown in every served page while the last build failed."""
    return ('<pre id="pyjekyll-error-overlay" style="position:fixed;z-index:2147483647;left:0;right:0;'
            'top:0;margin:0;max-height:60vh;overflow:auto;padding:1em;background:#300;color:#fdd;'
            'font:13px/1.4 monospace;white-space:pre-wrap;border-bottom:3px solid #f44">'
            + html.escape(message) + "</pre>")


def inject(page: bytes, snippet: str) -> bytes:
    """Insert `snippet` before the last `</body>` (or at the end when there is none)."""
    text = page.decode("utf-8", "surrogateescape")
    matches = list(_BODY_END.finditer(text))
    if matches:
        at = matches[-1].start()
        text = text[:at] + snippet + text[at:]
    else:
        text += snippet
    return text.encode("utf-8", "surrogateescape")
