// Placeholder until the KsiteContent stage lands.
