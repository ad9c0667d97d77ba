// Draws communities as points coloured by phase over the outlines of their units, with Leaflet and no tile server.
// The colours come from the legend's swatches (the stylesheet holds them), so that map and legend always agree.
(function () {
  function text(value) {
    var span = document.createElement('span');
    span.textContent = value;
    return span;
  }

  function colours() {
    var byPhase = {};
    document.querySelectorAll('#phase-legend .swatch').forEach(function (swatch) {
      byPhase[swatch.dataset.phase] = getComputedStyle(swatch).backgroundColor;
    });
    return byPhase;
  }

  function draw(element) {
    fetch(element.dataset.src, { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data || data.features.length === 0) {
          element.remove();
          return;
        }
        var byPhase = colours();
        var map = L.map(element, { attributionControl: false, zoomSnap: 0.25 });
        var layer = L.geoJSON(data, {
          // Leaflet applies this to the points too, so each kind of feature gets its own look here.
          style: function (feature) {
            return feature.properties.role === 'community'
              ? { radius: 7, weight: 1, color: '#1d2433', fillOpacity: 0.95,
                  fillColor: byPhase[feature.properties.phase] || '#b8bec9' }
              : { color: '#5b6475', weight: 1, fillColor: '#eef1f5', fillOpacity: 0.6 };
          },
          pointToLayer: function (feature, position) {
            return L.circleMarker(position, { radius: 7 });
          },
          onEachFeature: function (feature, shape) {
            if (feature.properties.role !== 'community') {
              return;
            }
            shape.bindTooltip(text(feature.properties.name + ' (' + feature.properties.phaseName + ')'), { sticky: true });
            shape.on('click', function () {
              window.location.href = element.dataset.src.replace(/map\.json.*$/, feature.properties.id);
            });
          }
        }).addTo(map);
        map.fitBounds(layer.getBounds(), { padding: [12, 12] });
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('community-map');
    if (element && window.L) {
      draw(element);
    }
  });
})();
