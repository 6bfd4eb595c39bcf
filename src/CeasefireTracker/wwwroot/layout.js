// The layout's behaviour on every page, statically rendered or interactive: the phone menu and the theme switch.
// Handlers are delegated from the document, so they survive Blazor's enhanced navigation patching the page.
(() => {
    const layout = () => document.querySelector(".app-layout");
    const toggle = () => document.querySelector("[data-nav-toggle]");

    function setMenuOpen(open) {
        layout()?.classList.toggle("nav-open", open);
        toggle()?.setAttribute("aria-expanded", open ? "true" : "false");
    }

    function setCookie(name, value) {
        document.cookie = `${name}=${value}; path=/; max-age=31536000; samesite=lax`;
        return document.cookie.split("; ").includes(`${name}=${value}`);
    }

    const renderedTheme = () => layout()?.dataset.theme;

    document.addEventListener("click", event => {
        const target = event.target instanceof Element ? event.target : null;
        if (target?.closest("[data-nav-toggle]")) {
            setMenuOpen(!layout()?.classList.contains("nav-open"));
        } else if (target?.closest("#app-nav a")) {
            // A tapped link closes the phone menu, so the page it opens is not hidden behind it.
            setMenuOpen(false);
        } else if (target?.closest("[data-theme-toggle]")) {
            // The reader's own choice, remembered for a year; the server renders the palette, so the page reloads.
            if (setCookie("theme", renderedTheme() === "dark" ? "light" : "dark")) location.reload();
        } else if (layout()?.classList.contains("nav-open") && !target?.closest("#app-nav")) {
            setMenuOpen(false);
        }
    });

    // The skip link moves focus into the page's main landmark. Captured before Blazor's navigation handling, which
    // would treat the link as a navigation and leave focus where it was.
    document.addEventListener("click", event => {
        if (!(event.target instanceof Element) || !event.target.closest(".skip-link")) return;
        const main = document.getElementById("main-content");
        if (!main) return;
        event.preventDefault();
        event.stopPropagation();
        main.focus();
        main.scrollIntoView();
    }, true);

    document.addEventListener("keydown", event => {
        if (event.key === "Escape" && layout()?.classList.contains("nav-open")) {
            setMenuOpen(false);
            toggle()?.focus();
        }
    });

    // Readers who never chose follow the system: tell the server what it prefers, and render again when the page
    // was drawn in the other palette (the first visit, or after the system switched).
    function followSystem() {
        if (document.cookie.split("; ").some(c => c.startsWith("theme="))) return;
        const system = matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
        const stale = renderedTheme() && renderedTheme() !== system;
        // Once per session and value at most: a server that ignored the cookie must not make the page reload forever.
        if (setCookie("theme-system", system) && stale && sessionStorage.getItem("theme-reloaded") !== system) {
            sessionStorage.setItem("theme-reloaded", system);
            location.reload();
        }
    }

    followSystem();
    matchMedia("(prefers-color-scheme: dark)").addEventListener("change", followSystem);
})();
