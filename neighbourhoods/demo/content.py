"""Demo content of "In uw buurt": plain data only, no Django imports.

The kernen are the real villages of the municipality (Geertruidenberg, Raamsdonksveer and
Raamsdonk); the neighbourhoods under them, the people, the places, the meetings and the
initiatives are invented for the demo. Contacts are work contacts: the municipal phone number
14 0162 and role mailboxes on ``geertruidenberg.example``; residents' e-mail addresses are on
example.org only. Dates are days relative to the day the demo is built, so the demo stays
current. The postcode mapping in ``postcodes.csv`` is illustrative, not the real one.

Texts are plain Dutch (B1) and address residents with "u".
"""

INDEX = {
    "slug": "wijken",
    "title": "In uw buurt",
    "intro": (
        "Wie zijn uw contactpersonen in de buurt? Wanneer is er een spreekuur? "
        "Vul uw postcode in en zie wat er speelt in uw buurt."
    ),
    "en": {
        "title": "In your neighbourhood",
        "intro": (
            "Who are your contacts in the neighbourhood? When are the office hours? "
            "Fill in your postcode and see what is going on near you."
        ),
    },
}

POLICE_PHONE = "0900 8844"
POLICE_LINK = "https://www.politie.nl/mijn-buurt"
PHONE = "14 0162"

SOCIAL_TEAM = {
    "role": "sociaal_team",
    "name": "Sociaal team Geertruidenberg",
    "description": "Voor hulp bij zorg, geld, werk of opvoeding. Ook voor hulp via de Wmo.",
    "phone": PHONE,
    "email": "sociaalteam@geertruidenberg.example",
}
BUSINESS_CONTACT = {
    "role": "bedrijven",
    "name": "Ruud van Dijk",
    "description": "Voor ondernemers met vragen over hun bedrijf in de buurt.",
    "phone": PHONE,
    "email": "ondernemers@geertruidenberg.example",
}

ABOUT_THE_TEAM = [
    ("heading", {"text": "Wat doet het wijkteam?", "level": "h2"}),
    (
        "paragraph",
        "<p>Het wijkteam kent de buurt goed. U kunt bij ons terecht met vragen over uw straat "
        "of uw buurt. Heeft u last van iets? Of heeft u een goed idee? Vertel het ons. "
        "Samen zoeken we een oplossing.</p>",
    ),
]
ABOUT_THE_TEAM_EN = [
    ("heading", {"text": "What does the neighbourhood team do?", "level": "h2"}),
    (
        "paragraph",
        "<p>The neighbourhood team knows the area well. You can come to us with questions "
        "about your street or your neighbourhood. Is something bothering you? Or do you have a "
        "good idea? Tell us. Together we look for a solution.</p>",
    ),
]

#: Villages with their neighbourhoods. A neighbourhood without ``contacts`` gets the contacts
#: of its village.
AREAS = [
    {
        "slug": "geertruidenberg",
        "title": "Geertruidenberg",
        "intro": (
            "Hier vindt u het wijkteam, de spreekuren en de plannen voor de oude stad "
            "Geertruidenberg."
        ),
        "en": {
            "title": "Geertruidenberg",
            "intro": (
                "Here you find the neighbourhood team, the office hours and the plans for "
                "the old town of Geertruidenberg."
            ),
        },
        "contacts": [
            {
                "role": "wijkregisseur",
                "name": "Lotte de Graaf",
                "description": "Voor vragen over uw buurt, over overlast of over een idee.",
                "phone": PHONE,
                "email": "wijkteam.geertruidenberg@geertruidenberg.example",
            },
            {
                "role": "wijkagent",
                "name": "Tom Hendriks",
                "description": "Voor vragen over veiligheid in de buurt. Bij spoed belt u 112.",
                "phone": POLICE_PHONE,
                "link": POLICE_LINK,
            },
            SOCIAL_TEAM,
            BUSINESS_CONTACT,
        ],
        "neighbourhoods": [
            {
                "slug": "vesting",
                "title": "Vesting",
                "intro": "De Vesting is het oude centrum van Geertruidenberg, binnen de wallen.",
                "en": {
                    "title": "Vesting",
                    "intro": "The Vesting is the old centre of Geertruidenberg, inside the walls.",
                },
            },
            {
                "slug": "geertruidenberg-noord",
                "title": "Geertruidenberg-Noord",
                "intro": "Geertruidenberg-Noord is de woonwijk aan de noordkant van de stad.",
                "en": {
                    "title": "Geertruidenberg-Noord",
                    "intro": "Geertruidenberg-Noord is the residential area north of the town.",
                },
            },
        ],
    },
    {
        "slug": "raamsdonksveer",
        "title": "Raamsdonksveer",
        "intro": (
            "Raamsdonksveer is de grootste kern van de gemeente. Hier vindt u het wijkteam, "
            "de spreekuren en wat er speelt in uw buurt."
        ),
        "en": {
            "title": "Raamsdonksveer",
            "intro": (
                "Raamsdonksveer is the largest village of the municipality. Here you find the "
                "neighbourhood team, the office hours and what is going on near you."
            ),
        },
        "contacts": [
            {
                "role": "wijkregisseur",
                "name": "Eva Kuipers",
                "description": "Voor vragen over uw buurt, over overlast of over een idee.",
                "phone": PHONE,
                "email": "wijkteam.raamsdonksveer@geertruidenberg.example",
            },
            {
                "role": "wijkagent",
                "name": "Mehmet Yilmaz",
                "description": "Voor vragen over veiligheid in de buurt. Bij spoed belt u 112.",
                "phone": POLICE_PHONE,
                "link": POLICE_LINK,
            },
            SOCIAL_TEAM,
            BUSINESS_CONTACT,
        ],
        "neighbourhoods": [
            {
                "slug": "centrum",
                "title": "Centrum",
                "intro": "Het centrum van Raamsdonksveer, met de winkels, de markt en de haven.",
                "en": {
                    "title": "Centrum",
                    "intro": "The centre of Raamsdonksveer, with the shops, market and harbour.",
                },
            },
            {
                "slug": "dombosch",
                "title": "Dombosch",
                "intro": "Dombosch is een rustige woonwijk met veel groen en speelplekken.",
                "en": {
                    "title": "Dombosch",
                    "intro": "Dombosch is a quiet residential area with lots of green and play areas.",
                },
            },
        ],
    },
    {
        "slug": "raamsdonk",
        "title": "Raamsdonk",
        "intro": (
            "Raamsdonk is het kleinste dorp van de gemeente. Hier vindt u het wijkteam en de "
            "spreekuren in het dorp."
        ),
        "en": {
            "title": "Raamsdonk",
            "intro": (
                "Raamsdonk is the smallest village of the municipality. Here you find the "
                "neighbourhood team and the office hours in the village."
            ),
        },
        "contacts": [
            {
                "role": "wijkregisseur",
                "name": "Eva Kuipers",
                "description": "Voor vragen over het dorp, over overlast of over een idee.",
                "phone": PHONE,
                "email": "wijkteam.raamsdonk@geertruidenberg.example",
            },
            {
                "role": "wijkagent",
                "name": "Sarah Bos",
                "description": "Voor vragen over veiligheid in het dorp. Bij spoed belt u 112.",
                "phone": POLICE_PHONE,
                "link": POLICE_LINK,
            },
            SOCIAL_TEAM,
        ],
        "neighbourhoods": [],
    },
]

#: Recurring office hours. ``week_of_month``: 1 = first … -1 = last; ``weekday``: 0 = Monday.
#: ``cancel_next``: the next date does not take place, with this reason.
OFFICE_HOURS = [
    {
        "area": "raamsdonksveer",
        "topic": "Wijkspreekuur",
        "week_of_month": 1,
        "weekday": 1,  # the first Tuesday of the month
        "start": "10:00",
        "end": "11:30",
        "location_name": "Bibliotheek Raamsdonksveer",
        "address": "Bibliotheekplein 1, 4941 AB Raamsdonksveer",
        "accessibility_note": "De ingang heeft geen drempel. Er is een lift naar de eerste verdieping.",
        "hosts": "De wijkregisseur en iemand van het sociaal team",
    },
    {
        "area": "geertruidenberg",
        "topic": "Wijkspreekuur",
        "week_of_month": 3,
        "weekday": 3,  # the third Thursday of the month
        "start": "19:00",
        "end": "20:30",
        "location_name": "Buurthuis De Vesting",
        "address": "Vestingplein 4, 4931 BA Geertruidenberg",
        "accessibility_note": "De ingang zonder drempel is aan de zijkant, bij het fietsenrek.",
        "hosts": "De wijkregisseur en de wijkagent",
        "cancel_next": "Het buurthuis is die avond dicht.",
    },
    {
        "area": "raamsdonk",
        "topic": "Wijkspreekuur",
        "week_of_month": 2,
        "weekday": 2,  # the second Wednesday of the month
        "start": "14:00",
        "end": "15:30",
        "location_name": "Dorpshuis Raamsdonk",
        "address": "Dorpsstraat 20, 4944 AA Raamsdonk",
        "accessibility_note": "Het dorpshuis heeft geen drempels.",
        "hosts": "De wijkregisseur",
    },
]

#: One-off meetings: on the first ``weekday`` (0 = Monday) from ``days`` after the day the demo
#: is built. The agenda shows the kind before the topic ("Wijktafel: Parkeren in de Vesting").
MEETINGS = [
    {
        "area": "centrum",
        "kind": "wijktafel",
        "topic": "Het nieuwe plein in het centrum",
        "description": (
            "Praat mee over de plannen voor het plein. Iedereen is welkom. De koffie staat klaar."
        ),
        "days": 30,
        "weekday": 1,
        "start": "19:30",
        "end": "21:00",
        "location_name": "Wijkcentrum De Schakel",
        "address": "Schakelplein 1, 4941 CD Raamsdonksveer",
        "accessibility_note": "De ingang heeft geen drempel.",
        "hosts": "De wijkregisseur en de projectleider van het plein",
    },
    {
        "area": "raamsdonk",
        "kind": "bijeenkomst",
        "topic": "Loop mee door het dorp",
        "description": (
            "Samen lopen we door het dorp. We kijken naar stoepen, lampen en groen. "
            "Wat moet er beter? We starten bij het dorpshuis."
        ),
        "days": 12,
        "weekday": 5,
        "start": "10:00",
        "end": "12:00",
        "location_name": "Dorpshuis Raamsdonk",
        "address": "Dorpsstraat 20, 4944 AA Raamsdonk",
        "accessibility_note": "De route is ook te doen met een rolstoel of rollator.",
        "hosts": "De wijkregisseur, de wijkagent en een medewerker van de buitendienst",
    },
    {
        "area": "vesting",
        "kind": "wijktafel",
        "topic": "Parkeren in de Vesting",
        "description": "Wat vindt u van het parkeren in de Vesting? Kom het vertellen.",
        "days": -21,
        "weekday": 3,
        "start": "19:30",
        "end": "21:00",
        "location_name": "Buurthuis De Vesting",
        "address": "Vestingplein 4, 4931 BA Geertruidenberg",
        "accessibility_note": "De ingang zonder drempel is aan de zijkant, bij het fietsenrek.",
        "hosts": "De wijkregisseur en een verkeerskundige",
        "report": (
            "Er kwamen 25 bewoners. Veel mensen vinden dat er te weinig plek is om te parkeren. "
            "Bezoekers parkeren vaak in de smalle straten. De gemeente telt in de komende "
            "maanden de auto's. Daarna hoort u wat we gaan doen."
        ),
    },
    {
        "area": "raamsdonk",
        "kind": "wijktafel",
        "topic": "Veilig naar school",
        "description": "Hoe komen kinderen veilig naar school? Denk met ons mee.",
        "days": -45,
        "weekday": 1,
        "start": "19:30",
        "end": "21:00",
        "location_name": "Dorpshuis Raamsdonk",
        "address": "Dorpsstraat 20, 4944 AA Raamsdonk",
        "accessibility_note": "Het dorpshuis heeft geen drempels.",
        "hosts": "De wijkregisseur en de wijkagent",
        "report": (
            "Ouders en kinderen vertelden waar het druk is. Bij de kruising bij de school rijden "
            "auto's vaak te hard. De gemeente zet daar binnen een half jaar drempels neer. "
            "De wijkagent let extra op bij het begin van de school."
        ),
    },
]

#: The neighbourhood budget of this year per village, in euro.
BUDGETS = {"geertruidenberg": "10000", "raamsdonksveer": "12500", "raamsdonk": "5000"}

#: Residents' initiatives. ``steps`` are taken in order with the status service:
#: (status, amount in euro or None, message to the resident).
INITIATIVES = [
    {
        "area": "dombosch",
        "title": "Plantenbakken in de Dombosch",
        "description": (
            "Onze straat is erg grijs. Wij willen acht grote bakken met planten neerzetten. "
            "De buren geven de planten om de beurt water."
        ),
        "location": "Het pleintje in het midden van de straat",
        "helpers": "Twaalf buren uit de straat helpen mee.",
        "budget_requested": "850",
        "budget_explanation": "Hout, aarde en planten voor acht bakken.",
        "contact_name": "Anouk Peters",
        "contact_email": "anouk.peters@example.org",
        "steps": [
            ("in_conversation", None, "Wat een mooi plan. We bellen u om het samen te bespreken."),
            ("approved", "850", "U krijgt 850 euro voor het hout, de aarde en de planten."),
            ("carried_out", None, "De bakken staan er. Dank u wel voor uw inzet!"),
        ],
        "result": (
            "Twaalf buren hebben acht bakken gemaakt en gevuld met planten. "
            "Ze geven de planten samen water. De straat is nu veel groener."
        ),
        "photo": {
            "title": "Plantenbakken in de Dombosch",
            "description": "Tekening van drie houten bakken met groene planten op een plein.",
            "caption": "De nieuwe plantenbakken op het pleintje.",
        },
    },
    {
        "area": "vesting",
        "title": "Buurtfeest op het Vestingplein",
        "description": (
            "Wij willen in de zomer een feest voor de hele buurt. Met muziek, spelletjes voor "
            "kinderen en eten dat de buren zelf maken."
        ),
        "location": "Het Vestingplein",
        "helpers": "De bewonersgroep van de Vesting en de muziekschool.",
        "budget_requested": "1500",
        "budget_explanation": "Een tent, stoelen en een klein podium.",
        "contact_name": "Johan Smits",
        "contact_email": "johan.smits@example.org",
        "steps": [
            ("in_conversation", None, "Leuk plan! We willen graag met u praten over de plek."),
            (
                "approved",
                "1200",
                "U krijgt 1200 euro voor de tent en het podium. De stoelen leent u van het "
                "buurthuis.",
            ),
        ],
    },
    {
        "area": "raamsdonk",
        "title": "Jeu-de-boulesbaan bij het dorpshuis",
        "description": (
            "Veel ouderen in het dorp spelen graag jeu de boules. Een baan bij het dorpshuis "
            "is een fijne plek om elkaar te zien."
        ),
        "location": "Het grasveld naast het dorpshuis",
        "helpers": "De ouderenvereniging en twee vrijwilligers van het dorpshuis.",
        "budget_requested": "2000",
        "budget_explanation": "Grind, planken en het werk van een hovenier.",
        "contact_name": "Gerard Mol",
        "contact_email": "gerard.mol@example.org",
        "steps": [
            (
                "in_conversation",
                None,
                "We kijken of de baan op het grasveld past. We nemen binnenkort contact met u op.",
            ),
        ],
    },
    {
        "area": "centrum",
        "title": "Een minibieb bij de speeltuin",
        "description": (
            "Een kastje met boeken bij de speeltuin. Iedereen mag er een boek uit pakken "
            "of een boek in zetten."
        ),
        "location": "De speeltuin achter de markt",
        "helpers": "Drie ouders uit de buurt zorgen voor het kastje.",
        "budget_requested": "250",
        "budget_explanation": "Een waterdicht kastje en een paal.",
        "contact_name": "Priya Ramdin",
        "contact_email": "priya.ramdin@example.org",
        "steps": [],
    },
    {
        "area": "geertruidenberg-noord",
        "title": "Een veld waar honden los mogen lopen",
        "description": "Wij willen een plek waar honden vrij kunnen rennen.",
        "location": "Het speelveld aan de rand van de wijk",
        "helpers": "Vijf hondenbezitters uit de wijk.",
        "budget_requested": "3000",
        "budget_explanation": "Een hek rond het veld.",
        "contact_name": "Kees Vermeulen",
        "contact_email": "kees.vermeulen@example.org",
        "steps": [
            (
                "not_approved",
                None,
                "Het speelveld is een plek voor kinderen. Daarom kan het hek daar niet komen. "
                "We zoeken graag samen met u een andere plek.",
            ),
        ],
    },
]

#: Demo news items about an area (news slug → title of the area page).
NEWS_AREAS = {
    "werk-aan-de-weg-raamsdonksveer": "Centrum",
    "wijkspreekuur-raamsdonk": "Raamsdonk",
}
