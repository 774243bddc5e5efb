import ArgumentParser

/// `ksite`: builds the report site from `Content/` and `Templates/`.
@main
struct KsiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ksite",
        abstract: "Publish a prefectural report as a static site.",
        subcommands: [BuildCommand.self, CheckCommand.self],
        defaultSubcommand: BuildCommand.self)
}
