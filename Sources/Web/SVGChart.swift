/// Horizontal bar charts drawn on the server as inline SVG: no script, no file, nothing external.
///
/// Colours come from classes in candor.css and presentation attributes, never a `style` attribute, so
/// the strict Content-Security-Policy (`style-src 'self'`) holds. Every chart is paired with a table
/// of the same numbers (``table(_:caption:labelHeader:valueHeader:)``) for screen readers and for
/// anyone who wants the figures.
package enum SVGChart {
    package struct Bar {
        package let label: String
        package let value: Int

        package init(label: String, value: Int) {
            self.label = label
            self.value = value
        }
    }

    /// A narrow drawing, so that text scaled to a phone's width stays readable.
    static let width = 420
    static let labelWidth = 170
    static let rowHeight = 26

    /// A bar per row, scaled to the largest value, each labelled with its name and number.
    package static func bars(_ bars: [Bar], title: String) -> HTML {
        guard !bars.isEmpty else { return "" }
        let largest = max(1, bars.map(\.value).max() ?? 1)
        let barSpace = width - labelWidth - 44
        let height = bars.count * rowHeight + 10
        let rows = bars.enumerated().map { (row, bar) -> HTML in
            let y = 5 + row * rowHeight
            let length = max(bar.value > 0 ? 2 : 0, bar.value * barSpace / largest)
            return """
                <text x="\(labelWidth - 8)" y="\(y + 18)" text-anchor="end">\(shortened(bar.label))</text>\
                <rect x="\(labelWidth)" y="\(y + 4)" width="\(length)" height="\(rowHeight - 8)" rx="3"></rect>\
                <text x="\(labelWidth + length + 6)" y="\(y + 18)">\(bar.value)</text>
                """
        }
        return """
            <svg class="chart" viewBox="0 0 \(width) \(height)" role="img" aria-label="\(title)"><title>\(title)</title>\(rows)</svg>
            """
    }

    /// The same numbers as a table.
    /// `figure` writes a value (the ratings write a small group as "fewer than 10").
    package static func table(
        _ bars: [Bar], caption: String, labelHeader: String, valueHeader: String,
        figure: (Int) -> String = { String($0) }
    ) -> HTML {
        let rows = bars.map { bar -> HTML in "<tr><th scope=\"row\">\(bar.label)</th><td>\(figure(bar.value))</td></tr>"
        }
        return """
            <table class="figures"><caption>\(caption)</caption>
            <thead><tr><th scope="col">\(labelHeader)</th><th scope="col">\(valueHeader)</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
    }

    /// SVG text does not wrap: a long label is cut, and the table below has it whole.
    static func shortened(_ label: String) -> String {
        label.count <= 24 ? label : String(label.prefix(23)) + "…"
    }
}
