"""Demo content of the youth section: plain data only, no Django imports.

The texts are plain Dutch at level A2/B1 and address young people as "je". ``PROPOSALS`` are
published proposals (the voting rounds in ``youth.demo.rounds`` pick from them by key);
``DUPLICATE`` is merged into the skate park proposal and ``PENDING`` waits for a youth worker.
Amounts are in euro. E-mail addresses are on example.org only. ``area`` is the title of an area
page of the neighbourhoods demo ("Hele gemeente": none).
"""

YOUTH_HOME = {
    "slug": "jongeren",
    "title": "Jongeren",
    "intro": (
        "Ben je tussen de 12 en 23 jaar? Jij weet wat er beter kan in je buurt. "
        "Doe een voorstel en stem mee!"
    ),
    "body": [
        ("heading", {"text": "Zo werkt het", "level": "h2"}),
        (
            "paragraph",
            "<p>De gemeente wil graag weten wat jongeren willen. "
            "Heb je een goed idee voor Geertruidenberg, Raamsdonksveer of Raamsdonk? "
            "Vertel het ons.</p>"
            "<ol>"
            "<li>Je doet een voorstel. Je naam hoef je niet te geven.</li>"
            "<li>Een medewerker leest je voorstel. Daarna zet zij het op de website.</li>"
            "<li>De gemeente kijkt wat je voorstel ongeveer kost.</li>"
            "<li>In een stemronde kiezen jongeren de beste voorstellen. "
            "Je stemt met een stemcode. Die krijg je op school.</li>"
            "<li>De gemeente voert de winnaars uit. Op deze pagina lees je hoe het gaat.</li>"
            "</ol>",
        ),
        ("heading", {"text": "Je privacy", "level": "h2"}),
        (
            "paragraph",
            "<p>We vragen alleen hoe oud je bent. Je e-mailadres mag je ook geven. "
            "Dan sturen we je nieuws over je voorstel. "
            "Je leeftijd en je e-mailadres zetten we nooit op de website.</p>",
        ),
    ],
}

#: Published proposals, by key. ``photo`` names a drawing the builder makes (see builder).
PROPOSALS = [
    {
        "key": "skatebaan",
        "title": "Een skatebaan in Raamsdonksveer",
        "what": (
            "Een skatebaan met een paar schansen en een rail. "
            "Bijvoorbeeld op het grasveld naast de sporthal."
        ),
        "why": (
            "Nu skaten we op de parkeerplaats bij de supermarkt. "
            "Dat is gevaarlijk en mensen klagen erover. "
            "Met een eigen plek kunnen we veilig oefenen."
        ),
        "area": "Raamsdonksveer",
        "proposer_cost": 20000,
        "cost_estimate": 45000,
        "age_band": "12-15",
        "photo": "skatebaan",
    },
    {
        "key": "pannaveld",
        "title": "Een pannaveld in Geertruidenberg",
        "what": (
            "Een klein voetbalveld met een hek eromheen. "
            "Je speelt er één tegen één of met kleine teams."
        ),
        "why": (
            "In Geertruidenberg is geen goede plek om te voetballen op straat. "
            "Een pannaveld is klein en past bijna overal. "
            "Jong en oud kan er spelen."
        ),
        "area": "Geertruidenberg",
        "proposer_cost": None,
        "cost_estimate": 30000,
        "age_band": "12-15",
    },
    {
        "key": "hangplek",
        "title": "Een hangplek met wifi",
        "what": (
            "Een plek met een dak en een paar bankjes. "
            "Met gratis wifi en een stopcontact om je telefoon op te laden."
        ),
        "why": (
            "Als het regent, kunnen we nergens heen. "
            "Thuis is niet altijd plek voor je vrienden. "
            "Zo hebben we een eigen plek en zitten we niet bij mensen voor de deur."
        ),
        "area": "Raamsdonk",
        "proposer_cost": 5000,
        "cost_estimate": 15000,
        "age_band": "16-18",
    },
    {
        "key": "prullenbakken",
        "title": "Meer prullenbakken in het park",
        "what": (
            "Meer prullenbakken langs de paden en bij de bankjes in het park. "
            "Het liefst bakken waarin je je afval kunt scheiden."
        ),
        "why": (
            "Er ligt veel zwerfafval in het park. De bakken zijn vaak vol. "
            "Met meer bakken blijft het park schoon. Dat is ook beter voor de dieren."
        ),
        "area": "Raamsdonksveer",
        "proposer_cost": 1000,
        "cost_estimate": 4000,
        "age_band": "12-15",
    },
    {
        "key": "sporten",
        "title": "Gratis sporten op vrijdagavond",
        "what": (
            "Elke vrijdagavond is de sporthal open voor jongeren. "
            "Je kunt gratis voetballen, basketballen of dansen. Er is altijd een trainer bij."
        ),
        "why": (
            "Lid worden van een club is duur. Niet iedereen kan dat betalen. "
            "Zo kan iedereen sporten. En je leert nieuwe mensen kennen."
        ),
        "area": "Hele gemeente",
        "proposer_cost": None,
        "cost_estimate": 12000,
        "age_band": "16-18",
    },
    {
        "key": "jongerencafe",
        "title": "Een jongerencafé in het centrum",
        "what": (
            "Een café voor jongeren, zonder alcohol. "
            "Met muziek, spelletjes en soms een optreden. Jongeren helpen zelf mee in het café."
        ),
        "why": (
            "In het weekend is er weinig te doen. Veel jongeren gaan naar Breda of Oosterhout. "
            "Met een eigen café blijven we in onze eigen stad."
        ),
        "area": "Geertruidenberg",
        "proposer_cost": 25000,
        "cost_estimate": 60000,
        "age_band": "19-23",
    },
    {
        "key": "fietspad",
        "title": "Licht op het fietspad naar school",
        "what": (
            "Lantaarnpalen langs het fietspad tussen Raamsdonksveer en Geertruidenberg. "
            "De lampen gaan alleen aan als er iemand langs fietst."
        ),
        "why": (
            "In de winter is het 's ochtends en 's avonds donker. "
            "Dan voel ik me niet veilig op de fiets. "
            "Met licht zie je ook gaten in de weg beter."
        ),
        "area": "Raamsdonksveer",
        "proposer_cost": None,
        "cost_estimate": 80000,
        "age_band": "16-18",
    },
    {
        "key": "moestuin",
        "title": "Een moestuin bij school",
        "what": (
            "Een moestuin naast de school, met bakken voor groente en kruiden. "
            "Leerlingen zorgen er samen voor."
        ),
        "why": (
            "Je leert waar je eten vandaan komt. En je bent lekker buiten. "
            "De groente kun je mee naar huis nemen of op school koken."
        ),
        "area": "Raamsdonk",
        "proposer_cost": 2000,
        "cost_estimate": 6000,
        "age_band": "12-15",
        "photo": "moestuin",
    },
    {
        "key": "watertappunt",
        "title": "Gratis drinkwater in de parken",
        "what": "Kranen met gratis drinkwater in de parken en bij de sportvelden.",
        "why": (
            "Als het warm is, heb je snel dorst. Dan hoef je geen flesje water te kopen. "
            "Dat is goedkoper en beter voor het milieu."
        ),
        "area": "Hele gemeente",
        "proposer_cost": None,
        "cost_estimate": 9000,
        "age_band": "12-15",
    },
    {
        "key": "graffitimuur",
        "title": "Een muur voor graffiti",
        "what": (
            "Een muur waarop jongeren graffiti mogen maken. "
            "Bijvoorbeeld bij de skatebaan of onder de brug."
        ),
        "why": (
            "Nu spuiten mensen op plekken waar het niet mag. "
            "Met een eigen muur kun je laten zien wat je kunt. "
            "En een saaie muur ziet er meteen mooier uit."
        ),
        "area": "Raamsdonksveer",
        "proposer_cost": 500,
        "cost_estimate": 3500,
        "age_band": "19-23",
    },
]

#: A second skate park proposal: a youth worker merged it into the first one.
DUPLICATE = {
    "merged_into": "skatebaan",
    "title": "Skatepark bij de sporthal",
    "what": "Een skatepark bij de sporthal in Raamsdonksveer, met een halfpipe.",
    "why": "Er is nergens een goede plek om te skaten.",
    "area": "Raamsdonksveer",
    "proposer_cost": None,
    "cost_estimate": None,
    "age_band": "12-15",
}

#: A new proposal that waits for a youth worker; the young person left an e-mail address.
PENDING = {
    "title": "Een bankje bij de bushalte",
    "what": "Een bankje en een dak bij de bushalte aan de Kerkstraat.",
    "why": "Je staat daar vaak lang te wachten. Als het regent, word je nat.",
    "area": "Raamsdonk",
    "proposer_cost": None,
    "cost_estimate": None,
    "age_band": "12-15",
    "email": "jongere.demo@example.org",
}
