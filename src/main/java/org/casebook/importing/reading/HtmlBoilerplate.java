package org.casebook.importing.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the part of a saved web page that holds its text and removes what every page of the site repeats: menus,
 * banners, footers, cookie notices, breadcrumbs, sidebars, forms and "skip to content" links. It trusts, in order,
 * semantic tags, ARIA roles and the words sites use in class and id names.
 */
final class HtmlBoilerplate {

    /** Elements that never hold a letter's text. */
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "form, button, input, select, textarea, nav, aside, footer, menu, dialog, [hidden], [aria-hidden=true]";

    /** ARIA landmark and widget roles of site furniture. */
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "menu", "menubar", "toolbar", "dialog", "alertdialog", "tablist");

    /** Words in class and id names that mark site furniture, compared with whole words of a name. */
    private static final Set<String> FURNITURE_WORDS = Set.of("nav", "navbar", "navigation", "menu", "menubar", "cookie",
            "cookies", "consent", "banner", "footer", "header", "masthead", "breadcrumb", "breadcrumbs", "sidebar",
            "skip", "skiplink", "share", "social", "related", "promo", "advert", "toolbar");

    /** Words that mark furniture even inside a longer name, such as "mgBreadCrumbs" or "cookiebar". */
    private static final List<String> UNMISTAKABLE = List.of("breadcrumb", "cookie", "skiplink", "skip-link");

    /** Splits "site-header", "cookie_banner", "mainMenu" into their words. */
    private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
    private static final Pattern SKIP_LINK = Pattern.compile("(?i)\\s*skip\\b.*");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden|mso-hide\\s*:\\s*all");

    private HtmlBoilerplate() {
    }

    /** The element holding the page's own text, with the furniture inside it removed; the document is changed. */
    static Element content(Document page) {
        page.select(NEVER_TEXT).remove();
        Element root = root(page);
        List<Element> furniture = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element != root && isFurniture(element)) {
                furniture.add(element);
            }
        }
        furniture.forEach(Element::remove);
        return root;
    }

    /** {@code <main>} or {@code role=main} when the page marks it, else its one {@code <article>}, else the body. */
    private static Element root(Document page) {
        Optional<Element> main = Optional.ofNullable(page.selectFirst("main, [role=main]"));
        if (main.isPresent()) {
            return main.get();
        }
        List<Element> articles = page.select("article");
        if (articles.size() == 1) {
            return articles.get(0);
        }
        return page.body();
    }

    private static boolean isFurniture(Element element) {
        if (FURNITURE_ROLES.contains(element.attr("role").strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (HIDDEN_STYLE.matcher(element.attr("style")).find()) {
            return true;
        }
        if (element.nameIs("header") && element.closest("article, main, [role=main]") == null) {
            return true;
        }
        if (element.nameIs("a") && element.attr("href").startsWith("#") && SKIP_LINK.matcher(element.text()).matches()) {
            return true;
        }
        return hasFurnitureWord(element.className()) || hasFurnitureWord(element.id());
    }

    private static boolean hasFurnitureWord(String names) {
        if (names.isBlank()) {
            return false;
        }
        String lower = names.toLowerCase(Locale.ROOT);
        if (UNMISTAKABLE.stream().anyMatch(lower::contains)) {
            return true;
        }
        for (String word : WORD_BREAK.split(names.strip())) {
            if (FURNITURE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
