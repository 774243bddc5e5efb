import KsiteContent
import KsiteCore

extension PageAssembler {
    func departmentIndexContext() -> Context {
        var context = layoutContext(
            path: SitePaths.departmentIndex, title: "担当課一覧",
            description: "\(site.config.title)の取組みを担当課ごとに一覧にしています。",
            crumbs: [Crumb(title: "担当課一覧", path: nil)])
        context["departments"] = departments.departments.map { department -> Context in
            [
                "code": department.code,
                "name": department.name ?? false,
                "href": SitePaths.department(department).split(separator: "/").last.map(String.init) ?? "",
                "count": departments.initiatives(of: department).count,
            ]
        }
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
        context["department"] = [
            "code": department.code, "name": department.name ?? false, "label": label,
            "count": entries.count,
        ] as Context
        context["groups"] = groups(of: entries, root: root)
        return context
    }

    /// Initiatives grouped by pillar, then section, in report order.
    func groups(of entries: [DepartmentIndex.Entry], root: String) -> [Context] {
        var result: [Context] = []
        for (pillarIndex, pillar) in pillars.enumerated() {
            let inPillar = entries.filter { $0.pillarIndex == pillarIndex }
            guard !inPillar.isEmpty else { continue }
            var sections: [Context] = []
            for (sectionIndex, section) in pillar.sections.enumerated() {
                let items = inPillar.filter { $0.sectionIndex == sectionIndex }
                guard !items.isEmpty else { continue }
                sections.append([
                    "heading": sectionHeading(section.section),
                    "href": root + section.path,
                    "items": items.map { entry -> Context in
                        let part = section.markdown.parts.indices.contains(entry.initiative.partIndex)
                            ? section.markdown.parts[entry.initiative.partIndex].heading : nil
                        return [
                            "html": entry.initiative.html,
                            "href": root + section.path + "#" + entry.initiative.id,
                            "part": part ?? false,
                        ]
                    },
                ])
            }
            result.append(["heading": pillarHeading(pillar.pillar), "sections": sections])
        }
        return result
    }
}
