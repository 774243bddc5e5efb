// Placeholder until the KsiteSite stage lands.
