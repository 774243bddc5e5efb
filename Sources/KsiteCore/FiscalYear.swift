/// A Japanese fiscal-year label such as `H30`, `R1` (also written `R元`) or `R4`.
///
/// Labels sort by era, so H30 < R1 < R2, and know their Western year (R4 = 2022).
public struct FiscalYear: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The Japanese eras the report can use.
    public enum Era: String, Sendable, CaseIterable {
        case heisei = "H"
        case reiwa = "R"

        /// Western year of the era's first year.
        var firstYear: Int { self == .heisei ? 1989 : 2019 }
        /// The last year number of the era, when it has ended.
        var lastYear: Int? { self == .heisei ? 31 : nil }
        /// The era's name in Japanese.
        public var japaneseName: String { self == .heisei ? "平成" : "令和" }

        /// The era of a label's first byte, `H` or `R` in either case.
        init?(letter: UInt8) {
            switch letter {
            case UInt8(ascii: "H"), UInt8(ascii: "h"): self = .heisei
            case UInt8(ascii: "R"), UInt8(ascii: "r"): self = .reiwa
            default: return nil
            }
        }
    }

    public let era: Era
    /// The year within the era, 1-based.
    public let year: Int

    /// Creates a fiscal year; nil when the year is outside the era.
    public init?(era: Era, year: Int) {
        guard year >= 1, year <= (era.lastYear ?? 99) else { return nil }
        self.era = era
        self.year = year
    }

    /// Parses `H30`, `R1`, `R元`, `r4`; nil for anything else.
    ///
    /// Read on the UTF-8 bytes: after the era letter come one or two ASCII digits (not
    /// starting with 0) or `元`, so a byte that starts any other character fails the label.
    public init?(label: String) {
        var label = label
        guard let (era, year) = label.withUTF8(Self.eraAndYear(of:)) else { return nil }
        self.init(era: era, year: year)
    }

    /// The label in the report's notation: `R4`, `H30` (R1, never R元).
    public var label: String { era.rawValue + String(year) }

    /// The Western calendar year in which the fiscal year starts (R4 → 2022).
    public var westernYear: Int { era.firstYear + year - 1 }

    /// `R4年度（2022年度）`.
    public var longLabel: String {
        var text = TextBuilder(capacity: 24)
        text.append(contentsOf: era.rawValue)
        text.append(year)
        text.append("年度（")
        text.append(westernYear)
        text.append("年度）")
        return text.text
    }

    public var description: String { label }

    public static func < (lhs: FiscalYear, rhs: FiscalYear) -> Bool {
        lhs.westernYear < rhs.westernYear
    }
}

private extension FiscalYear {
    /// The era and the year number a label's bytes spell, before checking the year is in the era.
    static func eraAndYear(of bytes: UnsafeBufferPointer<UInt8>) -> (Era, Int)? {
        guard let first = bytes.first, let era = Era(letter: first) else { return nil }
        let rest = bytes.dropFirst()
        if rest.count == 3 { return rest.elementsEqual("元".utf8) ? (era, 1) : nil }
        guard (1...2).contains(rest.count), rest.first != UInt8(ascii: "0"),
              rest.allSatisfy(\.isASCIIDigit) else {
            return nil
        }
        return (era, rest.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) })
    }
}

extension Character {
    /// Whether this is one of `0`…`9` (not other Unicode digits).
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension UInt8 {
    /// Whether this UTF-8 byte is one of `0`…`9`.
    var isASCIIDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
}
