// Type-ahead for the listing search box: titles matching the words typed so far, from /staff/listings/suggest.
(function () {
  var input = document.querySelector('input[data-suggest]');
  if (!input) return;
  var list = document.getElementById('suggestions');
  var timer = null;
  var last = '';

  function clear() { list.innerHTML = ''; list.hidden = true; }

  function show(items) {
    clear();
    items.forEach(function (item) {
      var li = document.createElement('li');
      li.setAttribute('role', 'option');
      var a = document.createElement('a');
      a.href = '/staff/listings/' + encodeURIComponent(item.id);
      a.textContent = item.title;   // text, never HTML: titles come from marketplaces
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = items.length === 0;
  }

  input.addEventListener('input', function () {
    var q = input.value.trim();
    window.clearTimeout(timer);
    if (q.length < 2) { clear(); return; }
    timer = window.setTimeout(function () {
      if (q === last) return;
      last = q;
      fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(q), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) { if (input.value.trim() === q) show(items); })
        .catch(clear);
    }, 200);
  });
  input.addEventListener('keydown', function (e) { if (e.key === 'Escape') clear(); });
})();
