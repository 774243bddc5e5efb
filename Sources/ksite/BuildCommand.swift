import ArgumentParser
import KsiteCore
import KsiteSite

/// `ksite build`: validates everything, then writes the site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the site into the output folder.")

    @OptionGroup var site: SiteOptions

    @Option(help: "The output folder; replaced only when the build succeeds.")
    var output = "Public"

    @Flag(help: "Replace an output folder that ksite did not make.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print nothing but problems.")
    var quiet = false

    /// The build's values, left for the system to take back when the process ends rather
    /// than freed one by one (`BuildValues`).
    private static let valuesKeptUntilExit = BuildValues()

    func run() throws {
        try Console.run { () throws(DiagnosticList) in try checkOutputIsSeparate() }
        var options = BuildOptions(
            contentPath: site.content, templatesPath: site.templates, outputPath: output, force: force)
        let progress = ProgressLine(enabled: !quiet)
        options.progress = progress.update
        let report = try Console.run { () throws(DiagnosticList) in
            // Cleared before any problem is printed, so messages start on a line of their own.
            defer { progress.finish() }
            return try SiteBuilder(options: options).build(keeping: Self.valuesKeptUntilExit)
        }
        Console.print(report.warnings)
        if !quiet {
            print("built \(report.pageCount) pages (\(report.fileCount) files) into \(output)")
        }
    }

    /// `--output .` with `--force` would replace the folder that holds the content.
    private func checkOutputIsSeparate() throws(DiagnosticList) {
        do {
            try Publisher(output: output).checkSeparate(from: [site.content, site.templates])
        } catch {
            throw DiagnosticList([error])
        }
    }
}
