@testable import KsiteCharts

/// The string-building versions of the number, escaping and wrapping code as they were
/// before the chart module wrote its markup as bytes (commit c64e6aa), kept so that tests
/// can check the faster code gives the same text for any input.
enum ReferenceText {
    static func plain(_ value: Double, fractionDigits: Int) -> String {
        let (sign, whole, fraction) = parts(value, fractionDigits: fractionDigits)
        return sign + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    static func grouped(_ value: Double, fractionDigits: Int) -> String {
        let (sign, whole, fraction) = parts(value, fractionDigits: fractionDigits)
        return sign + group(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }

    static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isPlain($0) }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n", "\r", "\t": result += " "
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    static func identifier(_ text: String) -> String {
        let mapped = text.lowercased().unicodeScalars.map { scalar -> Character in
            let isSafe = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            return isSafe ? Character(scalar) : "-"
        }
        var trimmed = Substring(String(mapped))
        while trimmed.first == "-" { trimmed = trimmed.dropFirst() }
        while trimmed.last == "-" { trimmed = trimmed.dropLast() }
        return trimmed.isEmpty ? "chart" : String(trimmed)
    }

    static func lines(_ text: String, maxWidth: Double, fontSize: Double, maxLines: Int) -> [String] {
        var lines: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty, lines.count < maxLines {
            let count = fittingCount(rest, maxWidth: maxWidth, fontSize: fontSize)
            let isLast = lines.count == maxLines - 1
            if count >= rest.count {
                lines.append(String(rest))
                rest = ""
            } else if isLast {
                let room = maxWidth - TextMetrics.width("…", fontSize: fontSize)
                let fitting = fittingCount(rest, maxWidth: room, fontSize: fontSize)
                lines.append(trimmingTrailingSpaces(String(rest.prefix(fitting))) + "…")
                rest = ""
            } else {
                let end = rest.index(rest.startIndex, offsetBy: breakCount(rest, fitting: count))
                lines.append(trimmingTrailingSpaces(String(rest[..<end])))
                rest = rest[end...].drop { $0 == " " }
            }
        }
        return lines
    }
}

private extension ReferenceText {
    static func parts(_ value: Double, fractionDigits: Int) -> (String, String, String) {
        guard value.isFinite else { return ("", "0", "") }
        let clamped = min(max(value, -1e15), 1e15)
        var digits = max(0, min(fractionDigits, 8))
        while digits > 0, abs(clamped) * powers[digits] >= 9e15 { digits -= 1 }
        let units = (abs(clamped) * powers[digits]).rounded()
        guard units > 0 else { return ("", "0", "") }
        let total = UInt64(units)
        let divisor = UInt64(powers[digits])
        var fraction = total % divisor
        while digits > 0, fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let fractionText = digits == 0 ? "" : String(fraction)
        let padding = String(repeating: "0", count: max(0, digits - fractionText.utf8.count))
        return (clamped < 0 ? "-" : "", String(total / divisor), padding + fractionText)
    }

    static let powers: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]

    static func group(_ digits: String) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }

    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'": false
        default: isAllowed(scalar)
        }
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    static func fittingCount(_ text: Substring, maxWidth: Double, fontSize: Double) -> Int {
        var width = 0.0
        var count = 0
        for character in text {
            width += TextMetrics.width(String(character), fontSize: fontSize)
            if width > maxWidth + 0.001 { break }
            count += 1
        }
        return max(count, min(1, text.count))
    }

    static func breakCount(_ text: Substring, fitting count: Int) -> Int {
        let characters = Array(text)
        if let space = characters[..<count].lastIndex(of: " "), space > count / 2 {
            return space + 1
        }
        var end = count
        while end > 1, end < characters.count, TextWrapper.noLineStart.contains(characters[end]) {
            end -= 1
        }
        var wordStart = end
        while wordStart > count / 2, wordStart < characters.count,
              isWordPart(characters[wordStart - 1]), isWordPart(characters[wordStart]) {
            wordStart -= 1
        }
        return wordStart > count / 2 ? wordStart : end
    }

    static func isWordPart(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || ",.%".contains(character))
    }

    static func trimmingTrailingSpaces(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}
