"""The interface every appointment system offers the site, after Open Formulieren's appointment
plugins: list products, locations for products, dates, times, the customer fields needed, create,
cancel, and an appointment's details.

The site's booking pages and the contact centre talk only to this interface. Our own booking
(``appointments.adapters.builtin``) is the default; a municipality that uses JCC-Afspraken or
Qmatic writes an adapter with the same methods against that system's API and names it in the
setting ``APPOINTMENT_ADAPTER`` (a dotted path). Identifiers are strings, so an external system's
own ids pass through unchanged.
"""

import datetime
from abc import ABC, abstractmethod
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Product:
    identifier: str
    name: str
    duration_minutes: int


@dataclass(frozen=True)
class Location:
    identifier: str
    name: str
    address: str = ""


@dataclass(frozen=True)
class CustomerField:
    """A detail the appointment system needs from the resident."""

    name: str  # "name", "email", "phone", "address"
    required: bool = True


@dataclass(frozen=True)
class Customer:
    name: str
    email: str
    phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class AppointmentDetails:
    identifier: str
    products: list[Product]
    location: Location
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    status: str
    extra: dict = field(default_factory=dict)


class AppointmentAdapter(ABC):
    """What the site needs from an appointment system."""

    @abstractmethod
    def get_available_products(
        self, current_products: list[Product] | None = None, location_id: str | None = None
    ) -> list[Product]:
        """Products that can be booked (together with ``current_products``, at a location)."""

    @abstractmethod
    def get_locations(self, products: list[Product]) -> list[Location]:
        """Locations where all ``products`` can be booked in one appointment."""

    @abstractmethod
    def get_dates(
        self,
        products: list[Product],
        location: Location,
        start_at: datetime.date | None = None,
        end_at: datetime.date | None = None,
    ) -> list[datetime.date]:
        """Days with at least one free time."""

    @abstractmethod
    def get_times(
        self, products: list[Product], location: Location, day: datetime.date
    ) -> list[datetime.datetime]:
        """Free start times on ``day``."""

    @abstractmethod
    def get_required_customer_fields(
        self, products: list[Product], location: Location | None = None
    ) -> list[CustomerField]:
        """What the resident must fill in."""

    @abstractmethod
    def create_appointment(
        self,
        products: list[Product],
        location: Location,
        start_at: datetime.datetime,
        client: Customer,
        remarks: str = "",
    ) -> str:
        """Book the appointment; its identifier."""

    @abstractmethod
    def delete_appointment(self, identifier: str) -> None:
        """Cancel the appointment."""

    @abstractmethod
    def get_appointment_details(self, identifier: str) -> AppointmentDetails:
        """The appointment as the system knows it."""
