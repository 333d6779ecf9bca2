// Progressive enhancement: reload the ward list when the province changes. Without JavaScript,
// the "update the ward list" button posts the form and the server renders the new list.
(function () {
  var province = document.getElementById('location.province');
  var ward = document.getElementById('location.ward');
  var refresh = document.getElementById('refresh-wards');
  if (!province || !ward || !window.fetch) return;
  if (refresh) refresh.hidden = true;
  province.addEventListener('change', function () {
    fetch(province.dataset.wardsUrl + encodeURIComponent(province.value) + '/wards', { headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (wards) {
        var first = ward.options[0];
        ward.innerHTML = '';
        ward.appendChild(first);
        wards.forEach(function (w) { ward.appendChild(new Option(w.name, w.code)); });
      })
      .catch(function () { if (refresh) refresh.hidden = false; });
  });
})();
