"""What the sheet tests share: the bundled layers a sheet shows, in the report's styles."""


def sheet_layers():
    """(zone, plan, towns) from the bundled data, styled as the report draws them."""
    from vraem_analyst.plugin.core import reference
    from vraem_analyst.plugin.core.report import styles as report_styles

    zone = reference.zone_layer()
    plan = reference.bundled_layer("eradication_plan_sample", reference.layer_title("plan"))
    towns = reference.bundled_layer("towns", reference.layer_title("towns"))
    for layer, role in ((zone, "zone"), (plan, "plan"), (towns, "towns")):
        assert layer.isValid(), layer.source()
        report_styles.styled_for_report(layer, role)
    return zone, plan, towns
