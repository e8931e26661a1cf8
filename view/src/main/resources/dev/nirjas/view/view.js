// The page's only script: tooltips that follow hover and keyboard focus, and lighting up an
// event's trigger, arguments and timeline entry together. It reads only data-* attributes the
// page itself wrote, and writes text with textContent, never as markup.
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js');
  var tip = document.getElementById('tip');
  var shown = null;

  function place(el) {
    var r = el.getBoundingClientRect();
    var vw = root.clientWidth;
    var w = tip.offsetWidth;
    var h = tip.offsetHeight;
    var left = Math.max(4, Math.min(r.left, vw - w - 4));
    var top = r.bottom + 6;
    if (top + h > window.innerHeight && r.top - h - 6 > 0) {
      top = r.top - h - 6;
    }
    tip.style.left = (left + window.scrollX) + 'px';
    tip.style.top = (top + window.scrollY) + 'px';
  }

  function showTip(el) {
    if (shown === el) {
      return;
    }
    hideTip();
    shown = el;
    tip.textContent = el.getAttribute('data-tip');
    tip.hidden = false;
    el.setAttribute('aria-describedby', 'tip');
    place(el);
  }

  function hideTip() {
    if (shown) {
      shown.removeAttribute('aria-describedby');
      shown = null;
    }
    tip.hidden = true;
  }

  // the events an element stands for: a trigger or a timeline entry names them in data-ev
  function events(el) {
    return (el.getAttribute('data-ev') || '').split(' ').filter(function (j) {
      return /^[0-9]+$/.test(j);
    });
  }

  function light(el, on) {
    events(el).forEach(function (j) {
      document.querySelectorAll('[data-of~="' + j + '"]').forEach(function (a) {
        a.classList.toggle('lit', on);
      });
      document.querySelectorAll('[data-ev~="' + j + '"]').forEach(function (t) {
        t.classList.toggle('hot', on);
      });
    });
  }

  var lit = null;
  function enter(target) {
    var t = target.closest ? target.closest('[data-tip]') : null;
    if (t) {
      showTip(t);
    }
    var e = target.closest ? target.closest('[data-ev]') : null;
    if (e !== lit) {
      if (lit) {
        light(lit, false);
      }
      lit = e;
      if (lit) {
        light(lit, true);
      }
    }
  }

  function leave(target, related) {
    if (shown && (!related || !shown.contains(related)) && target.closest && target.closest('[data-tip]') === shown) {
      hideTip();
    }
    if (lit && (!related || !lit.contains(related))) {
      light(lit, false);
      lit = null;
    }
  }

  document.addEventListener('mouseover', function (ev) { enter(ev.target); });
  document.addEventListener('mouseout', function (ev) { leave(ev.target, ev.relatedTarget); });
  document.addEventListener('focusin', function (ev) { enter(ev.target); });
  document.addEventListener('focusout', function (ev) { leave(ev.target, ev.relatedTarget); });
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape') {
      hideTip();
    }
  });
  window.addEventListener('resize', function () {
    if (shown) {
      place(shown);
    }
  });

  // a link into a folded year group unfolds it; the target flashes so the eye finds it
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (!el) {
      return;
    }
    for (var p = el.parentElement; p; p = p.parentElement) {
      if (p.tagName === 'DETAILS') {
        p.open = true;
      }
    }
    el.classList.add('flash');
    window.setTimeout(function () {
      el.classList.remove('flash'); // the background fades back (a CSS transition)
    }, 1500);
  }
  window.addEventListener('hashchange', reveal);
  reveal();

  // page.html?focus=e2 opens with that highlight focused: its tooltip shown, its event lit
  var focus = new URLSearchParams(location.search).get('focus');
  var target = focus && document.getElementById(focus);
  if (target && target.hasAttribute('data-tip')) {
    target.focus({ preventScroll: true });
    var r = target.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) {
      target.scrollIntoView({ block: 'center' });
      hideTip();
      showTip(target);
    }
  }
})();
