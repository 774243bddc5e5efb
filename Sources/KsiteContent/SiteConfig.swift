import KsiteCore

/// `Content/site.yml`: the report as a whole.
public struct SiteConfig: Sendable {
    public var title: String
    public var subtitle: String?
    public var publisher: String
    /// BCP 47 language tag of the content, e.g. `ja`.
    public var language: String
    /// Absolute http(s) URL the site is published at, ending in `/`; canonical links only.
    public var baseURL: String?
    /// The year whose results (実績) the report gives.
    public var resultYear: FiscalYear
    /// The year whose plans (取組) it gives.
    public var planYear: FiscalYear
    /// Unit of every `budget` value, e.g. `千円`.
    public var budgetUnit: String
}
