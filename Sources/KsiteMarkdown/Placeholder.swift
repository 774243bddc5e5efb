// Placeholder until the KsiteMarkdown stage lands.
