"""The appointments demo step: after the products (kcc) and the areas (neighbourhoods), whose
pages and areas the appointment types and locations link to."""

from appointments.demo.builder import AppointmentsDemo
from core.demo_registry import register_demo_step

register_demo_step(
    "appointments",
    lambda site: AppointmentsDemo(site).build(),
    order=78,
    after=("site", "kcc", "areas"),
)
