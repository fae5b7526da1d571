"""Place names compared the way Peruvian sources spell them differently (accents, case, punctuation)."""

import unicodedata


def normalize_name(text):
    """Upper-case, accents removed, punctuation turned into single spaces: 'Apurímac' -> 'APURIMAC'."""
    if text is None:
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    cleaned = "".join(ch if ch.isalnum() else " " for ch in plain.upper())
    return " ".join(cleaned.split())
