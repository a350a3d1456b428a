"""Demo service norms for Geertruidenberg: promises, a year of measurements, the benchmark and
the "Onze servicenormen" page.

Deterministic: every norm has a fixed result per calendar month, so the twelve months ending
last month always cover each calendar month once and the summer dip lands in the summer.
Idempotent: norms, measurements, benchmark results and the page are only created when missing,
and a product is only linked to its norm while it has none.
"""

import datetime
from decimal import Decimal

from django.contrib.auth.models import Group
from wagtail.models import Page

from kcc_content.demo.builder import publish_keeping_review_date
from kcc_content.models import (
    BenchmarkResult,
    NormMeasurement,
    ProductPage,
    ServiceNorm,
    ServiceNormsPage,
)
from kcc_content.ownership import add_months

SUMMER = (
    "Zomervakantie: er waren minder collega's aan het werk. We vroegen uitzendkrachten om hulp."
)

#: Each norm: its promise and target, the demo products it belongs to, an English version and,
#: per calendar month (1 = January), the share on time, the number of cases and, for a missed
#: month, why. Every calendar month has at least one missed norm, so the latest results on the
#: demo page always show one.
NORMS = [
    {
        "code": "telefoon-opnemen",
        "promise": "We nemen de telefoon binnen 30 seconden op.",
        "channel": "phone",
        "target": ("30", "seconds", 80),
        "source": "Telefooncentrale",
        "team": "KCC-medewerkers",
        "products": [],
        "en": {
            "promise": "We answer the phone within 30 seconds.",
            "measurement_source": "Telephone system",
        },
        "months": {
            1: ("84.2", 4210, ""),
            2: ("82.5", 3870, ""),
            3: ("81.0", 3955, ""),
            4: ("83.4", 3640, ""),
            5: ("80.6", 3720, ""),
            6: (
                "79.1",
                3985,
                "Veel vragen over de nieuwe afvalkalender. We zetten nu meer mensen in.",
            ),
            7: ("76.3", 3410, SUMMER),
            8: ("78.8", 3302, SUMMER),
            9: ("82.9", 3790, ""),
            10: ("85.1", 3688, ""),
            11: (
                "74.0",
                3902,
                "Storing in de telefooncentrale op twee dagen. De leverancier heeft die opgelost.",
            ),
            12: (
                "77.8",
                3120,
                "Rond de feestdagen waren er veel vragen over de belastingen. We hadden te weinig mensen.",
            ),
        },
    },
    {
        "code": "e-mail-antwoord",
        "promise": "U krijgt binnen 2 werkdagen antwoord op uw e-mail.",
        "channel": "email",
        "target": ("2", "working_days", 90),
        "source": "Zaaksysteem",
        "team": "KCC-medewerkers",
        "products": [],
        "en": {
            "promise": "You get an answer to your e-mail within 2 working days.",
            "measurement_source": "Case system",
        },
        "months": {
            1: ("93.1", 812, ""),
            2: ("92.4", 744, ""),
            3: ("94.0", 790, ""),
            4: ("91.2", 701, ""),
            5: ("90.5", 688, ""),
            6: ("90.0", 705, ""),
            7: ("86.7", 612, SUMMER),
            8: (
                "89.2",
                598,
                "Na de zomervakantie hadden we een achterstand. In september was die weg.",
            ),
            9: ("92.8", 731, ""),
            10: ("93.5", 760, ""),
            11: ("91.9", 742, ""),
            12: ("92.2", 655, ""),
        },
    },
    {
        "code": "brief-contactformulier",
        "promise": "U krijgt binnen 5 werkdagen antwoord op uw brief of contactformulier.",
        "channel": "letter",
        "target": ("5", "working_days", 90),
        "source": "Zaaksysteem",
        "team": "KCC-medewerkers",
        "products": [],
        "en": {
            "promise": "You get an answer to your letter or contact form within 5 working days.",
            "measurement_source": "Case system",
        },
        "months": {
            1: (
                "88.4",
                402,
                "Veel vragen over de nieuwe belastingaanslag. We hebben extra hulp gevraagd.",
            ),
            2: ("91.6", 388, ""),
            3: ("93.2", 351, ""),
            4: ("94.0", 330, ""),
            5: ("92.7", 318, ""),
            6: ("91.3", 342, ""),
            7: ("90.4", 296, ""),
            8: ("90.8", 287, ""),
            9: ("93.9", 344, ""),
            10: ("87.9", 361, "Een nieuwe versie van het zaaksysteem gaf twee weken problemen."),
            11: ("92.0", 357, ""),
            12: ("93.6", 301, ""),
        },
    },
    {
        "code": "balie-wachttijd",
        "promise": "Aan de balie bent u binnen 10 minuten aan de beurt.",
        "channel": "counter",
        "target": ("10", "minutes", 90),
        "source": "Afsprakensysteem",
        "team": "Team Burgerzaken",
        "products": [],
        "en": {
            "promise": "At the counter, it is your turn within 10 minutes.",
            "measurement_source": "Appointment system",
        },
        "months": {
            1: ("95.2", 1630, ""),
            2: ("94.8", 1588, ""),
            3: ("93.5", 1702, ""),
            4: ("92.1", 1855, ""),
            5: ("87.5", 2140, "Veel mensen kwamen voor de zomervakantie hun paspoort halen."),
            6: ("89.0", 2210, "Veel mensen kwamen voor de zomervakantie hun paspoort halen."),
            7: ("91.4", 1720, ""),
            8: ("94.0", 1490, ""),
            9: ("95.6", 1604, ""),
            10: ("96.1", 1650, ""),
            11: ("95.0", 1577, ""),
            12: ("96.3", 1302, ""),
        },
    },
    {
        "code": "paspoort-klaar",
        "promise": "Uw paspoort of ID-kaart ligt 6 werkdagen na uw aanvraag klaar.",
        "channel": "product",
        "target": ("6", "working_days", 95),
        "source": "Burgerzaken: reisdocumenten",
        "team": "Team Burgerzaken",
        "products": ["paspoort", "identiteitskaart"],
        "en": {
            "promise": "Your passport or ID card is ready 6 working days after you apply.",
            "measurement_source": "Civil affairs: travel documents",
        },
        "months": {
            1: ("98.7", 402, ""),
            2: ("98.1", 455, ""),
            3: ("97.6", 530, ""),
            4: ("96.2", 688, ""),
            5: (
                "93.4",
                842,
                "Veel aanvragen voor de zomervakantie. De maker van de paspoorten leverde later.",
            ),
            6: (
                "91.8",
                905,
                "Veel aanvragen voor de zomervakantie. De maker van de paspoorten leverde later.",
            ),
            7: ("96.0", 610, ""),
            8: ("98.4", 390, ""),
            9: ("99.0", 356, ""),
            10: ("98.8", 371, ""),
            11: ("98.5", 348, ""),
            12: ("99.1", 290, ""),
        },
    },
    {
        "code": "verhuizing-verwerkt",
        "promise": "Wij verwerken uw verhuizing binnen 5 werkdagen.",
        "channel": "product",
        "target": ("5", "working_days", 95),
        "source": "Burgerzaken: basisregistratie personen",
        "team": "Team Burgerzaken",
        "products": ["verhuizing-melden"],
        "en": {
            "promise": "We process your change of address within 5 working days.",
            "measurement_source": "Civil affairs: personal records database",
        },
        "months": {
            1: ("97.9", 212, ""),
            2: ("98.3", 198, ""),
            3: ("97.1", 231, ""),
            4: ("96.8", 240, ""),
            5: ("97.4", 256, ""),
            6: ("96.0", 281, ""),
            7: ("95.2", 318, ""),
            8: (
                "93.7",
                344,
                "In de zomer verhuizen veel mensen. Ook waren er minder collega's aan het werk.",
            ),
            9: ("97.6", 262, ""),
            10: ("98.0", 230, ""),
            11: ("98.6", 207, ""),
            12: ("97.9", 176, ""),
        },
    },
    {
        "code": "omgevingsvergunning-besluit",
        "promise": "U krijgt binnen 8 weken een besluit op uw aanvraag voor een omgevingsvergunning.",
        "channel": "product",
        "target": ("8", "weeks", 95),
        "source": "Zaaksysteem: vergunningen",
        "team": "Team Vergunningen",
        "products": ["omgevingsvergunning-aanvragen"],
        "en": {
            "promise": "You get a decision on your application for an environmental permit within 8 weeks.",
            "measurement_source": "Case system: permits",
        },
        "months": {
            1: ("96.0", 25, ""),
            2: ("95.5", 22, ""),
            3: (
                "88.6",
                35,
                "Veel aanvragen en twee lege plekken in het team. We huren nu tijdelijk hulp in.",
            ),
            4: (
                "92.3",
                39,
                "Veel aanvragen en twee lege plekken in het team. We huren nu tijdelijk hulp in.",
            ),
            5: ("97.4", 38, ""),
            6: ("100", 31, ""),
            7: ("96.6", 29, ""),
            8: ("95.0", 20, ""),
            9: (
                "91.2",
                34,
                "Na de zomer kwamen er veel aanvragen tegelijk. We hebben voorrang gegeven aan de oudste.",
            ),
            10: ("100", 30, ""),
            11: ("96.4", 28, ""),
            12: ("100", 19, ""),
        },
    },
    {
        "code": "klacht-afgehandeld",
        "promise": "Wij handelen uw klacht binnen 6 weken af.",
        "channel": "product",
        "target": ("6", "weeks", 90),
        "source": "Klachtenregistratie",
        "team": "Team Communicatie",
        "products": [],
        "en": {
            "promise": "We deal with your complaint within 6 weeks.",
            "measurement_source": "Complaints register",
        },
        "months": {
            1: ("100", 9, ""),
            2: (
                "83.3",
                12,
                "Twee klachten gingen over een lastig onderwerp. Het onderzoek duurde langer.",
            ),
            3: ("100", 10, ""),
            4: (
                "88.9",
                9,
                "Eén klacht was ingewikkeld. We belden de inwoner op tijd over de vertraging.",
            ),
            5: ("100", 11, ""),
            6: ("92.3", 13, ""),
            7: ("100", 7, ""),
            8: ("100", 8, ""),
            9: ("90.9", 11, ""),
            10: ("100", 12, ""),
            11: ("100", 10, ""),
            12: ("100", 6, ""),
        },
    },
    {
        "code": "uittreksel-brp",
        "promise": "U krijgt uw uittreksel binnen 3 werkdagen.",
        "channel": "product",
        "target": ("3", "working_days", 95),
        "source": "Burgerzaken: basisregistratie personen",
        "team": "Team Burgerzaken",
        "products": ["uittreksel-brp"],
        "en": {
            "promise": "You get your extract within 3 working days.",
            "measurement_source": "Civil affairs: personal records database",
        },
        "months": {
            month: (share, cases, "")
            for month, share, cases in [
                (1, "99.2", 130),
                (2, "98.8", 121),
                (3, "99.5", 142),
                (4, "98.1", 118),
                (5, "97.9", 126),
                (6, "98.6", 133),
                (7, "96.8", 96),
                (8, "97.3", 101),
                (9, "99.0", 128),
                (10, "99.4", 137),
                (11, "98.9", 125),
                (12, "99.6", 104),
            ]
        },
    },
]

BURGERPEILING = "https://www.waarstaatjegemeente.nl"
#: (code, label, unit, {period: (our value, value for Nederland)})
BENCHMARK = [
    (
        "dv01",
        "Rapportcijfer voor de dienstverlening van de gemeente",
        "rapportcijfer",
        {"2023": ("6.8", "6.7"), "2025": ("7.0", "6.8")},
    ),
    (
        "dv06",
        "Rapportcijfer voor de digitale dienstverlening",
        "rapportcijfer",
        {"2023": ("6.9", "7.0"), "2025": ("7.1", "7.0")},
    ),
    (
        "dv10",
        "Rapportcijfer voor de informatie van de gemeente",
        "rapportcijfer",
        {"2023": ("6.5", "6.7"), "2025": ("6.8", "6.7")},
    ),
    (
        "bo06",
        "Rapportcijfer voor hoe de gemeente met inwoners samenwerkt",
        "rapportcijfer",
        {"2023": ("5.9", "6.0"), "2025": ("6.2", "6.0")},
    ),
]

PAGE = {
    "title": "Onze servicenormen",
    "intro": "Dit beloven wij u. En zo vaak lukt dat.",
    "body": (
        "<p>Wij willen u snel en goed helpen. Daarom doen we u een paar beloftes. "
        "Die beloftes noemen we servicenormen.</p>"
        "<p>Elke maand meten we hoe vaak we een belofte waarmaken. Hieronder ziet u de "
        "uitkomst van het laatste jaar. Lukte het een keer niet? Dan leest u ook waarom.</p>"
        "<p>Heeft u een vraag of een tip? Bel dan 14 0162.</p>"
    ),
    "en": {
        "title": "Our service standards",
        "intro": "What we promise you. And how often we keep that promise.",
        "body": (
            "<p>We want to help you quickly and well. So we make you a few promises: our "
            "service standards.</p><p>Every month we measure how often we keep each promise. "
            "Below you see the results of the last year. Did we miss one? Then you can read "
            "why.</p>"
        ),
    },
}


def build_service_norms_demo(builder, home: Page) -> None:
    """Norms, a year of measurements, the benchmark and the norms page, whatever is missing."""
    ServiceNormsDemoBuilder(builder, home).build()


def demo_months(today: datetime.date) -> list[datetime.date]:
    """The first days of the twelve months that end with last month, oldest first."""
    last_month = (today.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    return [add_months(last_month, -offset) for offset in range(11, -1, -1)]


class ServiceNormsDemoBuilder:
    """Creates the missing parts of the service-norms demo."""

    def __init__(self, builder, home: Page):
        self.builder = builder
        self.home = home

    def build(self) -> None:
        norms = self.build_norms()
        new_measurements = self.build_measurements(norms)
        self.link_products(norms)
        self.build_benchmark()
        self.build_page()
        if new_measurements:
            self.builder.log(f"Service norms: {new_measurements} new measurements.")

    def build_norms(self) -> dict[str, ServiceNorm]:
        """Each Dutch norm with its English translation, by code."""
        norms = {}
        for order, data in enumerate(NORMS, start=1):
            value, unit, share = data["target"]
            norm, _ = ServiceNorm.objects.get_or_create(
                code=data["code"],
                locale=self.builder.nl,
                defaults={
                    "promise": data["promise"],
                    "channel": data["channel"],
                    "target_value": Decimal(value),
                    "target_unit": unit,
                    "target_share": share,
                    "measurement_source": data["source"],
                    "responsible_team": Group.objects.filter(name=data["team"]).first(),
                    "sort_order": order * 10,
                },
            )
            if norm.get_translation_or_none(self.builder.en) is None:
                english = norm.copy_for_translation(self.builder.en)
                for name, text in data["en"].items():
                    setattr(english, name, text)
                english.save()
            norms[data["code"]] = norm
        return norms

    def build_measurements(self, norms: dict[str, ServiceNorm]) -> int:
        """Twelve monthly results per norm, ending last month; returns how many are new."""
        created_count = 0
        months = demo_months(self.builder.today)
        for data in NORMS:
            for start in months:
                share, cases, explanation = data["months"][start.month]
                _, created = NormMeasurement.objects.get_or_create(
                    norm=norms[data["code"]],
                    period_type=NormMeasurement.PeriodType.MONTH,
                    period_start=start,
                    defaults={
                        "share_achieved": Decimal(share),
                        "cases": cases,
                        "explanation": explanation,
                    },
                )
                created_count += created
        return created_count

    def link_products(self, norms: dict[str, ServiceNorm]) -> None:
        """Point each demo product (and its English version) at its norm, while it has none."""
        for data in NORMS:
            norm = norms[data["code"]]
            for slug in data["products"]:
                for product in ProductPage.objects.filter(slug=slug, locale=self.builder.nl):
                    self.link(product, norm)
                    english = product.get_translation_or_none(self.builder.en)
                    if english is not None:
                        self.link(english.specific, norm.get_translation(self.builder.en))

    @staticmethod
    def link(product: ProductPage, norm: ServiceNorm) -> None:
        if product.service_norm_id is None:
            product.service_norm = norm
            publish_keeping_review_date(product)

    def build_benchmark(self) -> None:
        """The burgerpeiling results of 2023 and 2025, compared with the Netherlands."""
        for code, label, unit, periods in BENCHMARK:
            for period, (value, national) in periods.items():
                BenchmarkResult.objects.get_or_create(
                    code=code,
                    period=period,
                    defaults={
                        "label": label,
                        "value": Decimal(value),
                        "comparison_value": Decimal(national),
                        "comparison_label": "Nederland",
                        "unit": unit,
                        "source_url": BURGERPEILING,
                    },
                )

    def build_page(self) -> None:
        """ "Onze servicenormen" under the home page, with its English translation."""
        team = Group.objects.filter(name="Team Communicatie").first()
        page = self.builder.child(
            self.home,
            ServiceNormsPage,
            "servicenormen",
            title=PAGE["title"],
            intro=PAGE["intro"],
            body=PAGE["body"],
            **(self.builder.ownership(team) if team else {}),
        )
        self.builder.translate(page, **PAGE["en"])
