import ArgumentParser
import Foundation

/// `ksite`: builds the report site from `Content/` and `Templates/`.
@main
struct KsiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ksite",
        abstract: "Publish a prefectural report as a static site.",
        subcommands: [BuildCommand.self, CheckCommand.self],
        defaultSubcommand: BuildCommand.self)

    /// Runs the command; a usage error exits with 2, as the README promises (ArgumentParser
    /// would use 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            Console.printToStandardError(fullMessage(for: error))
            Foundation.exit(Console.usageErrorStatus)
        }
    }
}
