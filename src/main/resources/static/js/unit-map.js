// Draws a unit's outline and its children's boundaries with Leaflet, without any tile server: the shapes are the map.
(function () {
  // Names come from imported files: shown as text, never parsed as HTML.
  function text(value) {
    var span = document.createElement('span');
    span.textContent = value;
    return span;
  }

  function draw(element) {
    fetch(element.dataset.src, { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data || data.features.length === 0) {
          element.remove();
          return;
        }
        var map = L.map(element, { attributionControl: false, zoomSnap: 0.25 });
        var children = data.features.filter(function (f) { return f.properties.role === 'child'; }).length;
        var layer = L.geoJSON(data, {
          style: function (feature) {
            return feature.properties.role === 'outline'
              ? { color: '#0b6e4f', weight: 2, fill: false }
              : { color: '#1d2433', weight: 1, fillColor: '#7fb8a4', fillOpacity: 0.35 };
          },
          onEachFeature: function (feature, shape) {
            if (feature.properties.role !== 'child') {
              return;
            }
            // A few children are named on the map itself; many would hide it, so they are named on hover only.
            if (children <= 30) {
              shape.bindTooltip(text(feature.properties.name), { permanent: true, direction: 'center', className: 'unit-label' });
            } else {
              shape.bindTooltip(text(feature.properties.name + ' (' + feature.properties.pcode + ')'), { sticky: true });
            }
            shape.on('click', function () {
              window.location.href = element.dataset.src.replace(/[^/]+\/map\.json$/, feature.properties.pcode);
            });
          }
        }).addTo(map);
        map.fitBounds(layer.getBounds(), { padding: [8, 8] });
      });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('map');
    if (element && window.L) {
      draw(element);
    }
  });
})();
