// While a capture is queued or running, reload the case page every few seconds, unless the user is typing.
(function () {
  var section = document.querySelector('[data-evidence-pending]');
  if (!section) return;
  window.setTimeout(function () {
    var active = document.activeElement;
    if (active && (active.tagName === 'INPUT' || active.tagName === 'TEXTAREA' || active.tagName === 'SELECT')) return;
    window.location.reload();
  }, 4000);
})();
