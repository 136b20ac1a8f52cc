// On a narrow screen the main navigation folds behind a "Menu" button; without JavaScript it stays open.
(function () {
  var button = document.querySelector('.menu-toggle');
  var nav = document.getElementById('main-nav');
  if (!button || !nav) return;
  var narrow = window.matchMedia('(max-width: 720px)');
  function fold() {
    var folded = narrow.matches;
    button.hidden = !folded;
    nav.classList.toggle('folded', folded);
    button.setAttribute('aria-expanded', 'false');
  }
  button.addEventListener('click', function () {
    var open = nav.classList.toggle('folded') === false;
    button.setAttribute('aria-expanded', String(open));
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && narrow.matches && !nav.classList.contains('folded')) {
      nav.classList.add('folded');
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    }
  });
  narrow.addEventListener('change', fold);
  fold();
})();
