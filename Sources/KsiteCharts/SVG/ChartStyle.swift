/// The chart rules: every colour through a CSS custom property whose fallback is the light
/// theme, so the standalone file (no variables defined) draws in light colours.
///
/// `Templates/assets/charts.css` carries these rules verbatim plus the dark and print
/// values of the variables; a test keeps the two in step.
enum ChartStyle {
    static let rules = """
        .ksite-chart { font-family: "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Noto Sans JP", \
        "Noto Sans CJK JP", "Yu Gothic", YuGothic, Meiryo, system-ui, sans-serif; }
        .ksite-chart .kc-bg { fill: var(--chart-bg, #ffffff); }
        .ksite-chart .kc-text { fill: var(--chart-text, #1a1a1a); }
        .ksite-chart .kc-muted { fill: var(--chart-muted, #555555); }
        .ksite-chart .kc-title { font-weight: 700; }
        .ksite-chart .kc-grid { stroke: var(--chart-grid, #d0d4da); stroke-width: 1; }
        .ksite-chart .kc-axis { stroke: var(--chart-axis, #555555); stroke-width: 1.5; }
        .ksite-chart .kc-edge { stroke: var(--chart-edge, #1a1a1a); stroke-width: 1; }
        .ksite-chart .kc-s1 { fill: var(--chart-series-1, #0072b2); }
        .ksite-chart .kc-s2 { fill: var(--chart-series-2, #e69f00); }
        .ksite-chart .kc-s3 { fill: var(--chart-series-3, #009e73); }
        .ksite-chart .kc-s4 { fill: var(--chart-series-4, #cc79a7); }
        .ksite-chart .kc-hatch { fill: var(--chart-hatch, #ffffff); }
        .ksite-chart .kc-line { fill: none; stroke: var(--chart-series-1, #0072b2); \
        stroke-width: 3; stroke-linejoin: round; }
        .ksite-chart .kc-point { fill: var(--chart-bg, #ffffff); \
        stroke: var(--chart-series-1, #0072b2); stroke-width: 2.5; }

        """
}
