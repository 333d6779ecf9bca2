// Progressive enhancement on the case page: a print button (Ctrl+P prints the same view without it),
// and the error summary takes the focus after a failed submit (autofocus does it too where supported).
(function () {
  var print = document.getElementById('print-case');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', function () { window.print(); });
  }
  var summary = document.querySelector('.error-summary');
  if (summary && document.activeElement !== summary) summary.focus();
})();
