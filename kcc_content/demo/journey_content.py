"""Demo content for the customer journeys ("Wat wilt u regelen?"), in plain Dutch (B1).

Read by ``kcc_content/demo/journeys.py``. Each journey has a few questions and its steps:

* a question: ``key``, ``question``, optional ``help_text`` and ``options`` as (code, label);
* a step: ``phase`` (before/during/after), ``title``, ``explanation`` (HTML), ``performer``
  (municipality/resident/other), optional ``organisation`` and ``organisation_url``,
  ``deadline``, ``products`` (product slugs), ``answers`` (answer keys from
  ``kcc_content/demo/content.py``) and ``conditions`` as (question key, "code,code").

An explanation may link to a demo page with ``{page:section/slug}``. An ``en`` entry holds the
English text of a journey, question or step; journeys without one stay Dutch only. Deadlines
and rules are those of 2026 for the municipality of Geertruidenberg.
"""

TOESLAGEN_URL = "https://www.belastingdienst.nl/wps/wcm/connect/nl/toeslagen/toeslagen"
BELASTINGDIENST_URL = "https://www.belastingdienst.nl"
SVB_URL = "https://www.svb.nl"
KVK_URL = "https://www.kvk.nl"
NOTARIS_URL = "https://www.notaris.nl"
CAK_URL = "https://www.hetcak.nl"
POSTNL_URL = "https://www.postnl.nl"

YES_NO = [("ja", "Ja"), ("nee", "Nee")]
YES_NO_EN = ["Yes", "No"]

INDEX = {
    "slug": "wat-wilt-u-regelen",
    "title": "Wat wilt u regelen?",
    "intro": (
        "Gaat u verhuizen of krijgt u een kind? Kies wat er gebeurt. "
        "U ziet dan welke stappen u moet zetten."
    ),
    "team": "Team Communicatie",
    "en": {
        "title": "What do you want to arrange?",
        "intro": (
            "Are you moving house or having a baby? Choose what is happening. "
            "You then see which steps to take."
        ),
    },
}

VERHUIZEN = {
    "slug": "ik-ga-verhuizen",
    "title": "Ik ga verhuizen",
    "intro": "Gaat u verhuizen? Hier ziet u wat u moet regelen. En wanneer u dat doet.",
    "team": "Team Burgerzaken",
    "questions": [
        {
            "key": "verhuizing",
            "question": "Waar gaat u wonen?",
            "options": [
                ("binnen", "In de gemeente Geertruidenberg"),
                ("buitenland", "In het buitenland"),
            ],
            "en": {
                "question": "Where are you going to live?",
                "options": ["In the municipality of Geertruidenberg", "Abroad"],
            },
        },
        {
            "key": "kinderen",
            "question": "Verhuizen er kinderen mee die naar school gaan?",
            "options": YES_NO,
            "en": {
                "question": "Are children who go to school moving with you?",
                "options": YES_NO_EN,
            },
        },
        {
            "key": "huur",
            "question": "Krijgt u huurtoeslag of zorgtoeslag?",
            "options": YES_NO,
            "en": {"question": "Do you get rent or healthcare benefit?", "options": YES_NO_EN},
        },
    ],
    "steps": [
        {
            "phase": "before",
            "title": "Zeg uw contracten op of zet ze over",
            "explanation": (
                "<p>Denk aan uw huur, energie, water en internet. "
                "Bel of mail op tijd met uw leveranciers.</p>"
            ),
            "performer": "resident",
            "deadline": "Zo snel mogelijk. Kijk naar de opzegtermijn in uw contract.",
            "en": {
                "title": "Cancel or transfer your contracts",
                "explanation": (
                    "<p>Think of your rent, energy, water and internet. "
                    "Contact your suppliers in time.</p>"
                ),
                "deadline": "As soon as possible. Check the notice period in your contract.",
            },
        },
        {
            "phase": "before",
            "title": "Geef uw verhuizing door aan de gemeente",
            "explanation": (
                "<p>Geef uw nieuwe adres online door met DigiD. Lukt dat niet? "
                "Maak dan een afspraak bij de Gemeentewinkel.</p>"
                "<p>Wij geven uw nieuwe adres door aan veel organisaties. "
                "Bijvoorbeeld aan de Belastingdienst en uw zorgverzekeraar.</p>"
            ),
            "performer": "municipality",
            "deadline": "Tussen 4 weken voor en 5 dagen na uw verhuizing.",
            "products": ["verhuizing-melden"],
            "answers": ["verhuizing-doorgeven", "verhuizing-te-laat"],
            "conditions": [("verhuizing", "binnen")],
            "en": {
                "title": "Report your move to the municipality",
                "explanation": (
                    "<p>Report your new address online with DigiD. Is that not possible? "
                    "Then make an appointment at the Gemeentewinkel.</p>"
                    "<p>We pass your new address on to many organisations. "
                    "For example to the Tax Administration and your health insurer.</p>"
                ),
                "deadline": "Between 4 weeks before and 5 days after your move.",
            },
        },
        {
            "phase": "before",
            "title": "Meld uw vertrek naar het buitenland",
            "explanation": (
                "<p>Woont u binnen 1 jaar meer dan 8 maanden in het buitenland? "
                "Dan meldt u uw vertrek bij de gemeente. "
                "Lees meer over {page:verhuizen/verhuizen-naar-het-buitenland}.</p>"
            ),
            "performer": "municipality",
            "deadline": "In de 5 dagen voor uw vertrek.",
            "conditions": [("verhuizing", "buitenland")],
            "en": {
                "title": "Report that you are moving abroad",
                "explanation": (
                    "<p>Will you live abroad for more than 8 months within 1 year? "
                    "Then report your departure to the municipality.</p>"
                ),
                "deadline": "In the 5 days before you leave.",
            },
        },
        {
            "phase": "before",
            "title": "Meld uw kinderen aan bij een nieuwe school",
            "explanation": (
                "<p>Gaan uw kinderen naar een andere school? Meld ze dan op tijd aan. "
                "Vertel het ook aan de oude school.</p>"
                "<p>Woont de school ver weg? Misschien kan uw kind dan met het "
                "leerlingenvervoer.</p>"
            ),
            "performer": "resident",
            "conditions": [("kinderen", "ja")],
            "en": {
                "title": "Register your children at a new school",
                "explanation": (
                    "<p>Are your children going to another school? Register them in time. "
                    "Tell the old school as well.</p>"
                    "<p>Is the school far away? Your child may be able to use school "
                    "transport.</p>"
                ),
            },
        },
        {
            "phase": "during",
            "title": "Laat uw post doorsturen",
            "explanation": (
                "<p>Komt er nog post op uw oude adres? Met de verhuisservice van PostNL "
                "krijgt u die post op uw nieuwe adres. Daar betaalt u voor.</p>"
            ),
            "performer": "other",
            "organisation": "PostNL",
            "organisation_url": POSTNL_URL,
            "en": {
                "title": "Have your post forwarded",
                "explanation": (
                    "<p>Is post still arriving at your old address? PostNL's moving service "
                    "sends it to your new address. You pay for this.</p>"
                ),
            },
        },
        {
            "phase": "after",
            "title": "Geef uw nieuwe huur door aan Dienst Toeslagen",
            "explanation": (
                "<p>Uw adres krijgt Dienst Toeslagen van ons. Uw nieuwe huur of inkomen "
                "geeft u zelf door. Dan krijgt u niet te veel of te weinig toeslag.</p>"
            ),
            "performer": "other",
            "organisation": "Dienst Toeslagen",
            "organisation_url": TOESLAGEN_URL,
            "deadline": "Binnen 4 weken na uw verhuizing.",
            "conditions": [("huur", "ja")],
            "en": {
                "title": "Tell the Benefits Agency your new rent",
                "explanation": (
                    "<p>We pass your address on to the Benefits Agency. You report your new "
                    "rent or income yourself. Then you get the right amount.</p>"
                ),
                "deadline": "Within 4 weeks after your move.",
            },
        },
        {
            "phase": "after",
            "title": "Vraag een nieuwe parkeervergunning aan",
            "explanation": (
                "<p>Heeft u een parkeervergunning voor bewoners? Die geldt alleen voor uw "
                "oude adres. Vraag een nieuwe vergunning aan voor uw nieuwe adres.</p>"
            ),
            "performer": "municipality",
            "products": ["bewonersparkeervergunning"],
            "answers": ["parkeervergunning-aanvragen"],
            "conditions": [("verhuizing", "binnen")],
            "en": {
                "title": "Apply for a new parking permit",
                "explanation": (
                    "<p>Do you have a residents' parking permit? It is only valid for your "
                    "old address. Apply for a new permit for your new address.</p>"
                ),
            },
        },
        {
            "phase": "after",
            "title": "Kijk welke afvalcontainers bij uw huis horen",
            "explanation": (
                "<p>De containers blijven bij het huis. Neem ze dus niet mee. "
                "Mist u een container op uw nieuwe adres? Vraag er dan een aan.</p>"
            ),
            "performer": "municipality",
            "products": ["minicontainer-aanvragen"],
            "answers": ["container-legen"],
            "conditions": [("verhuizing", "binnen")],
            "en": {
                "title": "Check which waste bins belong to your home",
                "explanation": (
                    "<p>The bins stay with the house, so do not take them with you. "
                    "Is a bin missing at your new address? Then apply for one.</p>"
                ),
            },
        },
    ],
    "en": {
        "title": "I am moving house",
        "intro": "Are you moving? Here you see what to arrange. And when to do it.",
    },
}

KIND = {
    "slug": "ik-krijg-een-kind",
    "title": "Ik krijg een kind",
    "intro": "Krijgt u een kind? Gefeliciteerd! Hier ziet u wat u voor en na de geboorte regelt.",
    "team": "Team Burgerzaken",
    "questions": [
        {
            "key": "getrouwd",
            "question": "Bent u getrouwd of heeft u een geregistreerd partnerschap?",
            "options": YES_NO,
            "en": {
                "question": "Are you married or in a registered partnership?",
                "options": YES_NO_EN,
            },
        },
        {
            "key": "werk",
            "question": "Werkt de moeder in loondienst?",
            "options": YES_NO,
            "en": {"question": "Is the mother an employee?", "options": YES_NO_EN},
        },
        {
            "key": "opvang",
            "question": "Gaat uw kind naar de kinderopvang?",
            "options": [("ja", "Ja"), ("nee", "Nee"), ("weet-niet", "Dat weet ik nog niet")],
            "en": {
                "question": "Will your child go to childcare?",
                "options": ["Yes", "No", "I do not know yet"],
            },
        },
    ],
    "steps": [
        {
            "phase": "before",
            "title": "Erken uw kind voor de geboorte",
            "explanation": (
                "<p>Bent u niet getrouwd? Dan is de partner van de moeder niet vanzelf "
                "de ouder. De partner kan het kind erkennen. Dat kan al tijdens de "
                "zwangerschap. Maak hiervoor een afspraak bij de Gemeentewinkel.</p>"
            ),
            "performer": "municipality",
            "deadline": "Het liefst voor de geboorte.",
            "conditions": [("getrouwd", "nee")],
            "en": {
                "title": "Acknowledge your child before the birth",
                "explanation": (
                    "<p>Are you not married? Then the mother's partner is not automatically "
                    "a parent. The partner can acknowledge the child. This is already "
                    "possible during the pregnancy. Make an appointment at the "
                    "Gemeentewinkel.</p>"
                ),
                "deadline": "Preferably before the birth.",
            },
        },
        {
            "phase": "before",
            "title": "Kies de achternaam van uw kind",
            "explanation": (
                "<p>Uw kind krijgt de achternaam van de vader of van de moeder. "
                "Of een combinatie van beide namen. Wilt u de naam van de moeder? "
                "Of een dubbele naam? Leg uw keuze dan vast bij de gemeente.</p>"
            ),
            "performer": "municipality",
            "deadline": "Voor of bij de aangifte van de geboorte.",
            "en": {
                "title": "Choose your child's surname",
                "explanation": (
                    "<p>Your child gets the father's or the mother's surname. Or a "
                    "combination of both. Do you want the mother's name, or a double "
                    "name? Then record your choice with the municipality.</p>"
                ),
                "deadline": "Before or when you register the birth.",
            },
        },
        {
            "phase": "before",
            "title": "Regel uw zwangerschapsverlof",
            "explanation": (
                "<p>Vertel uw werkgever wanneer u uitgerekend bent. Uw werkgever vraagt "
                "de uitkering voor uw verlof aan bij UWV.</p>"
            ),
            "performer": "other",
            "organisation": "Uw werkgever",
            "deadline": "Uw verlof begint 6 tot 4 weken voor de uitgerekende datum.",
            "conditions": [("werk", "ja")],
            "en": {
                "title": "Arrange your pregnancy leave",
                "explanation": (
                    "<p>Tell your employer your due date. Your employer applies to UWV for "
                    "the benefit during your leave.</p>"
                ),
                "deadline": "Your leave starts 6 to 4 weeks before the due date.",
            },
        },
        {
            "phase": "during",
            "title": "Doe aangifte van de geboorte",
            "explanation": (
                "<p>U doet aangifte in de gemeente waar uw kind geboren is. "
                "Daarna staat uw kind in de Basisregistratie Personen.</p>"
            ),
            "performer": "municipality",
            "deadline": "Binnen 3 dagen na de geboorte.",
            "products": ["geboorteaangifte"],
            "answers": ["geboorte-aangeven"],
            "en": {
                "title": "Register the birth",
                "explanation": (
                    "<p>You register the birth in the municipality where your child was "
                    "born. Your child is then in the population register.</p>"
                ),
                "deadline": "Within 3 days after the birth.",
            },
        },
        {
            "phase": "during",
            "title": "Laat de hielprik doen",
            "explanation": (
                "<p>Een medewerker prikt een paar druppels bloed uit de hiel van uw baby. "
                "Zo vinden artsen ernstige ziektes op tijd. Meestal komt de "
                "medewerker bij u thuis.</p>"
            ),
            "performer": "other",
            "organisation": "Jeugdgezondheidszorg (JGZ) of uw verloskundige",
            "organisation_url": "https://www.pns.nl/hielprik",
            "deadline": "In de eerste week na de geboorte.",
            "en": {
                "title": "Have the heel prick test done",
                "explanation": (
                    "<p>A health worker takes a few drops of blood from your baby's heel. "
                    "This finds serious diseases in time. Usually the health worker "
                    "visits you at home.</p>"
                ),
                "deadline": "In the first week after the birth.",
            },
        },
        {
            "phase": "after",
            "title": "Meld uw kind aan bij uw zorgverzekeraar",
            "explanation": (
                "<p>Uw kind is gratis verzekerd tot 18 jaar. U moet uw kind wel "
                "aanmelden bij uw zorgverzekeraar.</p>"
            ),
            "performer": "resident",
            "deadline": "Binnen 4 maanden na de geboorte.",
            "en": {
                "title": "Register your child with your health insurer",
                "explanation": (
                    "<p>Your child is insured for free until the age of 18. You do need "
                    "to register your child with your health insurer.</p>"
                ),
                "deadline": "Within 4 months after the birth.",
            },
        },
        {
            "phase": "after",
            "title": "Vraag kinderbijslag aan",
            "explanation": (
                "<p>Na de aangifte krijgt u een brief van de SVB. Vraag daarna de "
                "kinderbijslag aan via Mijn SVB.</p>"
            ),
            "performer": "other",
            "organisation": "Sociale Verzekeringsbank (SVB)",
            "organisation_url": SVB_URL,
            "en": {
                "title": "Apply for child benefit",
                "explanation": (
                    "<p>After you register the birth, the SVB sends you a letter. Then "
                    "apply for child benefit through My SVB.</p>"
                ),
            },
        },
        {
            "phase": "after",
            "title": "Vraag kinderopvangtoeslag aan",
            "explanation": (
                "<p>Werkt u en gaat uw kind naar de kinderopvang? "
                "Dan krijgt u misschien kinderopvangtoeslag.</p>"
            ),
            "performer": "other",
            "organisation": "Dienst Toeslagen",
            "organisation_url": TOESLAGEN_URL,
            "deadline": "Binnen 3 maanden na de maand waarin de opvang begint.",
            "conditions": [("opvang", "ja,weet-niet")],
            "en": {
                "title": "Apply for childcare benefit",
                "explanation": (
                    "<p>Do you work and does your child go to childcare? "
                    "Then you may get childcare benefit.</p>"
                ),
                "deadline": "Within 3 months after the month in which childcare starts.",
            },
        },
    ],
    "en": {
        "title": "I am having a baby",
        "intro": "Are you having a baby? Congratulations! Here you see what to arrange.",
    },
}

TROUWEN = {
    "slug": "ik-ga-trouwen",
    "title": "Ik ga trouwen",
    "intro": "Gaat u trouwen of een geregistreerd partnerschap aan? Hier ziet u wat u regelt.",
    "team": "Team Burgerzaken",
    "questions": [
        {
            "key": "buitenland",
            "question": "Is een van u in het buitenland geboren?",
            "options": YES_NO,
        },
        {
            "key": "voorwaarden",
            "question": "Wilt u afspraken maken over uw geld en bezit?",
            "help_text": "Dat heet huwelijkse voorwaarden.",
            "options": [("ja", "Ja"), ("nee", "Nee"), ("weet-niet", "Dat weet ik nog niet")],
        },
    ],
    "steps": [
        {
            "phase": "before",
            "title": "Kies een datum en een trouwlocatie",
            "explanation": (
                "<p>U kunt trouwen in het gemeentehuis of op een andere mooie plek. "
                "Vraag op tijd of de datum nog vrij is. Populaire data zijn snel vol.</p>"
            ),
            "performer": "resident",
            "deadline": "Het liefst een half jaar van tevoren.",
            "products": ["huwelijk-en-partnerschap"],
        },
        {
            "phase": "before",
            "title": "Vraag buitenlandse papieren op tijd aan",
            "explanation": (
                "<p>Bent u in het buitenland geboren? Dan heeft u soms een buitenlandse "
                "geboorteakte nodig. Soms moet een ambassade die eerst goedkeuren. "
                "Dat kan lang duren.</p>"
            ),
            "performer": "resident",
            "deadline": "Begin een paar maanden voor de melding.",
            "conditions": [("buitenland", "ja")],
        },
        {
            "phase": "before",
            "title": "Maak huwelijkse voorwaarden bij de notaris",
            "explanation": (
                "<p>Zonder afspraken delen u en uw partner niet alles. Wat u voor het "
                "huwelijk had, blijft van uzelf. Wilt u andere afspraken? "
                "Dan legt de notaris die vast.</p>"
            ),
            "performer": "other",
            "organisation": "Notaris",
            "organisation_url": NOTARIS_URL,
            "deadline": "Voor de dag van uw huwelijk.",
            "conditions": [("voorwaarden", "ja,weet-niet")],
        },
        {
            "phase": "before",
            "title": "Meld uw huwelijk of partnerschap",
            "explanation": (
                "<p>U meldt samen dat u wilt trouwen. Dat kan online met DigiD. "
                "Geef ook de namen van uw getuigen door.</p>"
            ),
            "performer": "municipality",
            "deadline": "Minstens 2 weken en hoogstens 1 jaar voor de trouwdag.",
            "products": ["huwelijk-en-partnerschap"],
            "answers": ["trouwen-melden"],
        },
        {
            "phase": "before",
            "title": "Vraag uw getuigen",
            "explanation": (
                "<p>U heeft minstens 2 en hoogstens 4 getuigen nodig. "
                "Uw getuigen zijn 18 jaar of ouder.</p>"
            ),
            "performer": "resident",
        },
        {
            "phase": "during",
            "title": "Neem uw paspoort of ID-kaart mee",
            "explanation": (
                "<p>U en uw getuigen laten op de trouwdag een geldig paspoort of "
                "ID-kaart zien. Kijk op tijd of uw papieren nog geldig zijn.</p>"
            ),
            "performer": "resident",
            "deadline": "Op de trouwdag.",
            "products": ["paspoort", "identiteitskaart"],
        },
        {
            "phase": "after",
            "title": "Kies welke achternaam u gebruikt",
            "explanation": (
                "<p>U houdt altijd uw eigen achternaam. U mag ook de naam van uw partner "
                "gebruiken. Geef uw keuze door aan de gemeente.</p>"
            ),
            "performer": "municipality",
        },
        {
            "phase": "after",
            "title": "Geef uw partner door aan Dienst Toeslagen",
            "explanation": (
                "<p>Krijgt u toeslagen? Dan telt het inkomen van uw partner nu mee. "
                "Geef dit door. Dan hoeft u later niets terug te betalen.</p>"
            ),
            "performer": "other",
            "organisation": "Dienst Toeslagen",
            "organisation_url": TOESLAGEN_URL,
            "deadline": "Binnen 4 weken na uw huwelijk.",
        },
    ],
}

OVERLIJDEN = {
    "slug": "iemand-is-overleden",
    "title": "Iemand is overleden",
    "intro": (
        "Is er iemand overleden? Gecondoleerd. Hier ziet u wat er geregeld moet worden. "
        "En wie dat doet."
    ),
    "team": "Team Burgerzaken",
    "questions": [
        {
            "key": "partner",
            "question": "Was u de partner van de overledene?",
            "options": YES_NO,
        },
        {
            "key": "huur",
            "question": "Woonde de overledene in een huurhuis?",
            "options": YES_NO,
        },
    ],
    "steps": [
        {
            "phase": "before",
            "title": "Bel een uitvaartondernemer",
            "explanation": (
                "<p>Eerst stelt een arts het overlijden vast. Bel daarna een "
                "uitvaartondernemer. Die helpt u met de begrafenis of crematie.</p>"
            ),
            "performer": "resident",
            "deadline": "Zo snel mogelijk na het overlijden.",
        },
        {
            "phase": "during",
            "title": "Aangifte van het overlijden",
            "explanation": (
                "<p>Meestal doet de uitvaartondernemer de aangifte bij de gemeente. "
                "U hoeft dan zelf niets te doen. "
                "Lees meer over {page:burgerzaken/overlijden-aangeven}.</p>"
            ),
            "performer": "other",
            "organisation": "Uitvaartondernemer",
            "deadline": "Voor de begrafenis of crematie.",
        },
        {
            "phase": "during",
            "title": "Begrafenis of crematie",
            "explanation": (
                "<p>De begrafenis of crematie is uiterlijk op de zesde werkdag na het "
                "overlijden. Wilt u meer tijd? Vraag dan uitstel aan bij de gemeente.</p>"
            ),
            "performer": "other",
            "organisation": "Uitvaartondernemer",
            "deadline": "Uiterlijk op de zesde werkdag na het overlijden.",
        },
        {
            "phase": "after",
            "title": "Vraag een nabestaandenuitkering aan",
            "explanation": (
                "<p>Bent u de partner en jonger dan de AOW-leeftijd? Dan krijgt u "
                "misschien een uitkering van de SVB. Die heet Anw.</p>"
            ),
            "performer": "other",
            "organisation": "Sociale Verzekeringsbank (SVB)",
            "organisation_url": SVB_URL,
            "conditions": [("partner", "ja")],
        },
        {
            "phase": "after",
            "title": "Zeg de huur op",
            "explanation": (
                "<p>Woonde de overledene alleen in een huurhuis? Zeg de huur dan op bij de "
                "verhuurder. Vraag naar de regels voor het leeghalen van het huis.</p>"
            ),
            "performer": "resident",
            "conditions": [("huur", "ja")],
        },
        {
            "phase": "after",
            "title": "Regel de erfenis bij de notaris",
            "explanation": (
                "<p>Banken vragen vaak om een verklaring van erfrecht. Daarin staat wie "
                "de erfgenamen zijn. Een notaris maakt deze verklaring.</p>"
            ),
            "performer": "other",
            "organisation": "Notaris",
            "organisation_url": NOTARIS_URL,
        },
        {
            "phase": "after",
            "title": "Doe aangifte voor de erfbelasting",
            "explanation": (
                "<p>Krijgt u een erfenis? Dan betaalt u soms erfbelasting. "
                "De Belastingdienst stuurt u dan een brief.</p>"
            ),
            "performer": "other",
            "organisation": "Belastingdienst",
            "organisation_url": BELASTINGDIENST_URL,
            "deadline": "Binnen 8 maanden na het overlijden.",
        },
        {
            "phase": "after",
            "title": "Zeg abonnementen en verzekeringen op",
            "explanation": (
                "<p>Wij geven het overlijden door aan de Belastingdienst, de SVB en het "
                "pensioenfonds. Banken, verzekeraars en abonnementen regelt u zelf.</p>"
            ),
            "performer": "resident",
        },
    ],
}

BEDRIJF = {
    "slug": "ik-start-een-bedrijf",
    "title": "Ik start een bedrijf",
    "intro": "Begint u een eigen bedrijf? Hier ziet u wat u regelt. En wie u daarbij helpt.",
    "team": "Team Economie",
    "questions": [
        {
            "key": "plek",
            "question": "Waar gaat u werken?",
            "options": [("thuis", "Vanuit huis"), ("pand", "In een bedrijfspand")],
        },
        {
            "key": "horeca",
            "question": "Begint u een café of restaurant?",
            "options": YES_NO,
        },
        {
            "key": "personeel",
            "question": "Neemt u personeel in dienst?",
            "options": YES_NO,
        },
    ],
    "steps": [
        {
            "phase": "before",
            "title": "Kijk of uw bedrijf op deze plek mag",
            "explanation": (
                "<p>In het omgevingsplan staat wat op een plek mag. Niet elk bedrijf mag "
                "overal zitten. Twijfelt u? Bel ons dan. Soms heeft u een "
                "vergunning nodig.</p>"
            ),
            "performer": "resident",
            "products": ["omgevingsvergunning-aanvragen"],
            "answers": ["vergunning-duur"],
            "conditions": [("plek", "pand")],
        },
        {
            "phase": "before",
            "title": "Schrijf uw bedrijf in bij de KvK",
            "explanation": (
                "<p>Schrijf uw bedrijf in via de website van de Kamer van Koophandel. "
                "U krijgt dan een KvK-nummer.</p>"
            ),
            "performer": "other",
            "organisation": "Kamer van Koophandel (KvK)",
            "organisation_url": KVK_URL,
            "deadline": "Vanaf 1 week voor tot 1 week na de start van uw bedrijf.",
        },
        {
            "phase": "during",
            "title": "Ontvang uw btw-nummer",
            "explanation": (
                "<p>De KvK geeft uw gegevens door aan de Belastingdienst. U krijgt "
                "daarna uw btw-nummer per post.</p>"
            ),
            "performer": "other",
            "organisation": "Belastingdienst",
            "organisation_url": BELASTINGDIENST_URL,
            "deadline": "Binnen 2 weken na uw inschrijving bij de KvK.",
        },
        {
            "phase": "during",
            "title": "Vraag een vergunning voor alcohol en een terras aan",
            "explanation": (
                "<p>Schenkt u alcohol? Dan heeft u een alcoholvergunning nodig. "
                "Wilt u een terras? Vraag dan ook een terrasvergunning aan.</p>"
            ),
            "performer": "municipality",
            "deadline": "Minstens 8 weken voor de opening.",
            "products": ["terrasvergunning-aanvragen"],
            "answers": ["terras-aanvragen"],
            "conditions": [("horeca", "ja")],
        },
        {
            "phase": "during",
            "title": "Meld u aan als werkgever",
            "explanation": (
                "<p>Neemt u personeel in dienst? Meld u dan aan als werkgever bij de "
                "Belastingdienst. U krijgt dan een nummer voor de loonheffing.</p>"
            ),
            "performer": "other",
            "organisation": "Belastingdienst",
            "organisation_url": BELASTINGDIENST_URL,
            "deadline": "Voor uw eerste werknemer begint.",
            "conditions": [("personeel", "ja")],
        },
        {
            "phase": "after",
            "title": "Regel uw verzekeringen en pensioen",
            "explanation": (
                "<p>Als ondernemer regelt u zelf veel. Denk aan een verzekering als u "
                "ziek wordt. En aan geld voor later.</p>"
            ),
            "performer": "resident",
        },
        {
            "phase": "after",
            "title": "Praat met onze contactpersoon voor bedrijven",
            "explanation": (
                "<p>Heeft u vragen over regels of vergunningen? Of zoekt u contact met "
                "andere ondernemers? Bel ons op 14 0162.</p>"
            ),
            "performer": "municipality",
        },
    ],
}

ONDERSTEUNING = {
    "slug": "ik-heb-ondersteuning-nodig",
    "title": "Ik heb ondersteuning nodig",
    "intro": (
        "Lukt het niet meer alleen? Voor uzelf, uw naaste of uw kind? Hier ziet u welke hulp er is."
    ),
    "team": "Team Sociaal Domein",
    "questions": [
        {
            "key": "wie",
            "question": "Voor wie zoekt u hulp?",
            "options": [
                ("zelf", "Voor mezelf"),
                ("naaste", "Voor iemand voor wie ik zorg"),
                ("kind", "Voor mijn kind"),
            ],
        },
        {
            "key": "geld",
            "question": "Heeft u ook zorgen over geld?",
            "options": YES_NO,
        },
    ],
    "steps": [
        {
            "phase": "before",
            "title": "Meld uw hulpvraag bij de gemeente",
            "explanation": (
                "<p>Bel ons op 14 0162 of vul het formulier in. Vertel wat niet meer "
                "lukt. Wij maken dan een afspraak met u.</p>"
            ),
            "performer": "municipality",
            "products": ["wmo-ondersteuning-aanvragen"],
            "answers": ["wmo-hulp-thuis"],
            "conditions": [("wie", "zelf,naaste")],
        },
        {
            "phase": "before",
            "title": "Vraag hulp voor uw kind",
            "explanation": (
                "<p>Heeft uw kind hulp nodig? Of heeft u vragen over opvoeden? "
                "Bel ons. Wij zoeken samen met u naar hulp die past. "
                "Lees meer over {page:zorg-en-ondersteuning/jeugdhulp}.</p>"
            ),
            "performer": "municipality",
            "conditions": [("wie", "kind")],
        },
        {
            "phase": "during",
            "title": "Praat met ons over uw situatie",
            "explanation": (
                "<p>Wij praten met u over wat u nodig heeft. Wat kunt u zelf? "
                "Wie kan u helpen? Een naaste mag bij het gesprek zijn.</p>"
            ),
            "performer": "municipality",
            "deadline": "Binnen 6 weken na uw melding.",
        },
        {
            "phase": "during",
            "title": "Vraag de ondersteuning aan",
            "explanation": (
                "<p>Na het gesprek krijgt u een verslag. Daarna vraagt u de ondersteuning "
                "aan. U krijgt dan binnen 2 weken een besluit.</p>"
            ),
            "performer": "municipality",
            "deadline": "Binnen 2 weken na uw aanvraag krijgt u een besluit.",
            "products": ["wmo-ondersteuning-aanvragen"],
            "conditions": [("wie", "zelf,naaste")],
        },
        {
            "phase": "after",
            "title": "Betaal uw eigen bijdrage",
            "explanation": (
                "<p>Voor hulp via de Wmo betaalt u een eigen bijdrage. Het CAK stuurt u "
                "hiervoor een rekening.</p>"
            ),
            "performer": "other",
            "organisation": "CAK",
            "organisation_url": CAK_URL,
            "answers": ["wmo-eigen-bijdrage"],
            "conditions": [("wie", "zelf,naaste")],
        },
        {
            "phase": "after",
            "title": "Vraag de mantelzorgwaardering aan",
            "explanation": (
                "<p>Zorgt u voor iemand? Dan kunt u elk jaar de mantelzorgwaardering "
                "krijgen. Ook kunt u hulp krijgen als het zwaar wordt.</p>"
            ),
            "performer": "municipality",
            "products": ["mantelzorgwaardering"],
            "answers": ["mantelzorg-hulp"],
            "conditions": [("wie", "naaste")],
        },
        {
            "phase": "after",
            "title": "Vraag hulp bij geldzorgen",
            "explanation": (
                "<p>Kunt u uw rekeningen niet betalen? Wacht dan niet te lang. "
                "Wij helpen u gratis. Misschien hoeft u de gemeentelijke belastingen "
                "niet te betalen.</p>"
            ),
            "performer": "municipality",
            "products": ["kwijtschelding-belastingen", "bijstandsuitkering"],
            "answers": ["kwijtschelding-aanvragen", "bijstand-aanvragen"],
            "conditions": [("geld", "ja")],
        },
    ],
}

JOURNEYS = [VERHUIZEN, KIND, TROUWEN, OVERLIJDEN, BEDRIJF, ONDERSTEUNING]
