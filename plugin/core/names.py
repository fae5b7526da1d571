"""Place names: compared the way Peruvian sources spell them differently (accents, case, punctuation),
and the field that names a layer's features."""

import unicodedata


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
