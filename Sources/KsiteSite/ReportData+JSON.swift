import Foundation
import KsiteContent
import KsiteCore
import KsiteMarkdown

extension ReportData {
    /// `data/report.json`: compact (no whitespace between tokens), which is what programs read
    /// and 40 % smaller to download than pretty-printed; keys sorted, so every build is
    /// byte-identical.
    func json(isPrettyPrinted: Bool = false) -> Data {
        var result = Data()
        json(isPrettyPrinted: isPrettyPrinted) { result.append(contentsOf: $0) }
        return result
    }

    /// `json()` handed over in pieces of about `pieceSize` bytes (a section ends each), for
    /// writing a large report without holding it whole.
    func json(isPrettyPrinted: Bool = false, pieceSize: Int = 1 << 20, emit: ([UInt8]) -> Void) {
        let config = site.config
        var json = JSONWriter(isPrettyPrinted: isPrettyPrinted)
        json.beginObject()
        json.member("budgetUnit", config.budgetUnit)
        json.member("departments", eachOf: departments.departments) { json, department in
            json.object { json in
                json.member("code", department.code)
                json.member("initiativeCount", departments.initiatives(of: department).count)
                json.member("name", department.name)
                json.member("url", SitePaths.department(department))
            }
        }
        json.member("language", config.language)
        json.member("pillars", eachOf: pillars) { json, pillar in
            json.object { json in
                json.member("numeral", pillar.pillar.numeral)
                json.member("sections", eachOf: pillar.sections) { json, section in
                    json.write(section)
                    json.handOver(atLeast: pieceSize, to: emit)
                }
                json.member("title", pillar.pillar.title)
                json.member("url", pillar.path)
            }
        }
        json.member("planYear", config.planYear.label)
        json.member("publisher", config.publisher)
        json.member("resultYear", config.resultYear.label)
        json.member("schema", Self.schema)
        json.member("subtitle", config.subtitle)
        json.member("title", config.title)
        json.endObject()
        json.handOver(to: emit)
    }
}

private extension JSONWriter {
    /// A section of `report.json`: its figures, tables, photos and initiatives.
    mutating func write(_ rendered: RenderedSection) {
        let section = rendered.section
        object { json in
            json.member("budget", eachOf: section.budget) { json, year in
                json.object { json in
                    json.key("amount")
                    json.write(year.amount)
                    json.member("westernYear", year.year.westernYear)
                    json.member("year", year.year.label)
                }
            }
            json.writeInitiatives(of: rendered)
            json.member("metrics", eachOf: section.metrics) { $0.write($1) }
            json.member("number", section.number)
            json.member("photos", strings: section.photos.lazy.map(\.caption))
            json.member("tables", eachOf: section.tables) { $0.write($1) }
            json.member("title", section.title)
            json.member("url", rendered.path)
        }
    }

    /// `initiatives[]`: each tagged item with its anchor, part heading, codes and plain text.
    mutating func writeInitiatives(of rendered: RenderedSection) {
        let parts = rendered.markdown.parts
        let initiatives = rendered.markdown.initiatives
        // The part of every initiative's URL before its id, made once.
        let anchorBase = rendered.path + "#"
        // By index, field by field: only the values written are copied, not whole initiatives.
        member("initiatives", eachOf: initiatives.indices) { json, index in
            json.object { json in
                let partIndex = initiatives[index].partIndex
                json.member("departments", strings: initiatives[index].departmentCodes)
                json.member("id", initiatives[index].id)
                json.member("part", parts.indices.contains(partIndex) ? parts[partIndex].heading : nil)
                json.member("text", initiatives[index].plainText)
                json.key("url")
                json.string(concatenating: anchorBase, initiatives[index].id)
            }
        }
    }

    mutating func write(_ metric: Metric) {
        object { json in
            json.member("caption", metric.caption)
            json.member("chart", metric.chart.rawValue)
            json.member("data", eachOf: metric.data) { json, point in
                json.object { json in
                    json.member("label", point.label)
                    json.key("value")
                    json.write(point.value)
                    json.member("westernYear", FiscalYear(label: point.label)?.westernYear)
                }
            }
            json.member("title", metric.title)
            json.member("unit", metric.unit)
        }
    }

    mutating func write(_ table: DataTable) {
        object { json in
            json.member("columns", strings: table.columns)
            json.member("note", table.note)
            json.member("rows", eachOf: table.rows) { json, row in
                json.beginArray()
                for cell in row { json.string(cell.display) }
                json.endArray()
            }
            json.member("title", table.title)
        }
    }

    /// A figure: the amount exactly as written, and as a number for convenience.
    mutating func write(_ amount: Amount) {
        object { json in
            json.member("text", amount.description)
            json.member("value", amount.doubleValue)
        }
    }
}
