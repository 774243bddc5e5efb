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

    /// Initiatives grouped by pillar, then section, in report order.
    func groups(of entries: [DepartmentIndex.Entry], root: String) -> [TemplateValue] {
        let byPillar = Dictionary(grouping: entries, by: \.pillarIndex)
        return byPillar.keys.sorted().map { pillarIndex in
            let pillar = pillars[pillarIndex]
            let bySection = Dictionary(grouping: byPillar[pillarIndex] ?? [], by: \.sectionIndex)
            let sections = bySection.keys.sorted().map { sectionIndex in
                TemplateValue.object(sectionGroup(
                    pillar.sections[sectionIndex], items: bySection[sectionIndex] ?? [], root: root))
            }
            return .object([.heading: .text(pillarHeading(pillar.pillar)), .sections: .list(sections)])
        }
    }

    /// One section of a department page: its heading and the department's initiatives in it.
    func sectionGroup(_ section: RenderedSection, items: [DepartmentIndex.Entry], root: String) -> Context {
        let href = root + section.path
        return [
            .heading: .text(sectionHeading(section.section)),
            .href: .text(href),
            .items: .list(items.map { entry in
                let initiative = section.markdown.initiatives[entry.initiativeIndex]
                let part = section.markdown.parts.indices.contains(initiative.partIndex)
                    ? section.markdown.parts[initiative.partIndex].heading : nil
                return .object([
                    .html: .text(initiative.html),
                    .href: .text("\(href)#\(initiative.id)"),
                    .part: .text(orFalse: part),
                ])
            }),
        ]
    }
}
