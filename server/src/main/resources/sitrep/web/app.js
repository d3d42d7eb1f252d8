/* sitrep control map: Leaflet (bundled), district outlines from the server, no tile server needed. */
(function () {
  'use strict';
  var STATUS = ['held', 'claimed', 'contested', 'unknown'];
  // Okabe-Ito colours: readable for colour-blind users.
  // first match wins: "anti-Taliban resistance" is the resistance, not the Taliban
  var KNOWN = [
    [/resist|nrf|massoud|front|anti taliban/, '#0072B2'],
    [/government|afghan (national )?army|ansf|republic/, '#009E73'],
    [/taliban/, '#D55E00']
  ];
  var SPARE = ['#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'];
  var KINDS = {
    territory: '#0072B2', clash: '#D55E00', violence: '#CC79A7', explosion: '#000000',
    protest: '#009E73', riot: '#E69F00', statement: '#56B4E9', other: '#999999'
  };
  var state = { days: [], control: [], units: {}, selected: null, docs: {}, token: null };
  var spare = {};

  var tokenMatch = /token=([^&]+)/.exec(location.hash || '');
  if (tokenMatch) { state.token = decodeURIComponent(tokenMatch[1]); }

  function api(path) {
    var headers = state.token ? { Authorization: 'Bearer ' + state.token } : {};
    return fetch(path, { headers: headers }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error((body.error && body.error.message) || r.statusText); }
        return body;
      });
    });
  }
  // Reads take the token by header only (?token= is for the alerts stream), so with a token the
  // report is fetched here and opened from a blob rather than by a plain link.
  document.getElementById('report-link').addEventListener('click', function (ev) {
    var href = ev.currentTarget.getAttribute('href');
    if (!state.token || href === '#') { return; }
    ev.preventDefault();
    fetch(href, { headers: { Authorization: 'Bearer ' + state.token } })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        window.open(URL.createObjectURL(new Blob([html], { type: 'text/html' })), '_blank', 'noopener');
      });
  });
  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function key(s) {
    return String(s || '').normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  }
  function colour(controller) {
    var k = key(controller);
    for (var i = 0; i < KNOWN.length; i++) { if (KNOWN[i][0].test(k)) { return KNOWN[i][1]; } }
    if (!spare[k]) { spare[k] = SPARE[Object.keys(spare).length % SPARE.length]; }
    return spare[k];
  }
  function styleFor(s) {
    if (!s) { return { color: '#8a94a3', weight: 0.6, fillOpacity: 0, fill: true, fillColor: '#fff', dashArray: null }; }
    var c = s.status === 'unknown' ? '#9e9e9e' : colour(s.controller);
    var st = { color: c, fillColor: c, weight: 2, fillOpacity: 0.55, dashArray: null, fill: true };
    if (s.status === 'claimed') { st.fillOpacity = 0.28; st.dashArray = '6 4'; }
    if (s.status === 'contested') { st.color = '#6a1b9a'; st.weight = 3.5; st.fillOpacity = 0.35; st.dashArray = '2 5'; }
    if (s.status === 'unknown') { st.fillOpacity = 0.18; st.dashArray = '1 4'; }
    return st;
  }
  function addDays(iso, n) {
    var d = new Date(iso + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }

  var map = L.map('map', { zoomControl: true, preferCanvas: false }).setView([34.5, 66.0], 6);
  var tiles = null;
  // a province claimed whole is filled lightly under its districts
  function provinceStyle(f) {
    var s = state.units[f.properties.unit_id];
    if (!s) { return { color: '#4a5566', weight: 1.6, fill: false, dashArray: null }; }
    var st = styleFor(s);
    st.fillOpacity = st.fillOpacity * 0.6;
    st.weight = 2.5;
    return st;
  }
  var provinces = L.geoJSON(null, {
    style: provinceStyle,
    onEachFeature: function (f, layer) {
      layer.on('click', function () { selectPlace(f.properties.unit_id, f.properties.name); });
    }
  });
  var districts = L.geoJSON(null, {
    style: function (f) { return styleFor(state.units[f.properties.unit_id]); },
    onEachFeature: function (f, layer) {
      layer.on('click', function () {
        var id = f.properties.unit_id, name = f.properties.name;
        if (!state.units[id]) {
          // no report on the district itself: its province's, when the province was claimed whole
          provinces.eachLayer(function (l) {
            var p = l.feature.properties;
            if (key(p.name) === key(f.properties.admin1) && state.units[p.unit_id]) { id = p.unit_id; name = p.name; }
          });
        }
        selectPlace(id, name);
      });
      layer.bindTooltip(function () {
        var s = state.units[f.properties.unit_id];
        return esc(f.properties.name) + (f.properties.admin1 ? ', ' + esc(f.properties.admin1) : '') +
          (s ? '<br>' + esc(s.status) + ' by ' + esc(s.controller) : '');
      }, { sticky: true });
    }
  });
  var controlPoints = L.layerGroup();
  var eventMarkers = L.layerGroup();
  provinces.addTo(map); districts.addTo(map); controlPoints.addTo(map); eventMarkers.addTo(map);

  var legend = L.control({ position: 'bottomleft' });
  legend.onAdd = function () {
    var div = L.DomUtil.create('div', 'legend');
    div.id = 'legend';
    div.innerHTML = '<h4>Controller</h4><div id="legend-controllers"><div class="muted">none yet</div></div>' +
      '<h4>Status</h4>' + STATUS.map(function (s) {
        var st = styleFor({ status: s, controller: '' });
        if (s !== 'unknown') { st.fillColor = '#555'; if (s !== 'contested') { st.color = '#555'; } }
        return '<div class="row"><svg width="22" height="14"><rect x="1" y="1" width="20" height="12" fill="' +
          st.fillColor + '" fill-opacity="' + st.fillOpacity + '" stroke="' + st.color + '" stroke-width="2"' +
          (st.dashArray ? ' stroke-dasharray="' + st.dashArray + '"' : '') + '/></svg>' + s + '</div>';
      }).join('') +
      '<h4>Events</h4>' + Object.keys(KINDS).map(function (k) {
        return '<div class="row"><span class="kind-dot" style="background:' + KINDS[k] + '"></span>' + k + '</div>';
      }).join('');
    return div;
  };
  legend.addTo(map);
  function updateLegend() {
    var seen = {};
    state.control.forEach(function (s) { seen[s.controller] = colour(s.controller); });
    var names = Object.keys(seen).sort();
    document.getElementById('legend-controllers').innerHTML = names.length ? names.map(function (n) {
      return '<div class="row"><span class="swatch" style="background:' + seen[n] + '"></span>' + esc(n) + '</div>';
    }).join('') : '<div class="muted">none on this day</div>';
  }

  function currentDay() { return state.days[Number(document.getElementById('day').value)] || null; }

  function loadDay() {
    var day = currentDay();
    document.getElementById('day-label').textContent = day || 'no events yet';
    document.getElementById('control-day').textContent = day || '—';
    document.getElementById('report-link').href = day ? '/report?format=html&date=' + day : '#';
    if (!day) { return Promise.resolve(); }
    var token = (state.loading = {});
    return Promise.all([
      api('/control?date=' + day),
      api('/events?from=' + day + '&to=' + day + '&limit=1000')
    ]).then(function (res) {
      if (state.loading !== token) { return; }
      state.control = res[0];
      state.units = {};
      state.control.forEach(function (s) { state.units[s.place_id] = s; });
      provinces.setStyle(provinceStyle);
      districts.setStyle(function (f) { return styleFor(state.units[f.properties.unit_id]); });
      drawControlPoints();
      drawControlList(day);
      drawEvents(res[1].items);
      updateLegend();
      if (state.selected) { showPlaceState(); }
      document.body.setAttribute('data-day', day);
    });
  }

  function hasOutline(unitId) {
    var found = false;
    [districts, provinces].forEach(function (g) {
      g.eachLayer(function (l) { if (l.feature.properties.unit_id === unitId) { found = true; } });
    });
    return found;
  }

  function drawControlPoints() {
    controlPoints.clearLayers();
    state.control.forEach(function (s) {
      if (s.lat == null || hasOutline(s.place_id)) { return; }
      var st = styleFor(s);
      st.radius = s.level === 'province' ? 16 : 10;
      L.circleMarker([s.lat, s.lon], st)
        .bindTooltip(esc(s.name) + '<br>' + esc(s.status) + ' by ' + esc(s.controller))
        .on('click', function () { selectPlace(s.place_id, s.name); })
        .addTo(controlPoints);
    });
  }

  function drawControlList(day) {
    var ul = document.getElementById('control-list');
    ul.innerHTML = '';
    if (!state.control.length) { ul.innerHTML = '<li class="muted">no control evidence by ' + esc(day) + '</li>'; }
    state.control.forEach(function (s) {
      var li = document.createElement('li');
      li.className = 'control-item';
      li.dataset.placeId = s.place_id;
      li.dataset.status = s.status;
      li.dataset.controller = s.controller;
      li.innerHTML = '<span class="swatch" style="background:' + (s.status === 'unknown' ? '#9e9e9e' : colour(s.controller)) +
        '"></span><span>' + esc(s.name) + (s.admin1 && s.level !== 'province' ? ', ' + esc(s.admin1) : '') +
        ' — ' + esc(s.controller) + '</span> <span class="status status-' + esc(s.status) + '">' + esc(s.status) + '</span>';
      li.addEventListener('click', function () { selectPlace(s.place_id, s.name); });
      ul.appendChild(li);
    });
  }

  function drawEvents(events) {
    eventMarkers.clearLayers();
    var ol = document.getElementById('event-list');
    ol.innerHTML = '';
    events.forEach(function (e) {
      var li = document.createElement('li');
      li.className = 'event';
      li.innerHTML = eventHtml(e);
      ol.appendChild(li);
      if (e.location && e.location.lat != null) {
        L.circleMarker([e.location.lat, e.location.lon], {
          radius: 6, color: '#fff', weight: 1.5, fillColor: KINDS[e.kind] || '#999', fillOpacity: 0.95
        }).bindTooltip(esc(e.kind) + ': ' + esc(e.sub_event_type) + ' — ' + esc(e.location.name))
          .on('click', function () { showEvidenceOf([e]); })
          .addTo(eventMarkers);
      }
    });
    if (!events.length) { ol.innerHTML = '<li class="muted">no events dated to this day</li>'; }
    hookEvidence(ol);
  }

  function eventHtml(e) {
    var loc = e.location ? e.location.name + (e.location.admin1 ? ', ' + e.location.admin1 : '') : 'unknown place';
    // an undated event (no publication date, nothing in its text) has from/to null
    var when = e.date.from == null ? 'date unknown'
      : e.date.from === e.date.to ? e.date.from : e.date.from + ' – ' + e.date.to;
    var claim = e.claim.status + (e.claim.attributed_to ? ' by ' + e.claim.attributed_to : '');
    var terr = e.territory ? ' → ' + e.territory.controller_after : '';
    return '<div class="head"><span class="kind-dot" style="background:' + (KINDS[e.kind] || '#999') + '"></span>' +
      esc(e.kind) + ': ' + esc(e.sub_event_type) + esc(terr) + '</div>' +
      '<div class="muted">' + esc(loc) + ' · ' + esc(when) + ' · ' + esc(claim) + '</div>' +
      e.evidence.map(function (x) {
        return '<blockquote class="evidence" data-doc="' + esc(x.doc_id) + '" data-start="' + x.start +
          '" data-end="' + x.end + '"><mark class="quote">' + esc(x.quote) + '</mark>' +
          '<div class="src"><a href="#" class="open-doc">' + esc(x.doc_id) + ' [' + x.start + '–' + x.end + ']</a>' +
          ' <span class="doc-url"></span></div></blockquote>';
      }).join('');
  }

  function documentOf(id) {
    if (!state.docs[id]) { state.docs[id] = api('/documents/' + encodeURIComponent(id)); }
    return state.docs[id];
  }

  // Each quote gets its sentence context from the source text, the quote highlighted, and links.
  function hookEvidence(root) {
    root.querySelectorAll('blockquote.evidence').forEach(function (bq) {
      var start = Number(bq.dataset.start), end = Number(bq.dataset.end);
      documentOf(bq.dataset.doc).then(function (d) {
        var text = d.text;
        var a = Math.max(0, text.lastIndexOf('\n', start - 1) + 1, start - 240);
        var nl = text.indexOf('\n', end);
        var b = Math.min(text.length, nl < 0 ? text.length : nl, end + 240);
        var mark = bq.querySelector('mark.quote');
        var before = document.createTextNode((a > 0 && text[a - 1] !== '\n' ? '… ' : '') + text.slice(a, start));
        var after = document.createTextNode(text.slice(end, b) + (b < text.length && text[b] !== '\n' ? ' …' : ''));
        bq.insertBefore(before, mark);
        bq.insertBefore(after, mark.nextSibling);
        if (d.url) {
          bq.querySelector('.doc-url').innerHTML = '· <a href="' + esc(d.url) + '" target="_blank" rel="noopener noreferrer">source</a>';
        } else if (d.source) {
          bq.querySelector('.doc-url').textContent = '· ' + d.source;
        }
      }).catch(function () { /* the quote alone still stands */ });
      bq.querySelector('.open-doc').addEventListener('click', function (ev) {
        ev.preventDefault();
        openDocument(bq.dataset.doc, start, end);
      });
    });
  }

  function openDocument(id, start, end) {
    documentOf(id).then(function (d) {
      var sec = document.getElementById('document');
      document.getElementById('document-title').textContent = id;
      document.getElementById('document-meta').innerHTML = esc([d.source, d.published && (d.published.precision === 'month' ? d.published.from.slice(0, 7) : d.published.from), d.lang].filter(Boolean).join(' · ')) +
        (d.url ? ' · <a href="' + esc(d.url) + '" target="_blank" rel="noopener noreferrer">original</a>' : '');
      var t = document.getElementById('document-text');
      t.innerHTML = esc(d.text.slice(0, start)) + '<mark id="doc-mark">' + esc(d.text.slice(start, end)) + '</mark>' + esc(d.text.slice(end));
      sec.hidden = false;
      document.getElementById('doc-mark').scrollIntoView({ block: 'center' });
    });
  }

  function showEvidenceOf(events) {
    var sec = document.getElementById('place');
    sec.hidden = false;
    var ol = document.getElementById('place-events');
    ol.innerHTML = events.map(function (e) { return '<li class="event">' + eventHtml(e) + '</li>'; }).join('');
    hookEvidence(ol);
  }

  function selectPlace(query, label) {
    return api('/timeline?place=' + encodeURIComponent(query)).then(function (t) {
      state.selected = t;
      document.getElementById('place').hidden = false;
      document.getElementById('place').dataset.placeId = t.place_id;
      document.getElementById('place-name').textContent = t.name;
      document.getElementById('place-admin').textContent = [t.level, t.admin2 !== t.name ? t.admin2 : null, t.admin1].filter(Boolean).join(' · ');
      var tb = document.querySelector('#place-periods tbody');
      tb.innerHTML = t.periods.map(function (p) {
        return '<tr><td>' + esc(p.from) + '</td><td>' + esc(p.to || '…') + '</td><td>' + esc(p.controller) +
          '</td><td><span class="status status-' + esc(p.status) + '">' + esc(p.status) + '</span></td></tr>';
      }).join('');
      showEvidenceOf(t.events);
      showPlaceState();
      focusUnit(t.place_id);
    }).catch(function (err) {
      document.getElementById('place').hidden = false;
      document.getElementById('place').dataset.placeId = '';
      document.getElementById('place-name').textContent = label || query;
      document.getElementById('place-admin').textContent = '';
      document.getElementById('place-state').textContent = err.message;
      document.getElementById('place-state').dataset.status = 'none';
      document.querySelector('#place-periods tbody').innerHTML = '';
      document.getElementById('place-events').innerHTML = '';
    });
  }

  function showPlaceState() {
    var t = state.selected, el = document.getElementById('place-state');
    var s = state.units[t.place_id];
    if (s) {
      el.innerHTML = 'On ' + esc(currentDay()) + ': <span class="status status-' + esc(s.status) + '">' + esc(s.status) +
        '</span> by ' + esc(s.controller) + ' (confidence ' + Number(s.confidence).toFixed(2) + ', since ' + esc(s.since) + ')';
      el.dataset.status = s.status;
      el.dataset.controller = s.controller;
    } else {
      el.textContent = 'No control evidence as of ' + (currentDay() || 'this day') + '.';
      el.dataset.status = 'none';
      el.dataset.controller = '';
    }
  }

  function focusUnit(unitId) {
    var target = null;
    [provinces, districts].forEach(function (g) {
      g.eachLayer(function (l) { if (l.feature.properties.unit_id === unitId) { target = l; } });
    });
    if (target) { map.fitBounds(target.getBounds(), { maxZoom: 9, padding: [40, 40] }); return; }
    var s = state.units[unitId];
    if (s && s.lat != null) { map.setView([s.lat, s.lon], 9); }
  }

  // --- search ---
  var searchInput = document.getElementById('search');
  var results = document.getElementById('search-results');
  var searchTimer = null;
  function runSearch() {
    var q = searchInput.value.trim();
    if (!q) { results.hidden = true; return Promise.resolve(); }
    return api('/places?q=' + encodeURIComponent(q) + '&limit=8').then(function (r) {
      results.innerHTML = '';
      r.items.forEach(function (p) {
        var li = document.createElement('li');
        li.tabIndex = 0;
        li.dataset.placeId = p.id;
        li.innerHTML = esc(p.name) + ' <span class="kind">' + esc(p.kind.replace('_', ' ')) +
          [p.admin2 && p.admin2 !== p.name ? p.admin2 : null, p.admin1 && p.admin1 !== p.name ? p.admin1 : null]
            .filter(Boolean).map(function (x) { return ', ' + esc(x); }).join('') + '</span>';
        var go = function () {
          clearTimeout(searchTimer);
          results.hidden = true;
          searchInput.value = p.name;
          if (p.lat != null) { map.setView([p.lat, p.lon], 9); }
          selectPlace(p.id, p.name);
        };
        li.addEventListener('click', go);
        li.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') { go(); } });
        results.appendChild(li);
      });
      if (!r.items.length) { results.innerHTML = '<li class="muted">no place matches “' + esc(q) + '”</li>'; }
      results.hidden = false;
    });
  }
  searchInput.addEventListener('input', function () { clearTimeout(searchTimer); searchTimer = setTimeout(runSearch, 200); });
  document.getElementById('search-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    clearTimeout(searchTimer);
    runSearch().then(function () {
      var first = results.querySelector('li[data-place-id]');
      if (first) { first.click(); }
    });
  });
  document.getElementById('place-close').addEventListener('click', function () {
    document.getElementById('place').hidden = true; state.selected = null;
  });
  document.getElementById('document-close').addEventListener('click', function () {
    document.getElementById('document').hidden = true;
  });

  // --- date slider and replay ---
  var slider = document.getElementById('day');
  var sliderTimer = null;
  slider.addEventListener('input', function () {
    document.getElementById('day-label').textContent = currentDay();
    clearTimeout(sliderTimer); sliderTimer = setTimeout(loadDay, 120);
  });
  slider.addEventListener('change', loadDay);
  var playing = null;
  document.getElementById('play').addEventListener('click', function () {
    var btn = this;
    if (playing) { clearInterval(playing); playing = null; btn.innerHTML = '&#9654;'; return; }
    if (Number(slider.value) >= Number(slider.max)) { slider.value = 0; }
    btn.innerHTML = '&#10074;&#10074;';
    loadDay();
    playing = setInterval(function () {
      if (Number(slider.value) >= Number(slider.max)) { clearInterval(playing); playing = null; btn.innerHTML = '&#9654;'; return; }
      slider.value = Number(slider.value) + 1;
      loadDay();
    }, 900);
  });
  /** For scripts and tests: move the slider to a day (YYYY-MM-DD) as a user would. */
  window.sitrepSetDay = function (day) {
    var i = state.days.indexOf(day);
    if (i < 0) { return false; }
    slider.value = i;
    slider.dispatchEvent(new Event('change'));
    return true;
  };

  // --- live alerts ---
  if (window.EventSource) {
    var es = new EventSource('/alerts' + (state.token ? '?token=' + encodeURIComponent(state.token) : ''));
    es.addEventListener('alert', function () { init(false); });
  }

  function init(first) {
    return api('/meta').then(function (meta) {
      if (meta.tile_url && first) {
        document.getElementById('tiles-toggle').hidden = false;
        document.getElementById('tiles').addEventListener('change', function () {
          if (this.checked) { tiles = L.tileLayer(meta.tile_url, { maxZoom: 18, attribution: 'tiles: ' + meta.tile_url.split('/')[2] }).addTo(map); }
          else if (tiles) { map.removeLayer(tiles); tiles = null; }
        });
      }
      var days = [];
      if (meta.first_day) {
        // a week of margin after the last news: control persists and decays
        for (var d = meta.first_day; d <= addDays(meta.last_day, 7); d = addDays(d, 1)) { days.push(d); }
      }
      var keep = currentDay();
      state.days = days;
      slider.max = Math.max(0, days.length - 1);
      slider.value = keep && days.indexOf(keep) >= 0 ? days.indexOf(keep) : Math.max(0, days.indexOf(meta.last_day));
      var outlines = first ? Promise.all([api('/boundaries?level=province'), api('/boundaries?level=district')]).then(function (b) {
        provinces.addData(b[0]); districts.addData(b[1]);
        var all = L.featureGroup([provinces, districts]);
        if (b[1].features.length) { map.fitBounds(all.getBounds(), { padding: [10, 10] }); }
      }) : Promise.resolve();
      return outlines.then(loadDay);
    }).then(function () {
      window.sitrepReady = true;
      document.body.setAttribute('data-ready', 'true');
    }).catch(function (err) {
      document.getElementById('day-label').textContent = 'error: ' + err.message;
    });
  }
  init(true);
})();
