import KsiteContent
import KsiteMarkdown

/// Every department with the initiatives that carry its code, built once per site.
struct DepartmentIndex: Sendable {
    /// One initiative on one section page, by its indices (the initiative stays in its section).
    struct Entry: Sendable {
        var pillarIndex: Int
        var sectionIndex: Int
        var initiativeIndex: Int
    }

    /// Departments in the order of `departments.yml` (or of first use when there is none).
    var departments: [Department]
    var entries: [String: [Entry]]

    init(departments: [Department], pillars: [RenderedPillar]) {
        var entries: [String: [Entry]] = [:]
        var seen = Set(departments.map(\.code))
        var all = departments
        for (pillarIndex, pillar) in pillars.enumerated() {
            for (sectionIndex, section) in pillar.sections.enumerated() {
                for (initiativeIndex, initiative) in section.markdown.initiatives.enumerated() {
                    for code in initiative.departmentCodes {
                        entries[code, default: []].append(Entry(
                            pillarIndex: pillarIndex, sectionIndex: sectionIndex,
                            initiativeIndex: initiativeIndex))
                        if seen.insert(code).inserted {
                            all.append(Department(code: code, slug: Department.fallbackSlug(for: code)))
                        }
                    }
                }
            }
        }
        self.departments = all
        self.entries = entries
    }

    func initiatives(of department: Department) -> [Entry] {
        entries[department.code] ?? []
    }
}
