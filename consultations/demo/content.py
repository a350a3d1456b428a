"""Demo consultations for Geertruidenberg ("Doe mee"): plain data only, no Django imports.

The texts are plain Dutch at level B1 and address residents as "u". Dates are offsets in days
from the day the demo is built, so each consultation starts out in the right phase:

* ``CENTRUM``: the centre of Raamsdonksveer, open for input, with a survey, ideas and reactions.
* ``SPEELTUIN``: a new playground in Geertruidenberg, processing the ideas.
* ``DIENSTVERLENING``: the municipality's service concept, with its feedback report published.

``area`` is the title of an area page of the neighbourhoods demo ("Hele gemeente": none).
Phases are ``(kind, start offset, end offset or None, description)``. ``decision_days`` is the
offset of the decision, after the input closes; ``decision_moment`` names its month from it.
Ideas and reactions name a participant by key from ``PARTICIPANTS`` (or None for anonymous
input); e-mail addresses are on example.org only.
"""

from home.demo.content import PHONE_HOURS

INDEX = {
    "slug": "doe-mee",
    "title": "Doe mee",
    "intro": (
        "Denk mee over plannen in uw buurt en in de gemeente. "
        "Bij elk plan leest u eerst de spelregels. Zo weet u wat u kunt veranderen."
    ),
}

#: Demo residents who left contact details. Only participation staff can see them.
PARTICIPANTS = {
    "fatima": ("Fatima El Amrani", "fatima.elamrani@example.org"),
    "henk": ("Henk van den Berg", "henk.vandenberg@example.org"),
    "lotte": ("Lotte Verhoeven", "lotte.verhoeven@example.org"),
    "kees": ("Kees Damen", "kees.damen@example.org"),
    "ilse": ("Ilse de Bruijn", "ilse.debruijn@example.org"),
    "mark": ("Mark Schoenmakers", "mark.schoenmakers@example.org"),
}

CONTACT = {
    "contact_name": "Sanne Willems",
    "contact_role": "participatiemedewerker",
    "contact_email": "doemee@geertruidenberg.example",
    "contact_phone": "0162 579 579",
}

CENTRUM = {
    "slug": "centrum-raamsdonksveer",
    "title": "Het centrum van Raamsdonksveer",
    "intro": (
        "We willen het centrum van Raamsdonksveer gezelliger en groener maken. "
        "Wat vindt u belangrijk? Vul de vragenlijst in of deel uw idee."
    ),
    "topic": "Openbare ruimte",
    "area": "Centrum",  # the neighbourhood Centrum of Raamsdonksveer
    "body": [
        (
            "paragraph",
            "<p>Het centrum rond het Raadhuisplein is aan een opknapbeurt toe. "
            "De stenen liggen scheef en er is weinig groen. "
            "Ook zijn er te weinig plekken om even te zitten.</p>"
            "<p>We maken een nieuw plan voor de straten en pleinen in het centrum. "
            "Daarvoor willen we weten wat u als bewoner, ondernemer of bezoeker belangrijk vindt.</p>",
        ),
        (
            "paragraph",
            "<p>U kunt op drie manieren meedoen:</p>"
            "<ul><li>Vul de korte vragenlijst in. Dat kost ongeveer vijf minuten.</li>"
            "<li>Deel een idee en lees de ideeën van anderen.</li>"
            "<li>Kom naar de wijktafel in het gemeentehuis. Daar praat u met ons en met andere bewoners.</li></ul>"
            "<p>Heeft u geen computer? Bel ons. Dan sturen we u de vragenlijst op papier.</p>",
        ),
    ],
    "rules": {
        "participation_level": "adviseren",
        "fixed_points": (
            "De straten blijven open voor fietsers en voor het laden en lossen van winkels. "
            "De bomen aan de rand van het plein blijven staan."
        ),
        "open_points": (
            "Hoe het plein eruitziet: groen, bankjes, speelplekken en verlichting. "
            "En waar fietsen en auto's straks parkeren."
        ),
        "decision_maker": "De gemeenteraad van Geertruidenberg",
        "decision_moment": "In de raadsvergadering van {decision:maand}",
        "decision_days": 100,
        "use_of_input": (
            "Een ontwerpbureau maakt met uw ideeën twee schetsen. "
            "Die leggen we eerst aan u voor. Daarna kiest de gemeenteraad."
        ),
        "feedback_days": 85,
        "retention_days": 270,
    },
    "budget": None,
    "accepts_ideas": True,
    "accepts_reactions": True,
    "moderation": "pre",
    "phases": [
        ("announced", -45, -15, "We vertellen over het plan en de spelregels."),
        ("input", -14, 28, "Vul de vragenlijst in, deel uw idee of kom naar de wijktafel."),
        ("processing", 29, 70, "We lezen alle reacties en maken twee schetsen."),
        ("feedback", 71, 140, "We laten zien wat we met uw inbreng doen."),
        ("closed", 141, None, ""),
    ],
    "survey": {
        "slug": "vragenlijst",
        "title": "Vragenlijst",
        "intro": "Deze vragenlijst heeft zeven vragen. U hoeft uw naam niet in te vullen.",
        "thank_you_text": "<p>Bedankt voor uw antwoorden! Op deze pagina leest u later wat we ermee doen.</p>",
        "fields": [
            {
                "label": "Hoe vaak komt u in het centrum van Raamsdonksveer?",
                "field_type": "radio",
                "required": True,
                "choices": "Bijna elke dag\nElke week\nEen paar keer per maand\nBijna nooit",
            },
            {
                "label": "Wat doet u meestal in het centrum?",
                "field_type": "checkboxes",
                "required": False,
                "choices": "Boodschappen doen\nWinkelen\nIets eten of drinken\nNaar het gemeentehuis\nIk woon of werk er",
                "help_text": "U mag meer dan één antwoord kiezen.",
            },
            {
                "label": "Hoe prettig vindt u het centrum nu?",
                "field_type": "scale",
                "required": True,
                "help_text": "1 is heel onprettig, 5 is heel prettig.",
            },
            {
                "label": "Wat mist u het meest?",
                "field_type": "radio",
                "required": False,
                "choices": "Meer groen\nMeer bankjes\nEen plek om te spelen\nBetere verlichting\nMeer plek voor fietsen",
            },
            {
                "label": "Wat moet er in het centrum zeker blijven?",
                "field_type": "singleline",
                "required": False,
            },
            {
                "label": "Heeft u nog een tip voor het nieuwe centrum?",
                "field_type": "multiline",
                "required": False,
                "help_text": "Schrijf geen namen of adressen op.",
            },
            {
                "label": "Wat zijn de cijfers van uw postcode?",
                "field_type": "postcode_area",
                "required": False,
                "help_text": "Alleen de vier cijfers, bijvoorbeeld 4941.",
            },
            {
                "label": "Hoe oud bent u?",
                "field_type": "age_band",
                "required": False,
            },
        ],
    },
    "ideas": [
        {
            "title": "Meer bomen en plantenbakken op het Raadhuisplein",
            "description": (
                "Het plein is nu erg stenig. In de zomer is het er heel warm. "
                "Met bomen en grote plantenbakken is het er koeler en mooier."
            ),
            "neighbourhood": "Centrum",
            "participant": "fatima",
        },
        {
            "title": "Een speelplek voor kleine kinderen",
            "description": (
                "Ouders wachten vaak op het plein terwijl de kinderen rondrennen. "
                "Een kleine speelplek met een bankje ernaast zou fijn zijn."
            ),
            "neighbourhood": "Centrum",
            "participant": "lotte",
        },
        {
            "title": "Overdekte fietsenstalling bij de supermarkt",
            "description": (
                "Fietsen staan nu overal op de stoep. "
                "Een overdekte stalling maakt het centrum netter en veiliger."
            ),
            "neighbourhood": "",
            "participant": None,
        },
    ],
    "staff_ideas": [
        {
            "title": "Betere verlichting in de steegjes",
            "description": (
                "Dit idee kwam van de wijktafel. Oudere bewoners lopen 's avonds niet graag door de steegjes. "
                "Het is er donker. Ze vragen om meer lampen."
            ),
            "neighbourhood": "Centrum",
            "source": "meeting",
        },
    ],
    "reactions": [
        {
            "idea": 0,
            "text": "Goed plan! Graag ook een paar bankjes in de schaduw.",
            "participant": "henk",
        },
        {
            "idea": 2,
            "text": "Ja, graag. Ik zoek nu elke keer een plek voor mijn fiets.",
            "participant": None,
        },
        {
            "idea": None,
            "text": "Fijn dat we mogen meedenken. Denk ook aan mensen met een rollator.",
            "participant": "kees",
        },
    ],
}

SPEELTUIN = {
    "slug": "speeltuin-geertruidenberg",
    "title": "Een nieuwe speeltuin in Geertruidenberg",
    "intro": (
        "De oude speeltuin aan de rand van de vesting is versleten. "
        "We maken samen met buurtbewoners en kinderen een nieuwe speeltuin."
    ),
    "topic": "Spelen en groen",
    "area": "Geertruidenberg",
    "body": [
        (
            "paragraph",
            "<p>De speeltoestellen zijn meer dan twintig jaar oud. "
            "Een paar toestellen hebben we al weggehaald, omdat ze niet meer veilig waren.</p>"
            "<p>Kinderen en ouders gaven hun ideeën voor de nieuwe speeltuin. "
            "Ook twee klassen van basisschool De Schakel dachten mee. "
            "Nu zetten we alle ideeën op een rij.</p>",
        ),
    ],
    "rules": {
        "participation_level": "coproduceren",
        "fixed_points": (
            "De speeltuin komt op dezelfde plek. "
            "Het budget is 45.000 euro. Alle toestellen moeten veilig zijn voor kinderen tot 12 jaar."
        ),
        "open_points": "Welke toestellen er komen, waar ze staan en hoeveel groen er komt.",
        "decision_maker": "Het college van burgemeester en wethouders",
        "decision_moment": "In {decision:maand}",
        "decision_days": 18,
        "use_of_input": (
            "We maken het ontwerp samen met een werkgroep van buurtbewoners. "
            "De ideeën met de meeste steun komen als eerste aan bod."
        ),
        "feedback_days": 30,
        "retention_days": 200,
    },
    "budget": "45000.00",
    "accepts_ideas": True,
    "accepts_reactions": True,
    "moderation": "pre",
    "phases": [
        ("announced", -120, -91, "We vertellen over de plannen voor de speeltuin."),
        ("input", -90, -31, "Kinderen en buurtbewoners geven hun ideeën."),
        ("processing", -30, 20, "De werkgroep zet alle ideeën op een rij en maakt een ontwerp."),
        ("feedback", 21, 110, "We laten zien welk ontwerp het wordt en waarom."),
        ("closed", 111, None, ""),
    ],
    "ideas": [
        {
            "title": "Een groot klimrek met een glijbaan",
            "description": "Voor oudere kinderen is er nu niets te doen. Een groot klimrek is leuk en uitdagend.",
            "neighbourhood": "Vesting",
            "participant": "ilse",
        },
        {
            "title": "Een schommel waar een rolstoel op past",
            "description": "Mijn zoon zit in een rolstoel. Hij wil ook graag schommelen met zijn vrienden.",
            "neighbourhood": "",
            "participant": "mark",
        },
        {
            "title": "Waterpomp en zandbak",
            "description": "Spelen met water en zand vinden jonge kinderen het leukst. Graag met een hek eromheen.",
            "neighbourhood": "Vesting",
            "participant": None,
        },
        {
            "title": "Bankjes en een prullenbak voor de ouders",
            "description": "Zet een paar bankjes in de schaduw. Dan kunnen ouders rustig meekijken.",
            "neighbourhood": "",
            "participant": "lotte",
        },
    ],
    "staff_ideas": [
        {
            "title": "Een voetbalveldje met kleine doelen",
            "description": "Kinderen van groep 7 schreven dit op een tekening in de klas. Ze willen na school kunnen voetballen.",
            "neighbourhood": "Vesting",
            "source": "paper",
        },
    ],
    "reactions": [
        {
            "idea": 1,
            "text": "Heel goed idee. Dan kan echt iedereen meedoen.",
            "participant": "fatima",
        },
        {
            "idea": 0,
            "text": "Graag ook iets voor peuters, niet alleen voor grote kinderen.",
            "participant": None,
        },
    ],
}

DIENSTVERLENING = {
    "slug": "dienstverleningsconcept",
    "title": "Ons dienstverleningsconcept",
    "intro": (
        "Hoe wilt u dat de gemeente u helpt? "
        "We vroegen het u. Hier leest u wat we met uw antwoorden hebben gedaan."
    ),
    "topic": "Dienstverlening",
    "area": "Hele gemeente",
    "body": [
        (
            "paragraph",
            "<p>De gemeente wil u goed helpen. Aan de balie, aan de telefoon en online. "
            "Daarom maakten we een nieuw plan voor onze dienstverlening.</p>"
            "<p>Meer dan 600 inwoners vulden de vragenlijst in. "
            "We spraken ook met inwoners in de bibliotheek en op de markt.</p>",
        ),
    ],
    "rules": {
        "participation_level": "raadplegen",
        "fixed_points": "De wet bepaalt welke producten de gemeente levert. Dat kunnen we niet veranderen.",
        "open_points": "Hoe u ons bereikt, hoe snel we antwoorden en hoe onze brieven eruitzien.",
        "decision_maker": "Het college van burgemeester en wethouders",
        "decision_moment": "In {decision:maand}",
        "decision_days": -75,
        "use_of_input": (
            "We gebruiken uw antwoorden voor het nieuwe plan. "
            "Bij elk idee schrijven we wat we ermee doen en waarom."
        ),
        "feedback_days": -55,
        "retention_days": 120,
    },
    "budget": None,
    "accepts_ideas": True,
    "accepts_reactions": True,
    "moderation": "post",
    "feedback_published_days": -60,
    "feedback_summary": (
        "<p>Bedankt voor uw hulp! U gaf ons veel goede tips.</p>"
        "<p>Wat we gaan doen:</p>"
        "<ul><li>U kunt nu ook op donderdagavond bij de Gemeentewinkel terecht, op afspraak.</li>"
        "<li>We schrijven al onze brieven in duidelijke taal.</li>"
        "<li>U krijgt binnen twee werkdagen antwoord op uw e-mail.</li></ul>"
        "<p>Hieronder leest u bij elk idee wat we ermee doen.</p>"
    ),
    "phases": [
        ("announced", -240, -211, "We vertellen waarom we uw mening vragen."),
        ("input", -210, -150, "Inwoners vullen de vragenlijst in en delen hun ideeën."),
        ("processing", -149, -61, "We lezen alle antwoorden en maken het nieuwe plan."),
        ("feedback", -60, 59, "We laten zien wat we met uw antwoorden doen."),
        ("closed", 60, None, ""),
    ],
    "ideas": [
        {
            "title": "Langer open op donderdagavond",
            "description": "Ik werk overdag. Ik kan alleen 's avonds naar het gemeentehuis.",
            "neighbourhood": "",
            "participant": "henk",
            "disposition": "adopted",
            "reason": "Op donderdag is de Gemeentewinkel nu ook 's avonds open, tot 20.00 uur. Maak wel een afspraak.",
        },
        {
            "title": "Brieven in gewone taal",
            "description": "Ik begrijp de brieven van de gemeente vaak niet. Schrijf korter en duidelijker.",
            "neighbourhood": "",
            "participant": "ilse",
            "disposition": "adopted",
            "reason": "Al onze brieven gaan naar taalniveau B1. Een taalcoach helpt de teams daarbij.",
        },
        {
            "title": "Een app van de gemeente",
            "description": "Maak een app waarin ik alles kan regelen en meldingen kan doen.",
            "neighbourhood": "",
            "participant": None,
            "disposition": "partly",
            "reason": (
                "Een eigen app is te duur. Wel maken we de website beter op de telefoon. "
                "Meldingen doet u straks ook met een foto."
            ),
        },
        {
            "title": "Gratis parkeren bij het gemeentehuis",
            "description": "Parkeren kost nu geld. Dat is niet fijn als je even iets moet ophalen.",
            "neighbourhood": "Raamsdonksveer",
            "participant": "kees",
            "disposition": "out_of_scope",
            "reason": "Dit plan gaat over onze dienstverlening. Parkeren hoort bij een ander plan. We geven uw idee door.",
        },
    ],
    "staff_ideas": [
        {
            "title": "Een vaste contactpersoon voor ouderen",
            "description": "Bij een huisbezoek vroeg een oudere inwoner om één vast persoon bij de gemeente.",
            "neighbourhood": "Raamsdonk",
            "source": "home_visit",
            "disposition": "not_adopted",
            "reason": (
                "Eén vaste persoon voor iedereen lukt niet met ons team. "
                "U kunt wel altijd een afspraak maken met een consulent van het sociaal team."
            ),
        },
    ],
    "reactions": [
        {
            "idea": 0,
            "text": "Ja, graag! Ook op zaterdagochtend zou fijn zijn.",
            "participant": "lotte",
            "disposition": "partly",
            "reason": "De donderdagavond is er nu. Voor de zaterdag hebben we te weinig mensen.",
        },
        {
            "idea": None,
            "text": "Zorg dat je ook gewoon kunt bellen en een mens aan de lijn krijgt.",
            "participant": None,
            "disposition": "adopted",
            "reason": f"U kunt ons {PHONE_HOURS['nl']} bellen. We nemen binnen 30 seconden op.",
        },
    ],
    "themes": [
        {
            "title": "Persoonlijk contact",
            "summary": "Veel mensen willen ons kunnen bellen of langskomen. Zeker ouderen vinden dat belangrijk.",
            "disposition": "adopted",
            "reason": "De balie en de telefoon blijven. We zijn ook op donderdagavond open.",
        },
        {
            "title": "Alles online regelen",
            "summary": "Jongere inwoners willen meer zaken online kunnen regelen, ook op de telefoon.",
            "disposition": "partly",
            "reason": "We zetten elk jaar meer producten online. Niet alles kan online, want soms moet u zelf komen.",
        },
    ],
}

CONSULTATIONS = [CENTRUM, SPEELTUIN, DIENSTVERLENING]
