import Foundation

/// Monotonic seconds.
func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// The p-th percentile (0…100) of `values`, by nearest rank.
func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
}

/// Resident set size of this process in bytes (Linux /proc/self/statm).
func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
}

/// Prints a JSON object with stable key order, or a two-column table.
func report(_ rows: [(String, Any)], json: Bool, title: String) {
    if json {
        let body = rows.map { key, value -> String in
            let rendered: String
            switch value {
            case let v as Double: rendered = v.isFinite ? String(format: "%.6g", v) : "null"
            case let v as Int: rendered = String(v)
            case let v as String: rendered = "\"\(v)\""
            default: rendered = "\"\(value)\""
            }
            return "\"\(key)\": \(rendered)"
        }
        print("{" + body.joined(separator: ", ") + "}")
    } else {
        print(title)
        let width = rows.map(\.0.count).max() ?? 0
        for (key, value) in rows {
            let rendered = (value as? Double).map { String(format: "%.3f", $0) } ?? "\(value)"
            print("  " + key.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + rendered)
        }
    }
}
