import ArgumentParser

@main
struct KsiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ksite")
}
