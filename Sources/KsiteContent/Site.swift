/// Everything in `Content/`, loaded and validated.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Departments from `departments.yml` in file order (or from the tags, when it is absent).
    public var departments: [Department]
    /// Whether `departments.yml` exists (then every tag must be listed in it).
    public var hasDepartmentList: Bool
    public var pillars: [Pillar]
    /// The `Content/` folder.
    public var contentPath: String
}
