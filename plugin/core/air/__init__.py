"""The air picture: flight tracks against the no-fly zone, border reach and interception reach.

No GUI imports: the Processing algorithms (plugin/processing/air) and, later, the dock call
read_tracks() → analyse_tracks(), border_reach() and interception() directly.
"""
