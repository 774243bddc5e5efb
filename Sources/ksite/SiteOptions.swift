import ArgumentParser

/// Where the content and templates are.
struct SiteOptions: ParsableArguments {
    @Option(help: "The content folder (Markdown and YAML).")
    var content = "Content"

    @Option(help: "The Mustache templates and theme assets.")
    var templates = "Templates"
}
