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
    /// The initiatives of each department, in report order, by its place in `departments`.
    private var entries: [[Entry]]
    /// Each department's place in `departments`, by code.
    private var numbers: [String: Int]

    init(departments: [Department], pillars: [RenderedPillar]) {
        self.departments = departments
        entries = Array(repeating: [], count: departments.count)
        numbers = Dictionary(departments.enumerated().map { ($1.code, $0) }) { first, _ in first }
        for (pillarIndex, pillar) in pillars.enumerated() {
            for (sectionIndex, section) in pillar.sections.enumerated() {
                for (initiativeIndex, initiative) in section.markdown.initiatives.enumerated() {
                    let places = section.departmentPlaces[initiativeIndex]
                    for (code, place) in zip(initiative.departmentCodes, places) {
                        entries[place ?? number(of: code)].append(Entry(
                            pillarIndex: pillarIndex, sectionIndex: sectionIndex,
                            initiativeIndex: initiativeIndex))
                    }
                }
            }
        }
    }

    func initiatives(of department: Department) -> [Entry] {
        numbers[department.code].map { entries[$0] } ?? []
    }
}

private extension DepartmentIndex {
    /// The place of the department `code`, which the site's list lacks, added (with a slug
    /// made from its code) the first time.
    mutating func number(of code: String) -> Int {
        if let number = numbers[code] { return number }
        departments.append(Department(code: code, slug: Department.fallbackSlug(for: code)))
        entries.append([])
        numbers[code] = departments.count - 1
        return departments.count - 1
    }
}
