"""Models of the service-norms app: the norms with their measurements, and the public page."""

from service_norms.models.norms import BenchmarkResult, NormMeasurement, ServiceNorm
from service_norms.models.pages import ServiceNormsPage

__all__ = ["BenchmarkResult", "NormMeasurement", "ServiceNorm", "ServiceNormsPage"]
