"""Atlas: one PDF page per coverage feature (eradication sectors), each page named after its sector."""

import subprocess  # nosec B404 (tests are not packaged): pdfinfo, pdftotext

import pytest


def pdf_page_count(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout  # nosec
    return int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])


def page_text(path, page):
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(path), "-"],  # nosec
                          capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("subset", ['"fid" <= 3', '"fid" <= 5'])
def test_atlas_gives_one_page_per_sector(project, tmp_path, subset):
    from vraem_analyst.plugin.core import reference
    from vraem_analyst.plugin.core.report import export as report_export
    from vraem_analyst.plugin.core.report import figures as report_figures
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    zone = reference.zone_layer()
    sectors = reference.bundled_layer("eradication_plan_sample", reference.layer_title("plan"))
    sectors.setSubsetString(subset)
    expected = len(list(sectors.getFeatures()))  # OGR with a subset reports featureCount() -1
    assert expected >= 3
    names = sorted(str(feature["sector_name"]) for feature in sectors.getFeatures())
    assert len(set(names)) == expected

    figures = report_figures.compute_figures(sectors, zone, "vraem", project=project)
    spec = report_sheet.SheetSpec(figures, [sectors, zone], overview_layers=[zone], atlas_layer=sectors,
                                  atlas_name_field="sector_name", author="Atlas test")
    layout = report_sheet.add_layout(project, report_sheet.create_layout(project, spec))
    pdf = tmp_path / "atlas.pdf"
    assert report_export.export_layout(layout, str(pdf), dpi=72) == expected
    assert pdf_page_count(pdf) == expected
    # pages follow the sector names in order, each subtitle names its own sector
    for page, name in enumerate(names, start=1):
        text = " ".join(page_text(pdf, page).split())
        assert name in text, (page, name)
    # the main map followed the atlas: it ends on the last sector, not on the whole zone
    main_map = report_sheet.find_item(layout, "main_map")
    assert main_map.atlasDriven()


def test_atlas_rejects_an_empty_layer(project):
    from qgis.core import QgsVectorLayer

    from vraem_analyst.plugin.core import reference
    from vraem_analyst.plugin.core.errors import VraemError
    from vraem_analyst.plugin.core.report import figures as report_figures
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    zone = reference.zone_layer()
    empty = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "empty", "memory")
    with pytest.raises(VraemError, match="no features"):
        report_sheet.create_layout(project, report_sheet.SheetSpec(report_figures.Figures(), [zone], atlas_layer=empty,
                                                                   atlas_name_field="name"))


def test_atlas_pages_follow_the_numbers_in_their_names(project):
    """Sector 2 comes before Sector 10 (not after it, as a plain text sort puts it), whatever follows
    the number; names without a number keep their alphabetical place; a numeric field sorts as numbers."""
    from engine_helpers import QINT, QSTRING, memory_layer

    from vraem_analyst.plugin.core import reference
    from vraem_analyst.plugin.core.report import figures as report_figures
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    zone = reference.zone_layer()
    names = ["Sector 10", "Sector 2", "Ayna 3", "Sector 1", "Pichari", "Sector 21 near Anco", "Sector 3 near Kimbiri"]
    squares = [f"POLYGON(({-74 + i * 0.01} -12.5, {-73.995 + i * 0.01} -12.5, {-73.995 + i * 0.01} -12.495, "
               f"{-74 + i * 0.01} -12.495, {-74 + i * 0.01} -12.5))" for i in range(len(names))]
    sectors = memory_layer("Polygon", "EPSG:4326", squares, fields=[("sector_name", QSTRING), ("number", QINT)],
                           attributes=[(name, number) for name, number in zip(names, (10, 2, 4, 1, 100, 21, 3))],
                           name="sectors")
    figures = report_figures.compute_figures(sectors, zone, "vraem", project=project)
    for field, expected in (("sector_name", ["Ayna 3", "Pichari", "Sector 1", "Sector 2", "Sector 3 near Kimbiri",
                                             "Sector 10", "Sector 21 near Anco"]),
                            ("number", ["Sector 1", "Sector 2", "Sector 3 near Kimbiri", "Ayna 3", "Sector 10",
                                        "Sector 21 near Anco", "Pichari"])):
        spec = report_sheet.SheetSpec(figures, [sectors, zone], overview_layers=[zone], atlas_layer=sectors,
                                      atlas_name_field=field)
        layout = report_sheet.create_layout(project, spec)
        atlas = layout.atlas()
        assert atlas.beginRender()
        order = []
        for index in range(atlas.count()):
            atlas.seekTo(index)
            order.append(atlas.layout().reportContext().feature()["sector_name"])
        atlas.endRender()
        assert order == expected, field
