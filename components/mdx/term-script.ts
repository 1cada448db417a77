/**
 * Makes the `<Term>` hover cards dismissible (WCAG 1.4.13): Escape hides the card under the
 * pointer or around the focused term until the pointer or focus leaves that term. Inlined in
 * <head> by the locale layout (a few hundred bytes, no React), listening on the document.
 */
export const TERM_TIP_SCRIPT = `(function(){var d=document,h=null;function reset(e){if(h&&h.contains(e.target)&&!(e.relatedTarget&&h.contains(e.relatedTarget))){h.removeAttribute('data-dismissed');h=null}}d.addEventListener('keydown',function(e){if(e.key!=='Escape')return;var a=d.activeElement,t=d.querySelector('.term:hover')||(a&&a.closest?a.closest('.term'):null);if(t){t.setAttribute('data-dismissed','');h=t}});d.addEventListener('mouseout',reset);d.addEventListener('focusout',reset)})();`;
