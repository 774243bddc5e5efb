/// A name a page provides to the templates (`Templates/README.md` lists them page by page).
///
/// Names are a closed set, so a template's `{{site.title}}` is resolved to keys once, when the
/// template is compiled, and finding a value is comparing small integers rather than hashing
/// strings. A name in a template that no case spells is a value no page provides.
enum TemplateKey: String, Sendable {
    // The layout: every page.
    case root, pageTitle, isHome, description, canonical, breadcrumbs, hasBreadcrumbs, site
    case isCurrent
    // The site.
    case subtitle, publisher, language, resultYear, planYear, resultYearShort, planYearShort
    // Shared by several kinds of item.
    case title, href, heading, number, html, text, caption, count, name, code, label, index
    // Home and pillar pages.
    case pillars, pillar, numeral, introduction, hasIntroduction, sections, hasSeveralSections
    case totals, hasTotals, overviewChart, isByPillar, departmentCount, initiativeCount
    // Budgets.
    case budget, rows, change, year, yearShort, amount, readable, from, to, isDecrease
    // Section pages.
    case section, pillarHeading, pillarHref, budgetChart, parts, body, metrics, unit, tables
    case note, columns, cells, isNumber, isHeader, photos, src, hasPhotos, hasData, previous, next
    // Charts.
    case chart, id, svg, summary, download, table, headers
    // Department pages.
    case departments, department, groups, items, part
}
