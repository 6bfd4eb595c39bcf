// Reader list pages: filters are GET forms (they work without this file). With scripts on, a changed filter applies at
// once, and the address leaves out empty and default values (the server would otherwise redirect to that address).
(function () {
    function addressOf(form) {
        const url = new URL(form.getAttribute('action') || location.pathname, document.baseURI);
        for (const field of form.elements) {
            if (!field.name || field.disabled || field.value === '' || field.value === field.dataset.default) continue;
            url.searchParams.append(field.name, field.value);
        }
        return url.pathname + url.search;
    }

    // Through a link: Blazor's enhanced navigation (or, signed in, its router) takes it once started, and before
    // that, or without Blazor, the browser follows it.
    function go(form) {
        const link = document.createElement('a');
        link.href = addressOf(form);
        link.hidden = true;
        document.body.appendChild(link);
        link.click();
        link.remove();
    }

    document.addEventListener('change', function (e) {
        const form = e.target.form;
        if (form && form.matches('form[data-list-filters]')) go(form);
    });

    document.addEventListener('submit', function (e) {
        if (!e.target.matches('form[data-list-filters]')) return;
        e.preventDefault();
        go(e.target);
    });

    // The source viewer marks the quote a link asked for; bring it into view after a full or an enhanced page load.
    function showHighlight() {
        const mark = document.getElementById('highlighted-quote');
        if (mark) mark.scrollIntoView({ block: 'center' });
    }

    // Filters behind a "Filters" control are sent open; on a phone they are folded when a list page is reached, and
    // left as the reader set them while they change filters on it (the same page again).
    let foldedFor = null;
    function foldFiltersOnPhones() {
        if (location.pathname === foldedFor) return;
        foldedFor = location.pathname;
        if (window.matchMedia('(min-width: 960px)').matches) return;
        for (const fold of document.querySelectorAll('details[data-filters-fold]')) fold.open = false;
    }

    document.addEventListener('DOMContentLoaded', foldFiltersOnPhones);
    if (window.Blazor && typeof window.Blazor.addEventListener === 'function') window.Blazor.addEventListener('enhancedload', foldFiltersOnPhones);
    document.addEventListener('DOMContentLoaded', showHighlight);
    if (window.Blazor && typeof window.Blazor.addEventListener === 'function') window.Blazor.addEventListener('enhancedload', showHighlight);
})();
