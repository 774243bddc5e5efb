/// The department codes one body names, each kept once with its string and link markup:
/// a body names a handful of departments in many tags, and a list searched in order by bytes
/// beats making a string of every code and hashing it.
struct DepartmentCodeTable {
    /// A code as written, and what belongs to it.
    struct Entry {
        let bytes: [UInt8]
        let code: String
        /// The first entry whose code equals this one as a string (itself when none): codes
        /// are compared as strings, as the department list's keys are.
        let department: Int
        /// The link markup, once looked up; kept in the `department` entry.
        var markup: DepartmentLinkMarkup??
    }

    private(set) var entries: [Entry] = []

    /// The index of the entry for the code written as `bytes`, added when new.
    mutating func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if let index = entries.firstIndex(where: { $0.bytes.elementsEqual(bytes) }) {
            return index
        }
        let code = String(decoding: bytes, as: UTF8.self)
        let department = entries.firstIndex { $0.code == code } ?? entries.count
        entries.append(Entry(bytes: Array(bytes), code: code, department: department))
        return entries.count - 1
    }

    /// The code of entry `index`, as written.
    func code(at index: Int) -> String {
        entries[index].code
    }

    /// Whether two entries name the same department (their codes are equal strings).
    func isSameDepartment(_ first: Int, _ second: Int) -> Bool {
        entries[first].department == entries[second].department
    }

    /// The link markup of entry `index`'s code, from the context's table, or made only for a
    /// code the table does not hold; looked up once for all the entries of a department.
    mutating func markup(at index: Int, context: MarkdownRenderContext) -> DepartmentLinkMarkup? {
        let department = entries[index].department
        if let markup = entries[department].markup {
            return markup
        }
        let code = entries[index].code
        let markup = context.departmentLinks.markup(for: code)
            ?? context.departmentLink(code).map(DepartmentLinkMarkup.init)
        entries[department].markup = .some(markup)
        return markup
    }
}
