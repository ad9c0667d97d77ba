// Colours a unit's children by the indicator picked beside the map, with Leaflet and no tile server. Each child
// carries every indicator's figure, so a new pick recolours without asking the server again. Colours come from the
// legend's swatches (the stylesheet holds them), so that map and legend always agree; hidden figures are greyed.
(function () {
  function text(value) {
    var span = document.createElement('span');
    span.textContent = value;
    return span;
  }

  function colours() {
    var byClass = {};
    document.querySelectorAll('#insights-legend .swatch').forEach(function (swatch) {
      byClass[swatch.dataset.class] = getComputedStyle(swatch).backgroundColor;
    });
    return byClass;
  }

  function classOf(figure, min, max) {
    if (!figure || figure.suppressed) {
      return 'hidden';
    }
    if (figure.value === null || figure.value === undefined) {
      return 'none';
    }
    if (max === min) {
      return '2';
    }
    return String(Math.min(4, Math.floor(5 * (figure.value - min) / (max - min))));
  }

  function draw(element, picker) {
    fetch(element.dataset.src, { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data || data.features.length === 0) {
          element.remove();
          return;
        }
        var byClass = colours();
        var map = L.map(element, { attributionControl: false, zoomSnap: 0.25 });
        var children = [];
        var layer = L.geoJSON(data, {
          style: function (feature) {
            return feature.properties.role === 'outline'
              ? { color: '#0b6e4f', weight: 2, fill: false }
              : { color: '#1d2433', weight: 1, fillOpacity: 0.85 };
          },
          onEachFeature: function (feature, shape) {
            if (feature.properties.role !== 'child') {
              return;
            }
            children.push({ feature: feature, shape: shape });
            shape.on('click', function () {
              window.location.href = element.dataset.base + encodeURIComponent(feature.properties.pcode)
                + '?period=' + encodeURIComponent(element.dataset.period);
            });
          }
        }).addTo(map);

        function paint() {
          var key = picker.value;
          var values = children.map(function (c) { return c.feature.properties.figures[key]; })
            .filter(function (f) { return f && !f.suppressed && f.value !== null; })
            .map(function (f) { return f.value; });
          var min = Math.min.apply(null, values);
          var max = Math.max.apply(null, values);
          children.forEach(function (c) {
            var figure = c.feature.properties.figures[key];
            var cls = classOf(figure, min, max);
            c.shape.setStyle({ fillColor: byClass[cls] });
            c.shape.getElement && c.shape.getElement() && c.shape.getElement().setAttribute('data-class', cls);
            c.shape.unbindTooltip();
            c.shape.bindTooltip(text(c.feature.properties.name + ': ' + (figure ? figure.text : '')), { sticky: true });
          });
          element.dataset.painted = key;
        }
        picker.addEventListener('change', paint);
        paint();
        map.fitBounds(layer.getBounds(), { padding: [8, 8] });
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('insights-map');
    var picker = document.getElementById('map-indicator');
    if (element && picker && window.L) {
      draw(element, picker);
    }
  });
})();
