"""Air picture algorithms (group "Air picture"): vraem:flighttracks, vraem:borderreach, vraem:interceptreach."""

from .border_reach import BorderReachAlgorithm
from .flight_tracks import FlightTracksAlgorithm
from .intercept_reach import InterceptReachAlgorithm

ALGORITHMS = [FlightTracksAlgorithm, BorderReachAlgorithm, InterceptReachAlgorithm]
