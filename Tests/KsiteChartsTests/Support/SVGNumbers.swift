/// Checks every numeric attribute of an SVG: finite, no exponent, at most two decimals,
/// and no negative width, height or radius.
enum SVGNumbers {
    static let numericAttributes: Set<String> = [
        "x", "y", "width", "height", "x1", "y1", "x2", "y2", "cx", "cy", "r", "font-size",
        "viewBox", "points",
    ]
    static let nonNegative: Set<String> = ["width", "height", "r", "font-size"]

    /// Descriptions of every problem found; empty when all is well.
    static func problems(in svg: String) -> [String] {
        var problems: [String] = []
        for (name, value) in attributes(in: svg) where numericAttributes.contains(name) {
            let numbers = value.split(whereSeparator: { $0 == " " || $0 == "," })
            for number in numbers {
                guard let parsed = Double(number), parsed.isFinite else {
                    problems.append("\(name)=\"\(value)\" is not a finite number"); continue
                }
                if number.contains("e") || number.contains("E") {
                    problems.append("\(name)=\(number) has an exponent")
                }
                if number == "-0" { problems.append("\(name) is -0") }
                if let dot = number.firstIndex(of: "."), number[number.index(after: dot)...].count > 2 {
                    problems.append("\(name)=\(number) has more than two decimals")
                }
                if number.hasSuffix("0"), number.contains(".") {
                    problems.append("\(name)=\(number) trails a zero")
                }
                if nonNegative.contains(name), parsed < 0 {
                    problems.append("\(name)=\(number) is negative")
                }
            }
        }
        return problems
    }

    /// `name="value"` pairs in order (values never contain quotes: they are escaped).
    static func attributes(in svg: String) -> [(String, String)] {
        var result: [(String, String)] = []
        var rest = Substring(svg)
        while let equals = rest.range(of: "=\"") {
            let before = rest[..<equals.lowerBound]
            let name = before.split(whereSeparator: { $0 == " " || $0 == "<" || $0 == "\n" }).last ?? ""
            let afterQuote = rest[equals.upperBound...]
            guard let close = afterQuote.firstIndex(of: "\"") else { break }
            result.append((String(name), String(afterQuote[..<close])))
            rest = afterQuote[afterQuote.index(after: close)...]
        }
        return result
    }
}
