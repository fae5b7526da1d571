"""Reference layer, zone and plan algorithms (group "Reference layers and zone"): vraem:addreferencelayers,
vraem:buildzone, vraem:downloaddistricts, vraem:newplan, vraem:importplan."""

from .add_reference_layers import AddReferenceLayersAlgorithm
from .build_zone import BuildZoneAlgorithm
from .download_districts import DownloadDistrictsAlgorithm
from .import_plan import ImportPlanAlgorithm
from .new_plan import NewPlanAlgorithm

ALGORITHMS = [AddReferenceLayersAlgorithm, BuildZoneAlgorithm, DownloadDistrictsAlgorithm, NewPlanAlgorithm,
              ImportPlanAlgorithm]
