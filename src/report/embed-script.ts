/**
 * The script that makes the report's charts interactive in a browser.
 */

/**
 * Browser JavaScript, to run after the vega library: for each element with a `data-chart`
 * attribute it reads the compiled Vega spec from the `<script type="application/json">`
 * whose id is `vega-` plus the name, draws it with vega's SVG renderer (hover and
 * tooltips on), and then removes the static SVG that the element held. The element gets
 * `data-rendered="interactive"`; if anything fails the static SVG stays, the element gets
 * `data-rendered="static"` and the message in its `data-fail-message` is logged as a
 * warning.
 *
 * It holds no text from the data, and builds no HTML from strings.
 *
 * @example
 * `<script>${embedScript()}</script>`;
 */
export function embedScript(): string {
  return EMBED;
}

const EMBED = `(function () {
  'use strict';
  var holders = document.querySelectorAll('[data-chart]');
  Array.prototype.forEach.call(holders, function (holder) {
    var target = null;
    var keep = function (error) {
      if (target && target.parentNode === holder) holder.removeChild(target);
      holder.setAttribute('data-rendered', 'static');
      console.warn(holder.getAttribute('data-fail-message') + ': ' + error);
    };
    try {
      var name = holder.getAttribute('data-chart');
      var spec = JSON.parse(document.getElementById('vega-' + name).textContent);
      target = document.createElement('div');
      target.className = 'chart-live';
      holder.appendChild(target);
      var view = new vega.View(vega.parse(spec), { renderer: 'svg', container: target, hover: true });
      view.runAsync().then(function () {
        Array.prototype.slice.call(holder.children).forEach(function (child) {
          if (child !== target) holder.removeChild(child);
        });
        holder.setAttribute('data-rendered', 'interactive');
      }, keep);
    } catch (error) {
      keep(error);
    }
  });
})();`;
