"""Analysis algorithms (group "Analysis"): vraem:areayield, vraem:claimcheck, vraem:bufferoverlap.

Thin wrappers over plugin/core. Every result is computed first and written only at the end, so a
cancelled run leaves no partial output."""

from .area_yield import AreaYieldAlgorithm
from .buffer_overlap import BufferOverlapAlgorithm
from .claim_check import ClaimCheckAlgorithm

ALGORITHMS = [AreaYieldAlgorithm, ClaimCheckAlgorithm, BufferOverlapAlgorithm]
