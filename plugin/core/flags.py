"""Custom properties that tell the plugin what a layer is, wherever it came from."""

ROLE_PROPERTY = "vraem/role"  # zone, districts, towns, crossings, plan, countries, district_boundaries
APPROXIMATE_PROPERTY = "vraem/approximate"  # the zone built from district capitals
SAMPLE_PROPERTY = "vraem/sample"  # the synthetic eradication plan
COVERAGE_PROPERTY = "vraem/coverage"  # a zone built from boundaries: {"matched", "total", "share"} (JSON)
PLUGIN_TEXTS_PROPERTY = "vraem/plugin_texts"  # a bundled layer's texts as the plugin last set them (JSON)
