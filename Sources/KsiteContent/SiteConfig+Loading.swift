import KsiteCore
import Yams

extension SiteConfig {
    static let fields = ["title", "subtitle", "publisher", "language", "base_url", "fiscal_years",
                         "budget_unit"]

    /// Reads `site.yml`; nil when a required part is missing (diagnostics say which).
    static func load(yaml: String, decoder: inout YAMLDecoder) -> SiteConfig? {
        guard let root = decoder.parse(yaml) else {
            if decoder.diagnostics.isEmpty {
                decoder.error(at: decoder.fileStart, "site.yml is empty",
                              hint: "write at least title, publisher, language, fiscal_years and budget_unit")
            }
            return nil
        }
        guard let fields = decoder.fields(
            of: root, in: "site.yml", allowed: Self.fields,
            required: ["title", "publisher", "language", "fiscal_years", "budget_unit"]
        ) else { return nil }
        let title = decoder.string(fields["title"], field: "title")
        let subtitle = decoder.string(fields["subtitle"], field: "subtitle")
        let publisher = decoder.string(fields["publisher"], field: "publisher")
        let language = decoder.string(fields["language"], field: "language")
        if let language, let node = fields["language"], !isLanguageTag(language) {
            decoder.error(node, "'\(language)' is not a BCP 47 language tag", hint: "write e.g. 'ja'")
        }
        let baseURL = loadBaseURL(fields["base_url"], decoder: &decoder)
        let unit = decoder.string(fields["budget_unit"], field: "budget_unit")
        let years = loadYears(fields["fiscal_years"], decoder: &decoder)
        guard let title, let publisher, let language, let unit, let years else { return nil }
        return SiteConfig(
            title: title, subtitle: subtitle, publisher: publisher, language: language,
            baseURL: baseURL, resultYear: years.result, planYear: years.plan, budgetUnit: unit)
    }
}

private extension SiteConfig {
    static func loadYears(
        _ node: Node?, decoder: inout YAMLDecoder
    ) -> (result: FiscalYear, plan: FiscalYear)? {
        guard let node, let fields = decoder.fields(
            of: node, in: "fiscal_years", allowed: ["result", "plan"], required: ["result", "plan"]
        ) else { return nil }
        let result = decoder.fiscalYear(fields["result"], field: "fiscal_years.result")
        let plan = decoder.fiscalYear(fields["plan"], field: "fiscal_years.plan")
        guard let result, let plan else { return nil }
        return (result, plan)
    }

    static func loadBaseURL(_ node: Node?, decoder: inout YAMLDecoder) -> String? {
        guard let node, let text = decoder.string(node, field: "base_url") else { return nil }
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), !text.contains(" "),
              text.split(separator: "/").count >= 2 else {
            decoder.error(node, "base_url '\(text)' is not an absolute http(s) URL",
                          hint: "write e.g. https://www.example.jp/chusho/ or leave base_url out")
            return nil
        }
        return text.hasSuffix("/") ? text : text + "/"
    }

    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        } && parts[0].count >= 2 && parts[0].allSatisfy(\.isLetter)
    }
}
