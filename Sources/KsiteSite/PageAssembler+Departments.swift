import KsiteContent
import KsiteCore

extension PageAssembler {
    func departmentIndexContext() -> Context {
        var context = layoutContext(
            path: SitePaths.departmentIndex, title: "担当課一覧",
            description: "\(site.config.title)の取組みを担当課ごとに一覧にしています。",
            crumbs: [Crumb(title: "担当課一覧", path: nil)])
        context[.departments] = .list(departments.departments.map { department in
            .object([
                .code: .text(department.code),
                .name: .text(orFalse: department.name),
                .href: .text(
                    SitePaths.department(department).split(separator: "/").last.map(String.init) ?? ""),
                .count: .number(departments.initiatives(of: department).count),
            ])
        })
        return context
    }

    func departmentContext(_ department: Department) -> Context {
        let path = SitePaths.department(department)
        let root = SitePaths.rootPrefix(for: path)
        let label = department.name.map { "\($0)（\(department.code)）" } ?? department.code
        var context = layoutContext(
            path: path, title: label,
            description: "\(label)が担当する取組みの一覧です。",
            crumbs: [Crumb(title: "担当課一覧", path: SitePaths.departmentIndex),
                     Crumb(title: label, path: nil)])
        let entries = departments.initiatives(of: department)
        context[.department] = .object([
            .code: .text(department.code), .name: .text(orFalse: department.name), .label: .text(label),
            .count: .number(entries.count),
        ])
        context[.groups] = .list(groups(of: entries, root: root))
        return context
    }

    /// Initiatives grouped by pillar, then section, in report order: the order of `entries`,
    /// so each group is a run of them.
    func groups(of entries: [DepartmentIndex.Entry], root: String) -> [TemplateValue] {
        Self.runs(of: entries[...], by: \.pillarIndex).map { inPillar in
            // The pillar read where it is, not copied with all its sections.
            let pillar = inPillar[inPillar.startIndex].pillarIndex
            let sections = Self.runs(of: inPillar, by: \.sectionIndex).map { inSection in
                TemplateValue.object(sectionGroup(
                    pillars[pillar].sections[inSection[inSection.startIndex].sectionIndex],
                    items: inSection, root: root))
            }
            return .object([.heading: .text(pillarHeading(pillars[pillar].pillar)), .sections: .list(sections)])
        }
    }

    /// One section of a department page: its heading and the department's initiatives in it,
    /// in runs under their part heading (R4's results, R5's plans), so a heading is printed
    /// once per run rather than once per item; the items are made as the template reaches each
    /// (a large report's department lists thousands).
    func sectionGroup(
        _ section: RenderedSection, items: ArraySlice<DepartmentIndex.Entry>, root: String
    ) -> Context {
        let href = root + section.path
        let anchorPrefix = href + "#"
        let markdown = section.markdown
        let parts = Self.runs(of: items) { markdown.initiatives[$0.initiativeIndex].partIndex }
            .map { inPart -> TemplateValue in
                let partIndex = markdown.initiatives[inPart[inPart.startIndex].initiativeIndex].partIndex
                let part = markdown.parts.indices.contains(partIndex) ? markdown.parts[partIndex].heading : nil
                return .object([
                    .part: .text(orFalse: part),
                    .items: .lazy(TemplateList(count: inPart.count) { item in
                        // Field by field: only the values shown are copied, not the whole initiative.
                        let index = inPart[inPart.startIndex + item].initiativeIndex
                        return .object([
                            .html: .html(markdown.initiatives[index].html),
                            .href: .text(anchorPrefix + markdown.initiatives[index].id),
                        ])
                    }),
                ])
            }
        return [
            .heading: .text(sectionHeading(section.section)),
            .href: .text(href),
            .parts: .list(parts),
        ]
    }
}

private extension PageAssembler {
    /// `entries` cut where `key` changes.
    static func runs(
        of entries: ArraySlice<DepartmentIndex.Entry>, by key: (DepartmentIndex.Entry) -> Int
    ) -> [ArraySlice<DepartmentIndex.Entry>] {
        // A handful of runs over thousands of entries: `key` is asked once per entry, and the
        // short array of runs is grown rather than counted first.
        guard !entries.isEmpty else { return [] }
        var runs: [ArraySlice<DepartmentIndex.Entry>] = []
        var start = entries.startIndex
        var startKey = key(entries[start])
        for index in entries.indices.dropFirst() {
            let indexKey = key(entries[index])
            guard indexKey != startKey else { continue }
            runs.append(entries[start..<index])
            (start, startKey) = (index, indexKey)
        }
        runs.append(entries[start...])
        return runs
    }
}
