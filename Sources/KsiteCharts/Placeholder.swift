// Placeholder until the KsiteCharts stage lands.
