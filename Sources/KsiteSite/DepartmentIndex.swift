import KsiteContent
import KsiteMarkdown

/// Every department with the initiatives that carry its code, built once per site.
struct DepartmentIndex: Sendable {
    /// One initiative on one section page.
    struct Entry: Sendable {
        var pillarIndex: Int
        var sectionIndex: Int
        var initiative: Initiative
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
                for initiative in section.markdown.initiatives {
                    for code in initiative.departmentCodes {
                        entries[code, default: []].append(Entry(
                            pillarIndex: pillarIndex, sectionIndex: sectionIndex, initiative: initiative))
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
