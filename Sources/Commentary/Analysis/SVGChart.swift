import Foundation

/// A chart as a standalone SVG file: one series per query, axis labels, a legend; lines over time,
/// grouped bars across outlets or authors. Plain SVG 1.1 with system fonts, so it opens in a
/// browser and goes into a paper (Inkscape, LaTeX via svg/rsvg-convert) as it is.
public struct SVGChart: Sendable {
    public enum Kind: Sendable { case line, bar }

    public var kind: Kind
    public var title: String
    public var xLabel: String
    public var yLabel: String
    /// The categories along the x axis, in order.
    public var labels: [String]
    /// Each series' name and its value per label (nil: no value, a gap in a line).
    public var series: [(name: String, values: [Double?])]

    public init(kind: Kind, title: String, xLabel: String, yLabel: String, labels: [String], series: [(name: String, values: [Double?])]) {
        self.kind = kind
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.labels = labels
        self.series = series
    }

    /// Colour-blind-safe (Okabe & Ito 2008), repeated past eight series.
    static let palette = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]

    public func render() -> String {
        let width = 860.0
        let plotLeft = 80.0
        let plotRight = width - 190.0
        let plotTop = 50.0
        let plotBottom = 330.0
        let height = 420.0
        let maximum = series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        let (top, step) = Self.niceScale(maximum)
        func y(_ value: Double) -> Double { plotBottom - (top == 0 ? 0 : value / top) * (plotBottom - plotTop) }
        let slot = (plotRight - plotLeft) / Double(max(labels.count, 1))
        func x(_ index: Int) -> Double { plotLeft + slot * (Double(index) + 0.5) }

        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Self.number(width))" height="\(Self.number(height))" \
            viewBox="0 0 \(Self.number(width)) \(Self.number(height))" font-family="Helvetica, Arial, sans-serif" font-size="12">
            <rect width="100%" height="100%" fill="#ffffff"/>
            <text x="\(Self.number(width / 2))" y="24" text-anchor="middle" font-size="15">\(Self.escaped(title))</text>

            """
        // Grid and y axis.
        var tick = 0.0
        while tick <= top + step / 2 {
            let position = Self.number(y(tick))
            svg +=
                "<line x1=\"\(Self.number(plotLeft))\" y1=\"\(position)\" x2=\"\(Self.number(plotRight))\" y2=\"\(position)\" stroke=\"#dddddd\"/>\n"
            svg +=
                "<text x=\"\(Self.number(plotLeft - 6))\" y=\"\(position)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(Self.number(tick))</text>\n"
            if step == 0 { break }
            tick += step
        }
        svg +=
            "<line x1=\"\(Self.number(plotLeft))\" y1=\"\(Self.number(plotBottom))\" x2=\"\(Self.number(plotRight))\" y2=\"\(Self.number(plotBottom))\" stroke=\"#333333\"/>\n"
        svg +=
            "<line x1=\"\(Self.number(plotLeft))\" y1=\"\(Self.number(plotTop))\" x2=\"\(Self.number(plotLeft))\" y2=\"\(Self.number(plotBottom))\" stroke=\"#333333\"/>\n"
        // X labels: every one when they fit, else evenly thinned.
        let every = max(1, Int((Double(labels.count) * 14 / (plotRight - plotLeft)).rounded(.up)))
        for (index, label) in labels.enumerated() where index % every == 0 {
            let position = Self.number(x(index))
            svg +=
                "<text x=\"\(position)\" y=\"\(Self.number(plotBottom + 10))\" text-anchor=\"end\" transform=\"rotate(-45 \(position) \(Self.number(plotBottom + 10)))\">\(Self.escaped(label))</text>\n"
        }
        svg +=
            "<text x=\"\(Self.number((plotLeft + plotRight) / 2))\" y=\"\(Self.number(height - 8))\" text-anchor=\"middle\">\(Self.escaped(xLabel))</text>\n"
        svg +=
            "<text x=\"18\" y=\"\(Self.number((plotTop + plotBottom) / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 18 \(Self.number((plotTop + plotBottom) / 2)))\">\(Self.escaped(yLabel))</text>\n"
        // Series.
        for (number, entry) in series.enumerated() {
            let color = Self.palette[number % Self.palette.count]
            switch kind {
            case .line:
                // A gap where a value is missing: the line is broken there.
                var runs: [[String]] = [[]]
                for (index, value) in entry.values.enumerated() {
                    if let value {
                        runs[runs.count - 1].append("\(Self.number(x(index))),\(Self.number(y(value)))")
                    } else if !runs[runs.count - 1].isEmpty {
                        runs.append([])
                    }
                }
                for run in runs where !run.isEmpty {
                    if run.count == 1 {
                        let point = run[0].split(separator: ",")
                        svg += "<circle cx=\"\(point[0])\" cy=\"\(point[1])\" r=\"2.5\" fill=\"\(color)\"/>\n"
                    } else {
                        svg +=
                            "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(run.joined(separator: " "))\"/>\n"
                    }
                }
            case .bar:
                let barWidth = slot * 0.8 / Double(max(series.count, 1))
                for (index, value) in entry.values.enumerated() {
                    guard let value else { continue }
                    let left = x(index) - slot * 0.4 + barWidth * Double(number)
                    svg +=
                        "<rect x=\"\(Self.number(left))\" y=\"\(Self.number(y(value)))\" width=\"\(Self.number(barWidth))\" height=\"\(Self.number(plotBottom - y(value)))\" fill=\"\(color)\"/>\n"
                }
            }
            // Legend.
            let legendY = plotTop + 18 * Double(number)
            svg +=
                "<rect x=\"\(Self.number(plotRight + 16))\" y=\"\(Self.number(legendY - 6))\" width=\"12\" height=\"12\" fill=\"\(color)\"/>\n"
            svg +=
                "<text x=\"\(Self.number(plotRight + 34))\" y=\"\(Self.number(legendY))\" dominant-baseline=\"middle\">\(Self.escaped(entry.name))</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// The axis top and tick step: 1, 2 or 5 times a power of ten, about five ticks.
    static func niceScale(_ maximum: Double) -> (top: Double, step: Double) {
        guard maximum > 0, maximum.isFinite else { return (1, 0.2) }
        let rough = maximum / 5
        let magnitude = pow(10, floor(log10(rough)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? rough
        return ((maximum / step).rounded(.up) * step, step)
    }

    /// Up to four decimals, no trailing zeros: stable text for a file under version control.
    static func number(_ value: Double) -> String {
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default:
                // XML 1.0 has no place for most control characters.
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
