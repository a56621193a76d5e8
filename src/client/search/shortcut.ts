// `/` anywhere on the site (outside a text field) puts the cursor in the search box: the search
// page's own box when there is one, else the one in the header.
export function installSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/u.test(target.tagName))) return;
    const box = document.getElementById('search-q') ?? document.getElementById('site-search-input');
    if (!(box instanceof HTMLInputElement)) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}
