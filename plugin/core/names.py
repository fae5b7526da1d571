"""Place names: compared the way Peruvian sources spell them differently (accents, case, punctuation),
and the field that names a layer's features, read the way QGIS shows it."""

import unicodedata

from qgis.core import NULL, QgsApplication, QgsExpression


def normalize_name(text):
    """Upper-case, accents removed, punctuation turned into single spaces: 'Apurímac' -> 'APURIMAC'."""
    if text is None:
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    cleaned = "".join(ch if ch.isalnum() else " " for ch in plain.upper())
    return " ".join(cleaned.split())


_LABEL_FIELDS = ("sector_name", "sector_id")  # the plan layers' own naming fields, in order of preference
_NAME_WORDS = ("name", "nomb", "nome", "distrito", "district")  # nomb: NOMBDIST, NOMBRE of INEI files


def default_label_field(field_names):
    """The field whose values name the features: sector_name, sector_id, a name field, then an UBIGEO
    field; "" when there is none (rows are then known by feature id)."""
    lowered = {name.lower(): name for name in field_names}
    for wanted in _LABEL_FIELDS:
        if wanted in lowered:
            return lowered[wanted]
    for test in (lambda name: any(word in name for word in _NAME_WORDS), lambda name: "ubigeo" in name):
        found = next((original for low, original in lowered.items() if test(low)), None)
        if found:
            return found
    return ""


# A value map shows a label for the stored value (the SAMPLE plan's texts in the user's language, a user's
# own codes): a feature's name is then that label. Any other field names it as stored, because QGIS's
# default representation formats numbers in the locale ("2,026" for a year, "1.50000" for a real).
_REPRESENTING_WIDGET = "ValueMap"


def _is_represented(layer, index):
    return index >= 0 and layer.editorWidgetSetup(index).type() == _REPRESENTING_WIDGET


def feature_name(layer, field_name, value):
    """The text naming a feature whose `field_name` holds `value` ("" for NULL), as the attribute table
    shows it for a value map, else the stored value."""
    if value is None or value == NULL:
        return ""
    index = layer.fields().indexOf(field_name)
    if _is_represented(layer, index):
        setup = layer.editorWidgetSetup(index)
        formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter(setup.type())
        return formatter.representValue(layer, index, setup.config(), None, value)
    return str(value)


def feature_name_expression(layer, field_name):
    """The expression of feature_name() (an atlas page's name): represent_value("field") for a value
    map, else the field."""
    column = QgsExpression.quotedColumnRef(field_name)
    return f"represent_value({column})" if _is_represented(layer, layer.fields().indexOf(field_name)) else column
