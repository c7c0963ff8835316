// The closures map: the configured road network (/api/roads.geojson) as grey vector lines and the located closures
// of the chosen day on top, coloured by what they close, each linked to its alert. Leaflet comes from this server;
// there is no tile layer, so the map works offline.
'use strict';
window.closuresMap = (function () {
  const COLOURS = {
    FULL_ROAD: '#c0392b',
    HALF_ROAD: '#e67e22', MOTOR_LANE: '#e67e22', BUS_LANE: '#e67e22', SERVICE_ROAD: '#e67e22', RAMP: '#e67e22',
    NON_MOTOR_LANE: '#2e86c1', SIDEWALK: '#2e86c1', PARKING: '#2e86c1'
  };
  let map = null;
  let closures = null;

  function colour(lane) {
    return COLOURS[lane] || '#8e44ad';
  }

  async function init() {
    if (!window.L || !document.getElementById('map')) return;
    map = L.map('map', { attributionControl: false, zoomSnap: 0.25 });
    map.setView([37.87, 112.55], 12);
    closures = L.layerGroup().addTo(map);
    try {
      const response = await fetch('/api/roads.geojson');
      const roads = await response.json();
      if (roads.source) document.getElementById('map-source').textContent = 'Road network: ' + roads.source;
      const base = L.geoJSON(roads, {
        style: { color: '#9a9a9a', weight: 3, className: 'network-road' },
        pointToLayer: (f, at) => L.circleMarker(at, { radius: 3, color: '#9a9a9a', className: 'network-place' }),
        onEachFeature: (f, layer) => layer.bindTooltip(f.properties.name, { className: 'road-label' })
      }).addTo(map);
      if (roads.features.length) map.fitBounds(base.getBounds(), { padding: [10, 10] });
    } catch (e) {
      console.warn('The road network could not be loaded:', e);
    }
  }

  /** The drawn shapes of a layer: a MultiPoint becomes a group of markers, a LineString one path. */
  function leaves(layer) {
    return layer.eachLayer && !layer.getElement
      ? layer.getLayers().flatMap(leaves) : [layer];
  }

  function draw(list) {
    if (!map) return;
    closures.clearLayers();
    list.filter(c => c.geometry).forEach(c => {
      const style = { color: colour(c.lane), weight: 7, opacity: 0.9, className: 'closure-line' };
      const popup = '<b>' + (c.road_names || []).join('、') + '</b><br>' + (c.description || '') +
        '<br><a href="/alerts/' + encodeURIComponent(c.alert_id) + '">' + (c.headline || c.alert_id) + '</a>';
      const layer = L.geoJSON(c.geometry, {
        style,
        pointToLayer: (f, at) => L.circleMarker(at, Object.assign({ radius: 9, fillOpacity: 0.7 }, style))
      });
      layer.bindPopup(popup);
      layer.bindTooltip((c.road_names || []).join('、'), { permanent: true, direction: 'right', className: 'closure-label' });
      layer.addTo(closures);
      leaves(layer).forEach(l => {
        const el = l.getElement && l.getElement();
        if (el) {
          el.setAttribute('data-closure', c.id);
          el.setAttribute('data-alert', c.alert_id);
        }
      });
    });
  }

  return { init, draw };
})();
