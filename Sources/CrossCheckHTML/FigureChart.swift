import CrossCheck

/// An inline SVG chart of one finding's figures, built node by node with libxml2 (every label a
/// text node): publication day across, the value up; each claim a marker at its value with a bar
/// over its interval (an open-ended interval runs to the top edge with an arrow). Each source has
/// its own marker shape and a number written beside each of its markers, both named in the
/// legend, so the chart reads without colour.
enum FigureChart {
    static let width = 760, plotLeft = 86, plotRight = 520, plotTop = 16, plotBottom = 196, legendLeft = 540

    /// Claims drawn: those with a finite value and a publication day.
    static func points(_ part: StoryPage.Part, context: ReportContext) -> [(claim: Claim, value: ClaimValue, day: Int)] {
        part.claims.compactMap(context.claim).compactMap { claim in
            guard let value = claim.value, value.value.isFinite, value.low.isFinite || value.high.isFinite,
                  let date = claim.date, let day = CalendarDay.number(date) else { return nil }
            return (claim, value, day)
        }
    }

    /// A finding across sources with at least two figures to compare.
    static func canDraw(_ part: StoryPage.Part, context: ReportContext) -> Bool {
        part.finding.kind != .singleSource && points(part, context: context).count >= 2
    }

    static func add(_ part: StoryPage.Part, context: ReportContext, to parent: HTMLElement) {
        let points = points(part, context: context)
        var sources: [String] = []
        for point in points where !sources.contains(context.sourceLabel(of: point.claim)) {
            sources.append(context.sourceLabel(of: point.claim))
        }
        let height = max(plotBottom + 44, plotTop + 22 * sources.count + 20)
        let figure = parent.add("figure", [("class", "chart"), ("id", "chart-" + part.finding.id)])
        let caption = part.finding.topic.label + (points.first?.value.unit.map { " (\($0))" } ?? "")
        let svg = figure.add("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(width) \(height)"),
                                     ("width", String(width)), ("height", String(height)), ("role", "img"),
                                     ("aria-label", "Figures for " + caption + ", by source and publication day")])
        svg.add("title", text: "Figures for " + caption)

        // Scales.
        let days = points.map(\.day)
        let (firstDay, lastDay) = (days.min()!, days.max()!)
        let finite = points.flatMap { [$0.value.value, $0.value.low, $0.value.high] }.filter(\.isFinite)
        var (low, high) = (finite.min()!, finite.max()!)
        if low == high {
            let pad = max(1, abs(low) * 0.1)
            (low, high) = (low - pad, high + pad)
        } else {
            let pad = (high - low) * 0.08
            (low, high) = (low - pad, high + pad)
        }
        func x(_ day: Int) -> Int {
            guard lastDay > firstDay else { return (plotLeft + plotRight) / 2 }
            return plotLeft + 20 + (plotRight - plotLeft - 40) * (day - firstDay) / (lastDay - firstDay)
        }
        func y(_ v: Double) -> Int {
            let clamped = min(max(v, low), high)
            return plotBottom - Int(((clamped - low) / (high - low) * Double(plotBottom - plotTop)).rounded())
        }

        // Axes and ticks.
        let axes = svg.add("g", [("class", "axes")])
        axes.add("line", [("x1", String(plotLeft)), ("y1", String(plotBottom)), ("x2", String(plotRight)), ("y2", String(plotBottom))])
        axes.add("line", [("x1", String(plotLeft)), ("y1", String(plotTop)), ("x2", String(plotLeft)), ("y2", String(plotBottom))])
        for v in [low, (low + high) / 2, high] {
            axes.add("text", [("x", String(plotLeft - 6)), ("y", String(y(v) + 4)), ("text-anchor", "end")],
                     text: ClaimLabels.number(rounded(v)))
        }
        var dayTicks = [firstDay]
        if lastDay > firstDay { dayTicks.append(lastDay) }
        for day in dayTicks {
            axes.add("text", [("x", String(x(day))), ("y", String(plotBottom + 18)), ("text-anchor", "middle")],
                     text: CalendarDay.string(day))
        }
        axes.add("text", [("x", String((plotLeft + plotRight) / 2)), ("y", String(plotBottom + 36)), ("text-anchor", "middle")],
                 text: "publication day")

        // Points: interval bar, marker, the source's number.
        let marks = svg.add("g", [("class", "points")])
        var offsets: [Int: Int] = [:]
        for point in points {
            let index = sources.firstIndex(of: context.sourceLabel(of: point.claim))!
            // Claims on the same day side by side.
            let nth = offsets[point.day, default: 0]
            offsets[point.day] = nth + 1
            let px = x(point.day) + (nth % 5) * 12
            let py = y(point.value.value)
            let group = marks.add("g", [("class", "point s\(index % Self.shapes)")])
            group.add("title", text: "\(context.sourceLabel(of: point.claim)), \(point.claim.date ?? ""): \(point.value.text) (\(ClaimLabels.interval(point.value))); \(ClaimLabels.stance(point.claim))")
            let top = point.value.high.isFinite ? y(point.value.high) : plotTop
            let bottom = point.value.low.isFinite ? y(point.value.low) : plotBottom
            if top != bottom {
                group.add("line", [("class", "interval"), ("x1", String(px)), ("y1", String(top)), ("x2", String(px)), ("y2", String(bottom))])
                for end in [top, bottom] {
                    group.add("line", [("class", "interval"), ("x1", String(px - 4)), ("y1", String(end)), ("x2", String(px + 4)), ("y2", String(end))])
                }
                if !point.value.high.isFinite {
                    group.add("path", [("class", "open"), ("d", "M\(px - 5) \(plotTop + 6) L\(px) \(plotTop) L\(px + 5) \(plotTop + 6)")])
                }
            }
            marker(index, x: px, y: py, in: group)
            group.add("text", [("class", "tag"), ("x", String(px + 8)), ("y", String(py - 6))], text: String(index + 1))
        }

        // Legend.
        let legend = svg.add("g", [("class", "legend")])
        for (index, source) in sources.enumerated() {
            let ly = plotTop + 8 + 22 * index
            let item = legend.add("g", [("class", "point s\(index % Self.shapes)")])
            marker(index, x: legendLeft + 8, y: ly, in: item)
            item.add("text", [("x", String(legendLeft + 20)), ("y", String(ly + 4))], text: "\(index + 1) \(source)")
        }
        figure.add("figcaption", text: caption + " — " + (points.count == 1 ? "1 figure" : "\(points.count) figures")
                   + (sources.count == 1 ? " from 1 source" : " from \(sources.count) sources"))
    }

    static let shapes = 6

    /// Circle, square, triangle, diamond, inverted triangle, cross: one shape per source (repeating
    /// after six, the number beside it still telling them apart).
    private static func marker(_ index: Int, x: Int, y: Int, in group: HTMLElement) {
        switch index % shapes {
        case 0: group.add("circle", [("class", "marker"), ("cx", String(x)), ("cy", String(y)), ("r", "5")])
        case 1: group.add("rect", [("class", "marker"), ("x", String(x - 5)), ("y", String(y - 5)), ("width", "10"), ("height", "10")])
        case 2: group.add("path", [("class", "marker"), ("d", "M\(x) \(y - 6) L\(x + 6) \(y + 5) L\(x - 6) \(y + 5) Z")])
        case 3: group.add("path", [("class", "marker"), ("d", "M\(x) \(y - 7) L\(x + 7) \(y) L\(x) \(y + 7) L\(x - 7) \(y) Z")])
        case 4: group.add("path", [("class", "marker"), ("d", "M\(x) \(y + 6) L\(x + 6) \(y - 5) L\(x - 6) \(y - 5) Z")])
        default: group.add("path", [("class", "marker cross"), ("d", "M\(x - 5) \(y - 5) L\(x + 5) \(y + 5) M\(x + 5) \(y - 5) L\(x - 5) \(y + 5)")])
        }
    }

    /// Tick values to three significant figures.
    private static func rounded(_ v: Double) -> Double {
        guard v != 0, v.isFinite else { return v }
        var scale = 1.0
        while abs(v) / scale >= 1000 { scale *= 10 }
        while abs(v) / scale < 100 { scale /= 10 }
        return (v / scale).rounded() * scale
    }
}
