"""One check for the numbers a user types or a layer carries: finite and in a sensible range."""

import math

from ..i18n import tr
from .errors import VraemError

EARTH_SURFACE_HA = 5.1e10  # no area on Earth is larger (510 million km²)
MAX_TONNES = 1e9  # a billion tonnes: far above any cocaine or leaf figure ever published


def finite_number(value, what, minimum=None, maximum=None, above_minimum=False):
    """`value` as a float, or VraemError naming `what` (already translated) when it is not a number,
    NaN, infinite, or outside [minimum, maximum] (above_minimum: strictly more than minimum)."""
    try:
        number = float(str(value).strip().replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise VraemError(tr("{what} must be a number; got '{value}'.").format(what=what, value=value)) from None
    if not math.isfinite(number):
        raise VraemError(tr("{what} must be a finite number; got {value}.").format(what=what, value=value))
    too_low = minimum is not None and (number < minimum or (above_minimum and number == minimum))
    too_high = maximum is not None and number > maximum
    if (too_low or too_high) and minimum is not None and maximum is not None and not above_minimum:
        raise VraemError(tr("{what} must be between {minimum:g} and {maximum:g}; got {value}.").format(
            what=what, minimum=minimum, maximum=maximum, value=value))
    if too_low:
        text = tr("{what} must be more than {minimum:g}; got {value}.") if above_minimum else \
            tr("{what} must be {minimum:g} or more; got {value}.")
        raise VraemError(text.format(what=what, minimum=minimum, value=value))
    if too_high:
        raise VraemError(tr("{what} must be at most {maximum:g}; got {value}.").format(
            what=what, maximum=maximum, value=value))
    return number
