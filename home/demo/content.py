"""Demo content for the website of the municipality of Geertruidenberg.

Plain data only (no Django imports). The texts are written in plain Dutch at
language level B1: short sentences, active voice, and the reader is addressed
as "u". Some pages, sections and news items carry an English translation under
the "en" key.

Names defined here:

* ``SECTIONS``: the service sections, each with its pages.
* ``NEWS``: news items, dated in days before the day the demo is built.
* ``TOP_TASKS``: links to the most-used pages ("section-slug/page-slug").
* ``LIFE_EVENTS``: tiles for life events, linking to a page or a section.
* ``HOME``: title and intro for the home page.

A body is a list of ``(block_type, value)`` tuples. Block types: "heading",
"paragraph", "accordion", "call_to_action", "contact" and "table". Prices are
indications for 2026 and may change every year.
"""

AFSPRAAK_URL = "https://www.geertruidenberg.nl/afspraak"

#: When we answer the phone. One source for the contact texts and the footer's opening hours.
PHONE_HOURS = {
    "nl": "op werkdagen van 8.30 tot 17.00 uur",
    "en": "on working days from 8.30 am to 5 pm",
}
#: The footer's opening hours: the Gemeentewinkel (as in the news about its hours) and the phone.
OPENING_HOURS = (
    "Gemeentewinkel: maandag tot en met vrijdag 8.30 tot 12.30 uur, "
    "donderdag ook 17.00 tot 20.00 uur (op afspraak)\n"
    f"Telefoon: {PHONE_HOURS['nl']}"
)
GEMEENTEWINKEL = "de Gemeentewinkel in het gemeentehuis in Raamsdonksveer"


# ---------------------------------------------------------------------------
# Afval
# ---------------------------------------------------------------------------

AFVAL = {
    "slug": "afval",
    "title": "Afval",
    "intro": (
        "Hier leest u alles over afval in onze gemeente. "
        "Bijvoorbeeld wanneer wij uw container legen en waar u grofvuil kwijt kunt."
    ),
    "team": "Team Openbare Ruimte",
    "en": {
        "title": "Waste",
        "intro": (
            "Read all about waste in our municipality. "
            "For example, when we empty your bins and where to take bulky waste."
        ),
    },
    "pages": [
        {
            "slug": "afvalkalender-en-containers",
            "title": "Afvalkalender en containers",
            "intro": (
                "In de afvalkalender ziet u wanneer wij uw containers legen. "
                "U leest hier ook welk afval in welke container hoort."
            ),
            "body": [
                ("heading", {"text": "Wanneer legen wij uw container?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Wij legen de containers op vaste dagen. Die dagen staan in de "
                    "afvalkalender. De kalender is voor elke straat anders.</p>"
                    "<p>Vul uw postcode en huisnummer in. Dan ziet u precies wanneer "
                    "wij bij u langskomen.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Hoe vaak legen wij de containers?",
                        "rows": [
                            ["Container", "Soort afval", "Hoe vaak"],
                            ["Grijs", "Restafval", "Eens per 4 weken"],
                            [
                                "Groen",
                                "Groente-, fruit- en tuinafval (gft)",
                                "Eens per 2 weken, in de zomer elke week",
                            ],
                            ["Blauw", "Oud papier en karton", "Eens per 4 weken"],
                            ["Oranje", "Plastic, blik en drinkpakken (pmd)", "Eens per 2 weken"],
                        ],
                    },
                ),
                ("heading", {"text": "Zo zet u de container goed buiten", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Zet de container voor 7.30 uur aan de straat.</li>"
                    "<li>Draai de handvatten naar uw huis.</li>"
                    "<li>Houd 1 meter ruimte rond de container.</li>"
                    "<li>Doe de deksel helemaal dicht.</li>"
                    "</ul>"
                    "<p>Haal de lege container dezelfde dag weer binnen.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "text": "Bekijk op welke dagen wij bij u het afval ophalen.",
                        "link_label": "Bekijk de afvalkalender",
                        "link_url": "https://www.geertruidenberg.nl/afvalkalender",
                    },
                ),
                (
                    "accordion",
                    {
                        "title": "Vragen over containers",
                        "items": [
                            {
                                "question": "Wij hebben mijn container niet geleegd. Wat nu?",
                                "answer": "<p>Stond de container op tijd aan de straat? Meld het "
                                "dan dezelfde dag nog. Wij komen binnen 2 werkdagen langs.</p>",
                            },
                            {
                                "question": "Kan ik een extra container krijgen?",
                                "answer": "<p>Een extra blauwe container voor papier is gratis. "
                                "Vraag die aan via het afvalformulier op onze website.</p>",
                            },
                            {
                                "question": "Waar laat ik glas en textiel?",
                                "answer": "<p>Breng glas naar een glasbak in de wijk. Textiel kunt u "
                                "kwijt in een textielcontainer. Deze bakken staan bij winkelcentra "
                                "en op andere vaste plekken.</p>",
                            },
                        ],
                    },
                ),
            ],
            "en": {
                "title": "Waste calendar and bins",
                "intro": (
                    "The waste calendar shows when we empty your bins. "
                    "You can also read which waste goes in which bin."
                ),
                "body": [
                    ("heading", {"text": "When do we empty your bin?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>We empty the bins on fixed days. You can find these days in the "
                        "waste calendar. The calendar is different for each street.</p>"
                        "<p>Enter your postcode and house number. Then you see exactly when "
                        "we come by.</p>",
                    ),
                    (
                        "table",
                        {
                            "caption": "How often do we empty the bins?",
                            "rows": [
                                ["Bin", "Type of waste", "How often"],
                                ["Grey", "General waste", "Once every 4 weeks"],
                                [
                                    "Green",
                                    "Fruit, vegetable and garden waste",
                                    "Once every 2 weeks, weekly in summer",
                                ],
                                ["Blue", "Paper and cardboard", "Once every 4 weeks"],
                                ["Orange", "Plastic, cans and drink cartons", "Once every 2 weeks"],
                            ],
                        },
                    ),
                    ("heading", {"text": "How to put your bin out", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li>Put the bin by the road before 7.30 am.</li>"
                        "<li>Turn the handles towards your house.</li>"
                        "<li>Keep 1 metre of space around the bin.</li>"
                        "<li>Close the lid completely.</li>"
                        "</ul>"
                        "<p>Take the empty bin back in on the same day.</p>",
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "See on which days we collect your waste.",
                            "link_label": "View the waste calendar",
                            "link_url": "https://www.geertruidenberg.nl/afvalkalender",
                        },
                    ),
                    (
                        "accordion",
                        {
                            "title": "Questions about bins",
                            "items": [
                                {
                                    "question": "We did not empty my bin. What now?",
                                    "answer": "<p>Was the bin by the road on time? Then report it "
                                    "on the same day. We will come within 2 working days.</p>",
                                },
                                {
                                    "question": "Can I get an extra bin?",
                                    "answer": "<p>An extra blue bin for paper is free. Request one "
                                    "with the waste form on our website.</p>",
                                },
                                {
                                    "question": "Where do I take glass and textiles?",
                                    "answer": "<p>Take glass to a bottle bank in your area. Textiles go "
                                    "in a textile container. You find these near shopping centres "
                                    "and at other fixed places.</p>",
                                },
                            ],
                        },
                    ),
                ],
            },
        },
        {
            "slug": "grofvuil-laten-ophalen",
            "title": "Grofvuil laten ophalen",
            "intro": (
                "Heeft u grote spullen die niet in de container passen? "
                "Maak een afspraak, dan halen wij het grofvuil bij u op."
            ),
            "body": [
                ("heading", {"text": "Wat is grofvuil?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Grofvuil is afval dat te groot is voor uw container. Denk aan een "
                    "bank, een matras of een kast.</p>"
                    "<p>Ook oude elektrische apparaten nemen wij mee. Geef bij uw afspraak "
                    "aan wat u wilt laten ophalen.</p>",
                ),
                ("heading", {"text": "Zo maakt u een afspraak", "level": "h2"}),
                (
                    "paragraph",
                    "<ol>"
                    "<li>Vul het online formulier in.</li>"
                    "<li>Kies een dag die u past.</li>"
                    "<li>Zet het grofvuil die ochtend voor 7.30 uur buiten.</li>"
                    "</ol>"
                    "<p>Leg de spullen netjes bij elkaar. Laat de stoep vrij voor "
                    "voetgangers.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Regels voor grofvuil",
                        "rows": [
                            ["Regel", "Wat geldt"],
                            ["Hoeveel per afspraak", "Maximaal 2 m³"],
                            ["Gewicht per stuk", "Maximaal 30 kilo"],
                            ["Hoe vaak", "Maximaal 4 keer per jaar"],
                            ["Kosten", "Zie de tarieven op onze website"],
                        ],
                    },
                ),
                (
                    "accordion",
                    {
                        "title": "Vragen over grofvuil",
                        "items": [
                            {
                                "question": "Welk afval nemen jullie niet mee?",
                                "answer": "<p>Wij nemen geen puin, asbest of autobanden mee. Breng "
                                "dit zelf naar de milieustraat.</p>",
                            },
                            {
                                "question": "Kan ik grofvuil ook zelf wegbrengen?",
                                "answer": "<p>Ja, dat kan. Breng het naar de milieustraat. Neem uw "
                                "milieupas mee.</p>",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Kies een dag waarop wij uw grofvuil ophalen.",
                        "link_label": "Maak een afspraak voor grofvuil",
                        "link_url": "https://www.geertruidenberg.nl/grofvuil",
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Vragen over afval?",
                        "text": f"Bel Team Openbare Ruimte via 14 0162. Wij helpen u {PHONE_HOURS['nl']}.",
                    },
                ),
            ],
            "en": {
                "title": "Bulky waste collection",
                "intro": (
                    "Do you have large items that do not fit in your bin? "
                    "Make an appointment and we will collect the bulky waste from your home."
                ),
                "body": [
                    ("heading", {"text": "What is bulky waste?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Bulky waste is waste that is too big for your bin. Think of a "
                        "sofa, a mattress or a cupboard.</p>"
                        "<p>We also take old electrical appliances. Tell us what you want us "
                        "to collect when you make the appointment.</p>",
                    ),
                    ("heading", {"text": "How to make an appointment", "level": "h2"}),
                    (
                        "paragraph",
                        "<ol>"
                        "<li>Fill in the online form.</li>"
                        "<li>Choose a day that suits you.</li>"
                        "<li>Put the bulky waste outside before 7.30 am on that day.</li>"
                        "</ol>"
                        "<p>Keep the items together neatly. Leave the pavement free for "
                        "people on foot.</p>",
                    ),
                    (
                        "table",
                        {
                            "caption": "Rules for bulky waste",
                            "rows": [
                                ["Rule", "What applies"],
                                ["Amount per appointment", "Up to 2 m³"],
                                ["Weight per item", "Up to 30 kilos"],
                                ["How often", "Up to 4 times a year"],
                                ["Costs", "See the rates on our website"],
                            ],
                        },
                    ),
                    (
                        "accordion",
                        {
                            "title": "Questions about bulky waste",
                            "items": [
                                {
                                    "question": "Which waste do you not take?",
                                    "answer": "<p>We do not take rubble, asbestos or car tyres. Take "
                                    "these to the recycling centre yourself.</p>",
                                },
                                {
                                    "question": "Can I take bulky waste away myself?",
                                    "answer": "<p>Yes, you can. Take it to the recycling centre. "
                                    "Bring your waste pass.</p>",
                                },
                            ],
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Choose a day for us to collect your bulky waste.",
                            "link_label": "Book a bulky waste collection",
                            "link_url": "https://www.geertruidenberg.nl/grofvuil",
                        },
                    ),
                    (
                        "contact",
                        {
                            "title": "Questions about waste?",
                            "text": f"Call Team Openbare Ruimte on 14 0162. We can help you {PHONE_HOURS['en']}.",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "milieustraat",
            "title": "Milieustraat",
            "intro": (
                "Bij de milieustraat brengt u afval dat niet in de container past. "
                "Veel soorten afval kunt u er gratis kwijt."
            ),
            "body": [
                ("heading", {"text": "Wat kunt u naar de milieustraat brengen?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>U kunt veel soorten afval bij de milieustraat kwijt. Sorteer het "
                    "afval thuis al. Dat scheelt tijd.</p>"
                    "<ul>"
                    "<li>hout en snoeiafval</li>"
                    "<li>metaal</li>"
                    "<li>elektrische apparaten</li>"
                    "<li>puin en bouwafval</li>"
                    "<li>verf en ander chemisch afval</li>"
                    "</ul>",
                ),
                (
                    "table",
                    {
                        "caption": "Wat kost het?",
                        "rows": [
                            ["Soort afval", "Kosten"],
                            ["Elektrische apparaten", "Gratis"],
                            ["Metaal, papier en textiel", "Gratis"],
                            ["Klein chemisch afval", "Gratis"],
                            ["Puin en bouwafval", "U betaalt per kilo"],
                            ["Asbest, goed verpakt", "Gratis, tot 35 m²"],
                        ],
                    },
                ),
                ("heading", {"text": "Openingstijden en milieupas", "level": "h2"}),
                (
                    "paragraph",
                    "<p>De milieustraat is open van dinsdag tot en met zaterdag. Kijk voor "
                    "de actuele tijden op onze website.</p>"
                    "<p>Neem altijd uw milieupas mee. Bent u de pas kwijt? Vraag dan een "
                    "nieuwe aan.</p>",
                ),
                (
                    "accordion",
                    {
                        "title": "Vragen over de milieustraat",
                        "items": [
                            {
                                "question": "Mag ik met een aanhanger komen?",
                                "answer": "<p>Ja, met een gewone aanhanger mag u komen. Bedrijven "
                                "kunnen hier geen afval kwijt.</p>",
                            },
                            {
                                "question": "Hoe lever ik asbest in?",
                                "answer": "<p>Pak asbest goed in met dik plastic. Plak het plastic "
                                "dicht met tape. Meld u daarna bij de medewerker.</p>",
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "container-kapot-of-kwijt",
            "title": "Container kapot of kwijt",
            "intro": (
                "Is uw container kapot, kwijt of gestolen? "
                "Meld het bij ons, dan zorgen wij voor een oplossing."
            ),
            "body": [
                ("heading", {"text": "Kapotte container melden", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Is de deksel, een wiel of de bak kapot? Meld dit via het formulier "
                    "op onze website. Wij repareren de container meestal binnen 2 weken.</p>"
                    "<p>Ging de container stuk bij het legen? Dan betaalt u niets.</p>",
                ),
                ("heading", {"text": "Container kwijt of gestolen", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Zoek eerst goed in uw buurt. Soms zet een buurman de container per "
                    "ongeluk bij zijn eigen huis.</p>"
                    "<p>Vindt u de container niet terug? Meld het dan bij ons. U krijgt een "
                    "nieuwe container. Soms betaalt u daarvoor een bedrag.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "text": "Meld een kapotte of verdwenen container online.",
                        "link_label": "Meld uw container",
                        "link_url": "https://www.geertruidenberg.nl/container-melden",
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Liever bellen?",
                        "text": "Bel ons via 14 0162. Houd uw postcode en huisnummer bij de hand.",
                    },
                ),
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# Paspoort en ID-kaart
# ---------------------------------------------------------------------------

PASPOORT = {
    "slug": "paspoort-en-id-kaart",
    "title": "Paspoort en ID-kaart",
    "intro": (
        "Hier leest u hoe u een paspoort of ID-kaart aanvraagt. "
        "Ook leest u wat u doet als uw document kwijt is."
    ),
    "team": "Team Burgerzaken",
    "en": {
        "title": "Passport and ID card",
        "intro": (
            "Read how to apply for a passport or ID card. "
            "You can also read what to do if you lose your document."
        ),
    },
    "pages": [
        {
            "slug": "paspoort-aanvragen",
            "title": "Paspoort aanvragen",
            "intro": (
                "U vraagt een paspoort aan bij de Gemeentewinkel. "
                "Maak eerst een afspraak en neem een goede pasfoto mee."
            ),
            "body": [
                ("heading", {"text": "Zo vraagt u een paspoort aan", "level": "h2"}),
                (
                    "paragraph",
                    "<ol>"
                    "<li>Maak online een afspraak.</li>"
                    "<li>Laat een goede pasfoto maken.</li>"
                    "<li>Kom op tijd naar de Gemeentewinkel.</li>"
                    "<li>Haal uw paspoort na ongeveer 5 werkdagen op.</li>"
                    "</ol>"
                    "<p>U komt zelf naar de Gemeentewinkel. Wij nemen dan ook uw "
                    "vingerafdrukken af.</p>",
                ),
                ("heading", {"text": "Wat neemt u mee?", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>een pasfoto van hooguit 6 maanden oud</li>"
                    "<li>uw oude paspoort, als u dat heeft</li>"
                    "<li>een pinpas om te betalen</li>"
                    "</ul>",
                ),
                (
                    "table",
                    {
                        "caption": "Wat kost een paspoort in 2026?",
                        "rows": [
                            ["Leeftijd", "Geldig", "Kosten"],
                            ["18 jaar en ouder", "10 jaar", "ongeveer € 84"],
                            ["Jonger dan 18 jaar", "5 jaar", "ongeveer € 63"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Deze bedragen zijn een schatting. De prijzen kunnen elk jaar "
                    'veranderen. Op <a href="https://www.rijksoverheid.nl">rijksoverheid.nl</a> '
                    "vindt u de landelijke tarieven.</p>",
                ),
                (
                    "accordion",
                    {
                        "title": "Veelgestelde vragen",
                        "items": [
                            {
                                "question": "Mijn kind is jonger dan 18. Wat moet ik doen?",
                                "answer": "<p>Uw kind komt zelf mee naar de afspraak. Beide ouders "
                                "met gezag geven toestemming. Dat doet u met een "
                                "toestemmingsformulier.</p>",
                            },
                            {
                                "question": "Kan iemand anders mijn paspoort ophalen?",
                                "answer": "<p>Ja, dat kan. Geef bij de aanvraag aan wie het paspoort "
                                "ophaalt. Deze persoon neemt een eigen identiteitsbewijs mee.</p>",
                            },
                            {
                                "question": "Kan ik met een verlopen paspoort reizen?",
                                "answer": "<p>Nee, dat kan niet. Kijk ruim voor uw reis naar de datum "
                                "in uw paspoort. Sommige landen willen dat het nog 6 maanden "
                                "geldig is.</p>",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Maak een afspraak om uw paspoort aan te vragen.",
                        "link_label": "Maak een afspraak",
                        "link_url": AFSPRAAK_URL,
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Vragen over uw paspoort?",
                        "text": "Bel Team Burgerzaken via 14 0162. U kunt ook langskomen bij "
                        + GEMEENTEWINKEL
                        + ".",
                    },
                ),
            ],
            "en": {
                "title": "Applying for a passport",
                "intro": (
                    "You apply for a passport at the Gemeentewinkel (municipal service desk). "
                    "Make an appointment first and bring a good passport photo."
                ),
                "body": [
                    ("heading", {"text": "How to apply for a passport", "level": "h2"}),
                    (
                        "paragraph",
                        "<ol>"
                        "<li>Make an appointment online.</li>"
                        "<li>Have a good passport photo taken.</li>"
                        "<li>Come to the Gemeentewinkel on time.</li>"
                        "<li>Collect your passport after about 5 working days.</li>"
                        "</ol>"
                        "<p>You must come in person. We will also take your "
                        "fingerprints.</p>",
                    ),
                    ("heading", {"text": "What to bring", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li>a passport photo that is no more than 6 months old</li>"
                        "<li>your old passport, if you have one</li>"
                        "<li>a debit card to pay</li>"
                        "</ul>",
                    ),
                    (
                        "table",
                        {
                            "caption": "What does a passport cost in 2026?",
                            "rows": [
                                ["Age", "Valid for", "Costs"],
                                ["18 and older", "10 years", "about € 84"],
                                ["Under 18", "5 years", "about € 63"],
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        "<p>These amounts are an estimate. Prices may change every year. "
                        "You can find the national rates on "
                        '<a href="https://www.rijksoverheid.nl">rijksoverheid.nl</a>.</p>',
                    ),
                    (
                        "accordion",
                        {
                            "title": "Frequently asked questions",
                            "items": [
                                {
                                    "question": "My child is under 18. What do I need to do?",
                                    "answer": "<p>Your child comes to the appointment in person. "
                                    "Both parents with parental authority give permission. You do "
                                    "this with a consent form.</p>",
                                },
                                {
                                    "question": "Can someone else collect my passport?",
                                    "answer": "<p>Yes. When you apply, tell us who will collect it. "
                                    "That person brings their own ID.</p>",
                                },
                                {
                                    "question": "Can I travel with an expired passport?",
                                    "answer": "<p>No, you cannot. Check the date in your passport well "
                                    "before your trip. Some countries want it to be valid for 6 more "
                                    "months.</p>",
                                },
                            ],
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Make an appointment to apply for your passport.",
                            "link_label": "Make an appointment",
                            "link_url": AFSPRAAK_URL,
                        },
                    ),
                    (
                        "contact",
                        {
                            "title": "Questions about your passport?",
                            "text": "Call Team Burgerzaken on 14 0162. You can also visit the "
                            "Gemeentewinkel in the town hall in Raamsdonksveer.",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "id-kaart-aanvragen",
            "title": "ID-kaart aanvragen",
            "intro": (
                "Met een ID-kaart laat u zien wie u bent. U kunt er ook mee reizen binnen Europa."
            ),
            "body": [
                ("heading", {"text": "Wanneer heeft u een ID-kaart nodig?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Vanaf 14 jaar moet iedereen zich kunnen legitimeren. Dat kan met een "
                    "ID-kaart, paspoort of rijbewijs.</p>"
                    "<p>Met een ID-kaart reist u in de landen van de Europese Unie. Voor "
                    "andere landen heeft u vaak een paspoort nodig.</p>",
                ),
                ("heading", {"text": "Aanvragen en ophalen", "level": "h2"}),
                (
                    "paragraph",
                    "<p>U vraagt de ID-kaart aan in de Gemeentewinkel. Maak daarvoor eerst "
                    "een afspraak. Neem een goede pasfoto en uw oude ID-kaart mee.</p>"
                    "<p>Na ongeveer 5 werkdagen ligt de kaart klaar. U haalt hem zelf op.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Wat kost een ID-kaart in 2026?",
                        "rows": [
                            ["Leeftijd", "Geldig", "Kosten"],
                            ["18 jaar en ouder", "10 jaar", "ongeveer € 77"],
                            ["Jonger dan 18 jaar", "5 jaar", "ongeveer € 43"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Prijzen kunnen elk jaar veranderen. U betaalt bij de aanvraag met "
                    "uw pinpas.</p>",
                ),
                (
                    "accordion",
                    {
                        "title": "Vragen over de ID-kaart",
                        "items": [
                            {
                                "question": "Staan mijn vingerafdrukken op de ID-kaart?",
                                "answer": "<p>Ja. Sinds 2021 staan er 2 vingerafdrukken in de chip. "
                                "Bij kinderen onder de 12 doen wij dat niet.</p>",
                            },
                            {
                                "question": "Heeft mijn kind toestemming nodig?",
                                "answer": "<p>Is uw kind jonger dan 12? Dan geeft een ouder met "
                                "gezag toestemming. Vanaf 12 jaar is dat niet nodig.</p>",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Vraag uw ID-kaart aan bij de Gemeentewinkel.",
                        "link_label": "Maak een afspraak",
                        "link_url": AFSPRAAK_URL,
                    },
                ),
            ],
        },
        {
            "slug": "kwijt-of-gestolen",
            "title": "Paspoort of ID-kaart kwijt of gestolen",
            "intro": (
                "Bent u uw paspoort of ID-kaart kwijt, of is het gestolen? "
                "Meld dit zo snel mogelijk bij de gemeente."
            ),
            "body": [
                ("heading", {"text": "Waarom moet u het melden?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Iemand anders kan uw document misbruiken. Na uw melding maken wij het "
                    "document ongeldig. Dan kan niemand er meer mee reizen.</p>",
                ),
                ("heading", {"text": "Zo meldt u het", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Maak een afspraak bij de Gemeentewinkel. Daar meldt u het verlies en "
                    "vraagt u meteen een nieuw document aan. Neem een pasfoto mee.</p>"
                    "<p>Is uw document gestolen? Dan kunt u ook aangifte doen bij de "
                    "politie.</p>",
                ),
                ("heading", {"text": "Kwijt in het buitenland?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Meld het verlies bij de lokale politie. Neem daarna contact op met de "
                    "Nederlandse ambassade of het consulaat. Daar kunt u een noodpaspoort "
                    "aanvragen.</p>"
                    "<p>Meer hulp vindt u op "
                    '<a href="https://www.nederlandwereldwijd.nl">nederlandwereldwijd.nl</a>.</p>',
                ),
                (
                    "accordion",
                    {
                        "title": "Veelgestelde vragen",
                        "items": [
                            {
                                "question": "Ik heb mijn oude document teruggevonden. Mag ik het nog gebruiken?",
                                "answer": "<p>Nee. Na uw melding is het document ongeldig. Breng het "
                                "naar de Gemeentewinkel. Wij vernietigen het voor u.</p>",
                            },
                            {
                                "question": "Kost een nieuw document extra geld?",
                                "answer": "<p>U betaalt de normale prijs voor een nieuw paspoort of "
                                "nieuwe ID-kaart. Heeft u het binnen een week nodig? Dan betaalt u "
                                "ook de kosten voor spoed.</p>",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Meld uw verloren document bij de Gemeentewinkel.",
                        "link_label": "Maak een afspraak",
                        "link_url": AFSPRAAK_URL,
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Heeft u haast?",
                        "text": "Bel Team Burgerzaken via 14 0162. Samen kijken wij wat mogelijk is.",
                    },
                ),
            ],
            "en": {
                "title": "Passport or ID card lost or stolen",
                "intro": (
                    "Have you lost your passport or ID card, or was it stolen? "
                    "Report this to the municipality as soon as possible."
                ),
                "body": [
                    ("heading", {"text": "Why must you report it?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Someone else could misuse your document. After your report, we make "
                        "the document invalid. Then nobody can travel with it.</p>",
                    ),
                    ("heading", {"text": "How to report it", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Make an appointment at the Gemeentewinkel. There you report the loss "
                        "and apply for a new document straight away. Bring a passport "
                        "photo.</p>"
                        "<p>Was your document stolen? You can also report the theft to the "
                        "police.</p>",
                    ),
                    ("heading", {"text": "Lost abroad?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Report the loss to the local police. Then contact the Dutch embassy "
                        "or consulate. They can give you an emergency passport.</p>"
                        "<p>You can find more help on "
                        '<a href="https://www.netherlandsworldwide.nl">netherlandsworldwide.nl</a>.</p>',
                    ),
                    (
                        "accordion",
                        {
                            "title": "Frequently asked questions",
                            "items": [
                                {
                                    "question": "I found my old document again. Can I still use it?",
                                    "answer": "<p>No. After your report, the document is invalid. "
                                    "Bring it to the Gemeentewinkel. We will destroy it for you.</p>",
                                },
                                {
                                    "question": "Does a new document cost extra?",
                                    "answer": "<p>You pay the normal price for a new passport or ID "
                                    "card. Do you need it within a week? Then you also pay the fee "
                                    "for a rush application.</p>",
                                },
                            ],
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Report your lost document at the Gemeentewinkel.",
                            "link_label": "Make an appointment",
                            "link_url": AFSPRAAK_URL,
                        },
                    ),
                    (
                        "contact",
                        {
                            "title": "In a hurry?",
                            "text": "Call Team Burgerzaken on 14 0162. Together we will see what "
                            "is possible.",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "spoedaanvraag",
            "title": "Spoedaanvraag paspoort of ID-kaart",
            "intro": (
                "Heeft u snel een nieuw paspoort of nieuwe ID-kaart nodig? "
                "Met een spoedaanvraag heeft u uw document meestal de volgende werkdag."
            ),
            "body": [
                ("heading", {"text": "Hoe werkt een spoedaanvraag?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Vraag uw document op een werkdag voor 12.00 uur aan. Dan ligt het "
                    "meestal de volgende werkdag klaar. Een spoedaanvraag kost wel extra "
                    "geld.</p>"
                    "<p>Bel ons eerst. Dan zoeken wij samen een afspraak op dezelfde dag.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Wat kost een spoedaanvraag in 2026?",
                        "rows": [
                            ["Document", "Normale prijs", "Extra voor spoed"],
                            ["Paspoort (18 jaar en ouder)", "ongeveer € 84", "ongeveer € 58"],
                            ["ID-kaart (18 jaar en ouder)", "ongeveer € 77", "ongeveer € 58"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Prijzen kunnen elk jaar veranderen. U betaalt alles bij de aanvraag.</p>",
                ),
                ("heading", {"text": "Nog sneller nodig?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Vertrekt u binnen 2 dagen op reis? Dan kunt u soms een noodpaspoort "
                    "krijgen. Dat regelt u bij de "
                    '<a href="https://www.marechaussee.nl">Koninklijke Marechaussee</a> op '
                    "een grote luchthaven.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "text": "Maak een spoedafspraak bij de Gemeentewinkel.",
                        "link_label": "Maak een spoedafspraak",
                        "link_url": AFSPRAAK_URL,
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Spoed?",
                        "text": "Bel Team Burgerzaken via 14 0162. Wij zoeken samen met u een "
                        "snelle afspraak.",
                    },
                ),
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# Verhuizen
# ---------------------------------------------------------------------------

VERHUIZEN = {
    "slug": "verhuizen",
    "title": "Verhuizen",
    "intro": "Gaat u verhuizen? Geef uw nieuwe adres op tijd aan ons door.",
    "team": "Team Burgerzaken",
    "en": {
        "title": "Moving house",
        "intro": "Are you moving? Tell us your new address on time.",
    },
    "pages": [
        {
            "slug": "verhuizing-doorgeven",
            "title": "Verhuizing doorgeven",
            "intro": (
                "Gaat u verhuizen binnen of naar de gemeente Geertruidenberg? "
                "Geef uw verhuizing dan online door met DigiD."
            ),
            "body": [
                ("heading", {"text": "Wanneer geeft u uw verhuizing door?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>U kunt uw verhuizing vanaf 4 weken voor de verhuisdatum doorgeven. "
                    "Doe het uiterlijk 5 dagen na de verhuizing.</p>"
                    "<p>Bent u te laat? Dan kunt u een boete krijgen. Ook kunnen er fouten "
                    "ontstaan in uw toeslagen of uitkering.</p>",
                ),
                ("heading", {"text": "Zo geeft u uw verhuizing door", "level": "h2"}),
                (
                    "paragraph",
                    "<ol>"
                    '<li>Log in met uw <a href="https://www.digid.nl">DigiD</a>.</li>'
                    "<li>Vul uw nieuwe adres en de verhuisdatum in.</li>"
                    "<li>Geef aan wie er met u meeverhuist.</li>"
                    "<li>Controleer alles en verstuur het formulier.</li>"
                    "</ol>"
                    "<p>Binnen 5 werkdagen krijgt u een bevestiging.</p>",
                ),
                ("heading", {"text": "Geen DigiD?", "level": "h3"}),
                (
                    "paragraph",
                    "<p>Heeft u nog geen DigiD? Vraag die aan op "
                    '<a href="https://www.digid.nl">digid.nl</a>. U kunt ook een afspraak '
                    "maken bij de Gemeentewinkel.</p>",
                ),
                (
                    "accordion",
                    {
                        "title": "Veelgestelde vragen",
                        "items": [
                            {
                                "question": "Kan ik de verhuizing doorgeven voor mijn hele gezin?",
                                "answer": "<p>Ja, dat kan. U geeft de verhuizing voor iedereen "
                                "tegelijk door. Kinderen vanaf 16 jaar mogen dit ook zelf doen.</p>",
                            },
                            {
                                "question": "Moet ik mijn nieuwe adres ook aan andere organisaties doorgeven?",
                                "answer": "<p>Soms wel. Wij geven uw adres door aan bijvoorbeeld de "
                                "Belastingdienst en het UWV. Uw bank, verzekeraar en energiebedrijf "
                                "laat u het zelf weten.</p>",
                            },
                            {
                                "question": "Ik verhuis naar een andere gemeente. Wat moet ik doen?",
                                "answer": "<p>Geef uw verhuizing door aan uw nieuwe gemeente. Die "
                                "gemeente laat het ons weten.</p>",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Geef uw verhuizing online door met DigiD.",
                        "link_label": "Geef uw verhuizing door",
                        "link_url": "https://www.geertruidenberg.nl/verhuizen",
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Hulp nodig?",
                        "text": "Lukt het niet online? Bel Team Burgerzaken via 14 0162.",
                    },
                ),
            ],
            "en": {
                "title": "Reporting a change of address",
                "intro": (
                    "Are you moving within or to the municipality of Geertruidenberg? "
                    "Report your move online with DigiD."
                ),
                "body": [
                    ("heading", {"text": "When do you report your move?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>You can report your move from 4 weeks before the moving date. Do it "
                        "no later than 5 days after you move.</p>"
                        "<p>Are you too late? Then you may get a fine. Your benefits or "
                        "allowances may also go wrong.</p>",
                    ),
                    ("heading", {"text": "How to report your move", "level": "h2"}),
                    (
                        "paragraph",
                        "<ol>"
                        '<li>Log in with your <a href="https://www.digid.nl">DigiD</a>.</li>'
                        "<li>Fill in your new address and the moving date.</li>"
                        "<li>Tell us who is moving with you.</li>"
                        "<li>Check everything and send the form.</li>"
                        "</ol>"
                        "<p>You will get a confirmation within 5 working days.</p>",
                    ),
                    ("heading", {"text": "No DigiD?", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Do you not have DigiD yet? Apply for it on "
                        '<a href="https://www.digid.nl">digid.nl</a>. You can also make an '
                        "appointment at the Gemeentewinkel.</p>",
                    ),
                    (
                        "accordion",
                        {
                            "title": "Frequently asked questions",
                            "items": [
                                {
                                    "question": "Can I report the move for my whole family?",
                                    "answer": "<p>Yes, you can. You report the move for everyone at "
                                    "once. Children aged 16 and older may also do it themselves.</p>",
                                },
                                {
                                    "question": "Do I need to give my new address to other organisations?",
                                    "answer": "<p>Sometimes. We pass your address on to, for example, "
                                    "the Tax Administration and UWV. You tell your bank, insurer and "
                                    "energy company yourself.</p>",
                                },
                                {
                                    "question": "I am moving to another municipality. What do I do?",
                                    "answer": "<p>Report your move to your new municipality. They "
                                    "will let us know.</p>",
                                },
                            ],
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Report your move online with DigiD.",
                            "link_label": "Report your move",
                            "link_url": "https://www.geertruidenberg.nl/verhuizen",
                        },
                    ),
                    (
                        "contact",
                        {
                            "title": "Need help?",
                            "text": "Is it not working online? Call Team Burgerzaken on 14 0162.",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "verhuizen-naar-het-buitenland",
            "title": "Verhuizen naar het buitenland",
            "intro": (
                "Gaat u langer dan 8 maanden in het buitenland wonen? Dan geeft u dit aan ons door."
            ),
            "body": [
                ("heading", {"text": "Wanneer geeft u het door?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Woont u binnen 1 jaar meer dan 8 maanden in het buitenland? Dan meldt "
                    "u uw vertrek bij de gemeente. Dat doet u in de 5 dagen voor uw "
                    "vertrek.</p>"
                    "<p>Na uw melding schrijven wij u uit. Uw gegevens komen dan in de "
                    "Registratie Niet-ingezetenen (RNI).</p>",
                ),
                ("heading", {"text": "Zo meldt u uw vertrek", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Geef uw vertrek online door met DigiD. Lukt dat niet? Maak dan een "
                    "afspraak bij de Gemeentewinkel.</p>"
                    "<p>Houd uw nieuwe adres in het buitenland bij de hand. Weet u dat nog "
                    "niet? Dan geeft u het land door.</p>",
                ),
                ("heading", {"text": "Waar moet u nog meer aan denken?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Regel ook deze zaken op tijd:</p>"
                    "<ul>"
                    "<li>uw zorgverzekering</li>"
                    "<li>AOW en pensioen</li>"
                    "<li>belasting in Nederland</li>"
                    "<li>uw stemrecht bij verkiezingen</li>"
                    "</ul>"
                    "<p>Kijk voor meer informatie op "
                    '<a href="https://www.nederlandwereldwijd.nl">nederlandwereldwijd.nl</a> en '
                    '<a href="https://www.belastingdienst.nl">belastingdienst.nl</a>.</p>',
                ),
                (
                    "accordion",
                    {
                        "title": "Vragen over emigreren",
                        "items": [
                            {
                                "question": "Wat gebeurt er met mijn paspoort?",
                                "answer": "<p>Uw paspoort blijft gewoon geldig. Een nieuw paspoort "
                                "vraagt u later aan bij de ambassade. Soms kan dat ook in een "
                                "grensgemeente.</p>",
                            },
                            {
                                "question": "Ik kom terug naar Nederland. Wat moet ik doen?",
                                "answer": "<p>Kom binnen 5 dagen na aankomst naar de Gemeentewinkel. "
                                "Neem uw paspoort of ID-kaart mee. Wij schrijven u dan weer in.</p>",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Geef uw vertrek naar het buitenland op tijd door.",
                        "link_label": "Meld uw vertrek",
                        "link_url": "https://www.geertruidenberg.nl/emigreren",
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Vragen over emigreren?",
                        "text": "Bel Team Burgerzaken via 14 0162.",
                    },
                ),
            ],
            "en": {
                "title": "Moving abroad",
                "intro": (
                    "Are you going to live abroad for more than 8 months? Then you must tell us."
                ),
                "body": [
                    ("heading", {"text": "When do you report it?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Will you live abroad for more than 8 months within 1 year? Then you "
                        "report your departure to the municipality. You do this in the 5 days "
                        "before you leave.</p>"
                        "<p>After your report, we remove you from our register. Your details "
                        "then go into the Non-residents Records Database (RNI).</p>",
                    ),
                    ("heading", {"text": "How to report your departure", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Report your departure online with DigiD. Is that not working? Then "
                        "make an appointment at the Gemeentewinkel.</p>"
                        "<p>Have your new address abroad ready. Do you not know it yet? Then "
                        "give us the country.</p>",
                    ),
                    ("heading", {"text": "What else should you think of?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Arrange these things on time as well:</p>"
                        "<ul>"
                        "<li>your health insurance</li>"
                        "<li>state pension (AOW) and pension</li>"
                        "<li>tax in the Netherlands</li>"
                        "<li>your right to vote in elections</li>"
                        "</ul>"
                        "<p>For more information, see "
                        '<a href="https://www.netherlandsworldwide.nl">netherlandsworldwide.nl</a> and '
                        '<a href="https://www.belastingdienst.nl">belastingdienst.nl</a>.</p>',
                    ),
                    (
                        "accordion",
                        {
                            "title": "Questions about emigrating",
                            "items": [
                                {
                                    "question": "What happens to my passport?",
                                    "answer": "<p>Your passport stays valid. You apply for a new "
                                    "one later at the embassy. Sometimes you can also do this in a "
                                    "border municipality.</p>",
                                },
                                {
                                    "question": "I am coming back to the Netherlands. What do I do?",
                                    "answer": "<p>Come to the Gemeentewinkel within 5 days after you "
                                    "arrive. Bring your passport or ID card. We will then register "
                                    "you again.</p>",
                                },
                            ],
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Report your move abroad on time.",
                            "link_label": "Report your departure",
                            "link_url": "https://www.geertruidenberg.nl/emigreren",
                        },
                    ),
                    (
                        "contact",
                        {
                            "title": "Questions about emigrating?",
                            "text": "Call Team Burgerzaken on 14 0162.",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "adresonderzoek",
            "title": "Adresonderzoek",
            "intro": (
                "Woont iemand niet meer op het adres waar hij ingeschreven staat? "
                "Meld dit bij ons, dan doen wij een adresonderzoek."
            ),
            "body": [
                ("heading", {"text": "Wanneer doen wij een adresonderzoek?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>De gegevens in de Basisregistratie Personen (BRP) moeten kloppen. "
                    "Krijgt u post voor iemand die niet bij u woont? Dan kunt u dat bij ons "
                    "melden.</p>"
                    "<p>Ook andere organisaties laten het ons weten als een adres niet klopt. "
                    "Bijvoorbeeld de Belastingdienst of een woningcorporatie.</p>",
                ),
                ("heading", {"text": "Hoe gaat een adresonderzoek?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Wij sturen een brief naar de persoon. Ook kijken wij in andere "
                    "registers. Soms komt een medewerker langs op het adres.</p>"
                    "<p>Het onderzoek duurt meestal een paar weken.</p>",
                ),
                ("heading", {"text": "Wat zijn de gevolgen?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Vinden wij het nieuwe adres niet? Dan schrijven wij de persoon uit. "
                    "In de BRP staat dan: vertrokken, onbekend waarheen.</p>"
                    "<p>Dit heeft grote gevolgen. De persoon krijgt bijvoorbeeld geen "
                    "toeslagen of uitkering meer. Een nieuw paspoort aanvragen kan dan ook "
                    "niet.</p>",
                ),
                (
                    "accordion",
                    {
                        "title": "Vragen over adresonderzoek",
                        "items": [
                            {
                                "question": "Hoort de persoon dat ik de melding deed?",
                                "answer": "<p>Nee. Wij noemen uw naam niet. Uw melding blijft "
                                "vertrouwelijk.</p>",
                            },
                            {
                                "question": "Ik krijg post voor de vorige bewoner. Wat doe ik?",
                                "answer": "<p>Schrijf op de envelop: verhuisd. Doe de brief daarna "
                                "terug in een brievenbus van PostNL.</p>",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Meld een adres dat niet klopt.",
                        "link_label": "Meld een onjuist adres",
                        "link_url": "https://www.geertruidenberg.nl/adresonderzoek",
                    },
                ),
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# Geboorte, trouwen en overlijden
# ---------------------------------------------------------------------------

BURGERZAKEN = {
    "slug": "burgerzaken",
    "title": "Geboorte, trouwen en overlijden",
    "intro": (
        "Een kind krijgen, trouwen of iemand verliezen: dit zijn grote momenten. "
        "Hier leest u wat u dan bij de gemeente regelt."
    ),
    "team": "Team Burgerzaken",
    "pages": [
        {
            "slug": "geboorte-aangifte",
            "title": "Geboorte aangeven",
            "intro": ("Is uw kind geboren? Doe dan binnen 3 dagen aangifte van de geboorte."),
            "body": [
                ("heading", {"text": "Wanneer en waar?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>U doet aangifte binnen 3 dagen na de geboorte. Valt er een weekend "
                    "of feestdag in die 3 dagen? Dan heeft u 1 dag langer.</p>"
                    "<p>U doet aangifte in de gemeente waar uw kind geboren is. Is uw kind "
                    "in een ziekenhuis in een andere gemeente geboren? Dan doet u daar "
                    "aangifte.</p>",
                ),
                ("heading", {"text": "Wie doet aangifte?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Meestal doet een van de ouders aangifte. Iemand anders die bij de "
                    "geboorte was, mag het ook doen.</p>"
                    "<p>Is uw kind thuis geboren? Maak dan een afspraak bij de "
                    "Gemeentewinkel.</p>",
                ),
                ("heading", {"text": "Wat neemt u mee?", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>uw eigen paspoort of ID-kaart</li>"
                    "<li>de verklaring van de verloskundige of het ziekenhuis</li>"
                    "<li>een akte van erkenning, als u die heeft</li>"
                    "</ul>",
                ),
                (
                    "accordion",
                    {
                        "title": "Veelgestelde vragen",
                        "items": [
                            {
                                "question": "Wij zijn niet getrouwd. Wat moeten wij regelen?",
                                "answer": "<p>De partner erkent het kind het liefst al voor de "
                                "geboorte. Maak daarvoor een afspraak bij de Gemeentewinkel. Dit "
                                "is gratis.</p>",
                            },
                            {
                                "question": "Welke achternaam krijgt mijn kind?",
                                "answer": "<p>Bij het eerste kind kiest u de achternaam. Dat kan de "
                                "naam van een van beide ouders zijn. Alle volgende kinderen krijgen "
                                "dezelfde achternaam.</p>",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Doe aangifte van de geboorte van uw kind.",
                        "link_label": "Maak een afspraak",
                        "link_url": AFSPRAAK_URL,
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Vragen over geboorteaangifte?",
                        "text": "Bel Team Burgerzaken via 14 0162.",
                    },
                ),
            ],
        },
        {
            "slug": "trouwen",
            "title": "Trouwen of geregistreerd partnerschap",
            "intro": (
                "Gaat u trouwen of een geregistreerd partnerschap aangaan? "
                "Meld dit minimaal 2 weken van tevoren bij ons."
            ),
            "body": [
                ("heading", {"text": "Uw huwelijk melden", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Meld uw huwelijk minimaal 2 weken en maximaal 1 jaar van tevoren. Dat "
                    "doet u online met DigiD.</p>"
                    "<p>Woont een van u in het buitenland? Maak dan een afspraak bij de "
                    "Gemeentewinkel.</p>",
                ),
                ("heading", {"text": "De ceremonie", "level": "h2"}),
                (
                    "paragraph",
                    "<p>U kiest zelf een datum, tijd en plek. Trouwen kan in het gemeentehuis "
                    "of op een andere mooie locatie. Ook de trouwambtenaar mag u zelf "
                    "kiezen.</p>"
                    "<p>U heeft 2 tot 4 getuigen nodig. Zij zijn 18 jaar of ouder.</p>",
                ),
                (
                    "paragraph",
                    "<p>Op vaste momenten kunt u gratis trouwen in het gemeentehuis. Een "
                    "ceremonie op een ander moment kost geld. De tarieven staan op onze "
                    "website en kunnen elk jaar veranderen.</p>",
                ),
                (
                    "accordion",
                    {
                        "title": "Veelgestelde vragen",
                        "items": [
                            {
                                "question": "Wat is het verschil tussen trouwen en partnerschap?",
                                "answer": "<p>De rechten en plichten zijn bijna hetzelfde. Een "
                                "partnerschap kunt u soms zonder rechtbank beëindigen. Voor een "
                                "scheiding gaat u altijd naar de rechtbank.</p>",
                            },
                            {
                                "question": "Wij trouwen in het buitenland. Wat moeten wij regelen?",
                                "answer": "<p>Laat het huwelijk daarna ook in Nederland inschrijven. "
                                "Kijk voor de regels op "
                                '<a href="https://www.nederlandwereldwijd.nl">nederlandwereldwijd.nl</a>.</p>',
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Meld uw huwelijk of partnerschap online.",
                        "link_label": "Meld uw huwelijk",
                        "link_url": "https://www.geertruidenberg.nl/trouwen",
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Vragen over trouwen?",
                        "text": "Bel Team Burgerzaken via 14 0162. Wij denken graag mee over uw "
                        "plannen.",
                    },
                ),
            ],
        },
        {
            "slug": "overlijden-aangeven",
            "title": "Overlijden aangeven",
            "intro": (
                "Is iemand overleden? "
                "Meestal doet de uitvaartondernemer de aangifte bij de gemeente voor u."
            ),
            "body": [
                ("heading", {"text": "Wat moet er gebeuren?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Een arts stelt het overlijden vast. Daarna doet iemand aangifte bij de "
                    "gemeente waar de persoon overleed.</p>"
                    "<p>Meestal regelt de uitvaartondernemer de aangifte. U hoeft dan zelf "
                    "niet naar het gemeentehuis.</p>",
                ),
                ("heading", {"text": "Begraven of cremeren", "level": "h2"}),
                (
                    "paragraph",
                    "<p>De begrafenis of crematie is uiterlijk op de zesde werkdag na het "
                    "overlijden. Wilt u meer tijd? Dan kunt u bij de gemeente uitstel "
                    "vragen.</p>",
                ),
                ("heading", {"text": "Wat regelen wij voor u?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Wij geven het overlijden door aan veel organisaties. Denk aan de "
                    "Belastingdienst, de SVB en het pensioenfonds.</p>"
                    "<p>Banken, verzekeraars en abonnementen regelt u zelf. Op "
                    '<a href="https://www.rijksoverheid.nl">rijksoverheid.nl</a> staat een '
                    "handige lijst.</p>",
                ),
                (
                    "accordion",
                    {
                        "title": "Veelgestelde vragen",
                        "items": [
                            {
                                "question": "Krijg ik een akte van overlijden?",
                                "answer": "<p>U kunt een uittreksel van de akte bij ons opvragen. "
                                "Dat heeft u soms nodig voor de bank of de notaris.</p>",
                            },
                            {
                                "question": "Wat als iemand in het buitenland overlijdt?",
                                "answer": "<p>Neem contact op met de ambassade of het consulaat. "
                                "Kijk ook op "
                                '<a href="https://www.nederlandwereldwijd.nl">nederlandwereldwijd.nl</a>.</p>',
                            },
                        ],
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Vragen na een overlijden?",
                        "text": "Bel Team Burgerzaken via 14 0162. Wij nemen de tijd voor u.",
                    },
                ),
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# Wonen en bouwen
# ---------------------------------------------------------------------------

WONEN = {
    "slug": "wonen-en-bouwen",
    "title": "Wonen en bouwen",
    "intro": (
        "Wilt u bouwen of verbouwen? "
        "Hier leest u of u een vergunning nodig heeft, en meer over WOZ en parkeren."
    ),
    "team": "Team Vergunningen",
    "pages": [
        {
            "slug": "omgevingsvergunning",
            "title": "Omgevingsvergunning",
            "intro": (
                "Voor veel bouwplannen heeft u een omgevingsvergunning nodig. "
                "U vraagt deze aan via het Omgevingsloket."
            ),
            "body": [
                ("heading", {"text": "Heeft u een vergunning nodig?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Dat hangt af van uw plan. Voor een dakkapel aan de voorkant heeft u "
                    "vaak een vergunning nodig. Een kleine schuur in de achtertuin mag vaak "
                    "zonder.</p>"
                    "<p>Doe de vergunningcheck op "
                    '<a href="https://www.omgevingsloket.nl">omgevingsloket.nl</a>. Dan weet '
                    "u snel waar u aan toe bent.</p>",
                ),
                ("heading", {"text": "Zo vraagt u een vergunning aan", "level": "h2"}),
                (
                    "paragraph",
                    "<ol>"
                    "<li>Doe de vergunningcheck in het Omgevingsloket.</li>"
                    "<li>Maak tekeningen van uw plan.</li>"
                    "<li>Vraag de vergunning online aan met DigiD.</li>"
                    "<li>Betaal de kosten (leges) als u de rekening krijgt.</li>"
                    "</ol>",
                ),
                ("heading", {"text": "Hoe lang duurt het?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Wij beslissen meestal binnen 8 weken. Soms hebben wij meer tijd nodig. "
                    "Dan kan het 6 weken langer duren.</p>"
                    "<p>Buren en andere mensen kunnen bezwaar maken tegen een vergunning. "
                    "Praat daarom vooraf met uw buren over uw plan.</p>",
                ),
                (
                    "accordion",
                    {
                        "title": "Veelgestelde vragen",
                        "items": [
                            {
                                "question": "Kan ik eerst advies vragen?",
                                "answer": "<p>Ja. Bij grote plannen kunt u een vooroverleg "
                                "aanvragen. Een medewerker kijkt dan mee naar uw plan.</p>",
                            },
                            {
                                "question": "Wat kost een vergunning?",
                                "answer": "<p>De kosten hangen af van uw plan. Voor een bouwplan "
                                "betaalt u meestal een deel van de bouwkosten. Kijk voor de "
                                "tarieven op onze website.</p>",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Vraag uw omgevingsvergunning online aan.",
                        "link_label": "Ga naar het Omgevingsloket",
                        "link_url": "https://www.omgevingsloket.nl",
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Vragen over uw bouwplan?",
                        "text": "Bel Team Vergunningen via 14 0162. Wij denken graag met u mee.",
                    },
                ),
            ],
        },
        {
            "slug": "bouwen-zonder-vergunning",
            "title": "Bouwen zonder vergunning",
            "intro": (
                "Sommige bouwwerken mag u zonder vergunning bouwen. Ook dan gelden er wel regels."
            ),
            "body": [
                ("heading", {"text": "Wat mag zonder vergunning?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>In uw achtertuin mag u vaak bouwen zonder vergunning. Kijk wel goed "
                    "naar de maten. Voorbeelden zijn:</p>"
                    "<ul>"
                    "<li>een schuur of tuinhuis in de achtertuin</li>"
                    "<li>een schutting tot 1 meter hoog aan de voorkant</li>"
                    "<li>zonnepanelen op een schuin dak</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Welke regels gelden er wel?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Ook zonder vergunning moet uw bouwwerk veilig zijn. Het moet voldoen "
                    "aan de landelijke bouwregels. Verder mag het de buren niet hinderen.</p>"
                    "<p>Doe altijd eerst de vergunningcheck op "
                    '<a href="https://www.omgevingsloket.nl">omgevingsloket.nl</a>. Bewaar de '
                    "uitkomst goed.</p>",
                ),
                ("heading", {"text": "Gebouwd zonder vergunning?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Heeft u iets gebouwd waarvoor wel een vergunning nodig was? Dan kunnen "
                    "wij vragen om het weg te halen. Vraag daarom liever eerst advies.</p>",
                ),
                (
                    "accordion",
                    {
                        "title": "Veelgestelde vragen",
                        "items": [
                            {
                                "question": "Moet ik mijn buren vertellen wat ik ga bouwen?",
                                "answer": "<p>Dat hoeft niet, maar het is wel verstandig. Zo "
                                "voorkomt u ruzie. Bouwt u op de grens? Dan heeft u soms "
                                "toestemming van de buren nodig.</p>",
                            },
                            {
                                "question": "Gelden er andere regels voor een monument?",
                                "answer": "<p>Ja. Voor een monument heeft u bijna altijd een "
                                "vergunning nodig. Dat geldt vaak ook in de oude vestingstad "
                                "Geertruidenberg.</p>",
                            },
                        ],
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Twijfelt u?",
                        "text": "Bel Team Vergunningen via 14 0162. Wij kijken samen met u naar "
                        "uw plan.",
                    },
                ),
            ],
        },
        {
            "slug": "woz-waarde",
            "title": "WOZ-waarde",
            "intro": (
                "Elk jaar bepalen wij de WOZ-waarde van uw huis. "
                "Op basis daarvan betaalt u onder andere onroerendezaakbelasting (OZB)."
            ),
            "body": [
                ("heading", {"text": "Wat is de WOZ-waarde?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>WOZ staat voor Waardering Onroerende Zaken. Het is de waarde van uw "
                    "huis op 1 januari van het jaar ervoor.</p>"
                    "<p>De WOZ-waarde is belangrijk voor verschillende belastingen. "
                    "Bijvoorbeeld de OZB, de waterschapsbelasting en de "
                    "inkomstenbelasting.</p>",
                ),
                ("heading", {"text": "Waar vindt u de WOZ-waarde?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>De WOZ-waarde staat op uw aanslag gemeentelijke belastingen. U krijgt "
                    "die aanslag eind februari. De waarde van andere huizen ziet u op "
                    '<a href="https://www.wozwaardeloket.nl">wozwaardeloket.nl</a>.</p>',
                ),
                (
                    "table",
                    {
                        "caption": "Belangrijke data voor de WOZ-waarde 2026",
                        "rows": [
                            ["Wanneer", "Wat"],
                            ["1 januari 2025", "De datum waarop wij de waarde bepalen"],
                            ["Eind februari 2026", "U krijgt de aanslag met de WOZ-waarde"],
                            [
                                "6 weken na de datum op de aanslag",
                                "Laatste dag om bezwaar te maken",
                            ],
                        ],
                    },
                ),
                ("heading", {"text": "Bent u het niet eens met de waarde?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Bel ons eerst. Vaak lossen wij het samen op. Vraag ook het "
                    "taxatieverslag op. Daarin ziet u hoe wij de waarde bepaalden.</p>"
                    "<p>Bent u het daarna nog steeds niet eens? Maak dan bezwaar binnen 6 "
                    "weken. Dat is gratis.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "text": "Maak online bezwaar tegen uw WOZ-waarde.",
                        "link_label": "Maak bezwaar",
                        "link_url": "https://www.geertruidenberg.nl/woz-bezwaar",
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Vragen over de WOZ-waarde?",
                        "text": "Bel ons via 14 0162. Houd uw aanslag bij de hand.",
                    },
                ),
            ],
        },
        {
            "slug": "parkeervergunning",
            "title": "Parkeervergunning",
            "intro": (
                "Woont u in een straat met een blauwe zone of vergunningplaatsen? "
                "Dan kunt u een parkeervergunning aanvragen."
            ),
            "body": [
                ("heading", {"text": "Wie kan een vergunning krijgen?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>In delen van Geertruidenberg en Raamsdonksveer gelden parkeerregels. "
                    "Woont u in zo'n straat? Dan kunt u een bewonersvergunning aanvragen.</p>"
                    "<p>Per adres geven wij een beperkt aantal vergunningen. Heeft u een "
                    "eigen oprit of garage? Dan krijgt u soms geen vergunning.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Soorten parkeervergunningen",
                        "rows": [
                            ["Soort", "Voor wie", "Geldig"],
                            [
                                "Bewonersvergunning",
                                "Bewoners van een straat met parkeerregels",
                                "1 jaar",
                            ],
                            ["Bezoekersvergunning", "Bezoek van bewoners", "Voor korte tijd"],
                            [
                                "Bedrijfsvergunning",
                                "Bedrijven in een gebied met parkeerregels",
                                "1 jaar",
                            ],
                        ],
                    },
                ),
                ("heading", {"text": "Zo vraagt u een vergunning aan", "level": "h2"}),
                (
                    "paragraph",
                    "<p>U vraagt de vergunning online aan met DigiD. Vul het kenteken van uw "
                    "auto in. De auto staat op uw naam of is van uw werkgever.</p>"
                    "<p>Een kaart achter de ruit is niet nodig. Een handhaver ziet aan uw "
                    "kenteken dat u een vergunning heeft.</p>",
                ),
                ("heading", {"text": "Gehandicaptenparkeerkaart", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Kunt u slecht lopen? Dan kunt u misschien een "
                    "gehandicaptenparkeerkaart krijgen. Een arts onderzoekt of u de kaart "
                    "kunt krijgen.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "text": "Vraag uw parkeervergunning online aan.",
                        "link_label": "Vraag een vergunning aan",
                        "link_url": "https://www.geertruidenberg.nl/parkeervergunning",
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Vragen over parkeren?",
                        "text": "Bel Team Vergunningen via 14 0162.",
                    },
                ),
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# Werk en inkomen
# ---------------------------------------------------------------------------

WERK = {
    "slug": "werk-en-inkomen",
    "title": "Werk en inkomen",
    "intro": (
        "Heeft u geen werk of te weinig geld om van te leven? "
        "Wij helpen u met inkomen, werk en schulden."
    ),
    "team": "Team Werk en Inkomen",
    "pages": [
        {
            "slug": "bijstand",
            "title": "Bijstandsuitkering",
            "intro": (
                "Heeft u te weinig geld om van te leven? "
                "Dan kunt u misschien een bijstandsuitkering krijgen."
            ),
            "body": [
                ("heading", {"text": "Wie kan bijstand krijgen?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Bijstand is voor mensen van 18 jaar tot de AOW-leeftijd. U woont in "
                    "Nederland en heeft te weinig inkomen of vermogen.</p>"
                    "<p>Heeft u spaargeld of een dure auto? Dan krijgt u misschien geen "
                    "bijstand. Wij kijken goed naar uw situatie.</p>",
                ),
                ("heading", {"text": "Zo vraagt u bijstand aan", "level": "h2"}),
                (
                    "paragraph",
                    "<ol>"
                    "<li>Meld u aan via het formulier op onze website.</li>"
                    "<li>Verzamel uw papieren, zoals bankafschriften en loonstroken.</li>"
                    "<li>Praat met een consulent over uw situatie.</li>"
                    "</ol>"
                    "<p>Wij beslissen binnen 8 weken. Heeft u dringend geld nodig? Vraag dan "
                    "om een voorschot.</p>",
                ),
                (
                    "accordion",
                    {
                        "title": "Veelgestelde vragen",
                        "items": [
                            {
                                "question": "Hoeveel bijstand krijg ik?",
                                "answer": "<p>Dat hangt af van uw leeftijd en woonsituatie. Woont u "
                                "bijvoorbeeld alleen of samen? Kijk voor de bedragen op "
                                '<a href="https://www.rijksoverheid.nl">rijksoverheid.nl</a>.</p>',
                            },
                            {
                                "question": "Moet ik werk zoeken als ik bijstand krijg?",
                                "answer": "<p>Ja, meestal wel. Wij helpen u daarbij. Soms hoeft u "
                                "tijdelijk niet te zoeken, bijvoorbeeld door ziekte.</p>",
                            },
                            {
                                "question": "Ik ben jonger dan 27. Geldt er iets anders?",
                                "answer": "<p>Ja. U zoekt eerst 4 weken zelf naar werk of een "
                                "opleiding. Daarna kunt u bijstand aanvragen.</p>",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Vraag online een bijstandsuitkering aan.",
                        "link_label": "Vraag bijstand aan",
                        "link_url": "https://www.geertruidenberg.nl/bijstand",
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Vragen over bijstand?",
                        "text": "Bel Team Werk en Inkomen via 14 0162.",
                    },
                ),
            ],
        },
        {
            "slug": "hulp-bij-schulden",
            "title": "Hulp bij schulden",
            "intro": (
                "Heeft u geldzorgen of schulden? Vraag op tijd om hulp, want wij helpen u gratis."
            ),
            "body": [
                ("heading", {"text": "Hoe helpen wij u?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Een schuldhulpverlener maakt samen met u een overzicht van uw geld. "
                    "Daarna kijken wij wat de beste oplossing is. Bijvoorbeeld:</p>"
                    "<ul>"
                    "<li>hulp bij het op orde brengen van uw post</li>"
                    "<li>een regeling met de mensen aan wie u geld moet betalen</li>"
                    "<li>begeleiding bij uw budget</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Waarom snel hulp vragen?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Wacht niet te lang. Anders komen er kosten bij, zoals rente. Hoe eerder "
                    "u hulp vraagt, hoe makkelijker het oplossen gaat.</p>"
                    "<p>U hoeft zich niet te schamen. Veel mensen hebben geldzorgen.</p>",
                ),
                ("heading", {"text": "Zelf aan de slag", "level": "h2"}),
                (
                    "paragraph",
                    '<p>Op <a href="https://www.geldfit.nl">geldfit.nl</a> doet u een korte '
                    "test. Zo ziet u hoe u ervoor staat. U krijgt ook tips en hulp bij u in "
                    "de buurt.</p>",
                ),
                (
                    "accordion",
                    {
                        "title": "Veelgestelde vragen",
                        "items": [
                            {
                                "question": "Kost schuldhulp geld?",
                                "answer": "<p>Nee, onze hulp is gratis.</p>",
                            },
                            {
                                "question": "Hoort mijn werkgever dat ik schulden heb?",
                                "answer": "<p>Nee. Zonder uw toestemming vertellen wij niets aan uw "
                                "werkgever.</p>",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Vraag hulp bij geldzorgen.",
                        "link_label": "Meld u aan voor schuldhulp",
                        "link_url": "https://www.geertruidenberg.nl/schuldhulp",
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Liever eerst praten?",
                        "text": "Bel Team Werk en Inkomen via 14 0162. Wij maken graag tijd voor u.",
                    },
                ),
            ],
        },
        {
            "slug": "werk-zoeken",
            "title": "Werk zoeken",
            "intro": (
                "Zoekt u werk? "
                "Wij helpen u op weg naar een baan, een opleiding of vrijwilligerswerk."
            ),
            "body": [
                ("heading", {"text": "Hoe helpen wij u?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Een werkcoach kijkt samen met u naar uw wensen en talenten. Samen maakt "
                    "u een plan. Misschien helpt een training of stage u verder.</p>"
                    "<p>Heeft u een beperking? Dan kijken wij ook naar hulp op de "
                    "werkplek.</p>",
                ),
                ("heading", {"text": "Vacatures zoeken", "level": "h2"}),
                (
                    "paragraph",
                    '<p>Op <a href="https://www.werk.nl">werk.nl</a> vindt u veel vacatures. '
                    "Maak daar een profiel aan met uw cv. Werkgevers kunnen u dan ook "
                    "vinden.</p>"
                    "<p>Heeft u een WW-uitkering? Dan helpt het "
                    '<a href="https://www.uwv.nl">UWV</a> u bij het zoeken naar werk.</p>',
                ),
                (
                    "accordion",
                    {
                        "title": "Veelgestelde vragen",
                        "items": [
                            {
                                "question": "Mag ik werken naast mijn bijstand?",
                                "answer": "<p>Ja. Geef uw inkomsten elke maand aan ons door. Soms "
                                "mag u een deel van het geld houden.</p>",
                            },
                            {
                                "question": "Helpen jullie ook met vrijwilligerswerk?",
                                "answer": "<p>Ja. Vrijwilligerswerk is een goede stap naar betaald "
                                "werk. Uw werkcoach helpt u een plek te vinden.</p>",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Maak een afspraak met een werkcoach.",
                        "link_label": "Maak een afspraak",
                        "link_url": "https://www.geertruidenberg.nl/werkcoach",
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Vragen over werk?",
                        "text": "Bel Team Werk en Inkomen via 14 0162.",
                    },
                ),
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# Zorg en ondersteuning
# ---------------------------------------------------------------------------

ZORG = {
    "slug": "zorg-en-ondersteuning",
    "title": "Zorg en ondersteuning",
    "intro": (
        "Heeft u hulp nodig thuis, of zorgt u voor een ander? Hier leest u welke hulp wij bieden."
    ),
    "team": "Team Sociaal Domein",
    "pages": [
        {
            "slug": "wmo-ondersteuning",
            "title": "Hulp via de Wmo",
            "intro": (
                "Lukt het niet meer om alles zelf te doen? "
                "Via de Wet maatschappelijke ondersteuning (Wmo) kunt u hulp krijgen."
            ),
            "body": [
                ("heading", {"text": "Welke hulp is er?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Wij kijken eerst wat u zelf of uw omgeving kan doen. Daarna bekijken "
                    "wij welke hulp u nodig heeft. Bijvoorbeeld:</p>"
                    "<ul>"
                    "<li>hulp bij het huishouden</li>"
                    "<li>aanpassingen in huis, zoals een traplift</li>"
                    "<li>een rolstoel of scootmobiel</li>"
                    "<li>begeleiding bij dagelijkse dingen</li>"
                    "<li>vervoer in de regio</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Zo werkt het", "level": "h2"}),
                (
                    "paragraph",
                    "<ol>"
                    "<li>U meldt uw hulpvraag bij ons.</li>"
                    "<li>Binnen 6 weken hebben wij een gesprek met u.</li>"
                    "<li>Daarna vraagt u de hulp aan.</li>"
                    "<li>Wij beslissen binnen 2 weken.</li>"
                    "</ol>"
                    "<p>Het gesprek is vaak bij u thuis. Iemand die u vertrouwt, mag erbij "
                    "zijn.</p>",
                ),
                ("heading", {"text": "Gratis hulp bij het gesprek", "level": "h3"}),
                (
                    "paragraph",
                    "<p>Wilt u hulp bij het gesprek? Een onafhankelijke cliëntondersteuner "
                    "helpt u gratis. Deze persoon werkt niet voor de gemeente.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Eigen bijdrage in 2026",
                        "rows": [
                            ["Soort hulp", "Eigen bijdrage"],
                            ["Hulp bij het huishouden of begeleiding", "ongeveer € 22 per maand"],
                            ["Rolstoel", "Geen eigen bijdrage"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Het CAK stuurt u de rekening voor de eigen bijdrage. Bedragen kunnen "
                    "elk jaar veranderen. Kijk op "
                    '<a href="https://www.hetcak.nl">hetcak.nl</a>.</p>',
                ),
                (
                    "accordion",
                    {
                        "title": "Veelgestelde vragen",
                        "items": [
                            {
                                "question": "Kan ik zelf hulp inkopen met een budget?",
                                "answer": "<p>Soms kan dat met een persoonsgebonden budget (pgb). U "
                                "regelt de hulp dan zelf. Bespreek dit in het gesprek met ons.</p>",
                            },
                            {
                                "question": "Ik ben het niet eens met het besluit. Wat nu?",
                                "answer": "<p>Bel ons eerst. Misschien lossen wij het samen op. U "
                                "kunt ook binnen 6 weken bezwaar maken.</p>",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Meld uw hulpvraag bij ons.",
                        "link_label": "Meld uw hulpvraag",
                        "link_url": "https://www.geertruidenberg.nl/wmo",
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Vragen over hulp thuis?",
                        "text": "Bel Team Sociaal Domein via 14 0162. Wij luisteren graag naar uw "
                        "vraag.",
                    },
                ),
            ],
        },
        {
            "slug": "mantelzorg",
            "title": "Mantelzorg",
            "intro": (
                "Zorgt u voor een partner, ouder, kind of buur? "
                "Dan bent u mantelzorger, en wij helpen u graag."
            ),
            "body": [
                ("heading", {"text": "Wat is mantelzorg?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Mantelzorg is zorg voor iemand uit uw omgeving. U krijgt er geen geld "
                    "voor. U doet het omdat u om de ander geeft.</p>"
                    "<p>Mantelzorg kan zwaar zijn. Zorg daarom ook goed voor uzelf.</p>",
                ),
                ("heading", {"text": "Wat kunnen wij voor u doen?", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>een gesprek met een mantelzorgconsulent</li>"
                    "<li>tijdelijke overname van de zorg (respijtzorg)</li>"
                    "<li>contact met andere mantelzorgers</li>"
                    "<li>een jaarlijkse mantelzorgwaardering</li>"
                    "</ul>"
                    "<p>Tips vindt u ook op "
                    '<a href="https://www.mantelzorg.nl">mantelzorg.nl</a>.</p>',
                ),
                ("heading", {"text": "Mantelzorgwaardering", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Elk jaar bedanken wij mantelzorgers met een waardering. Aanmelden kan "
                    "tot 1 december. De mantelzorger kan dat zelf doen, maar ook de persoon "
                    "die zorg krijgt.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "text": "Meld een mantelzorger aan voor de waardering.",
                        "link_label": "Meld een mantelzorger aan",
                        "link_url": "https://www.geertruidenberg.nl/mantelzorg",
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Praat met een consulent",
                        "text": "Bel Team Sociaal Domein via 14 0162. Vraag naar de "
                        "mantelzorgconsulent.",
                    },
                ),
            ],
        },
        {
            "slug": "jeugdhulp",
            "title": "Jeugdhulp",
            "intro": (
                "Heeft uw kind hulp nodig, of heeft u vragen over opvoeden? "
                "Wij helpen ouders en jongeren tot 18 jaar."
            ),
            "body": [
                ("heading", {"text": "Waarmee helpen wij?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Elk gezin heeft weleens zorgen. Denk aan problemen op school, ruzie "
                    "thuis of somberheid. Praat er op tijd over. Wij helpen bij:</p>"
                    "<ul>"
                    "<li>vragen over opvoeden</li>"
                    "<li>problemen met gedrag of gevoelens</li>"
                    "<li>een beperking bij uw kind</li>"
                    "<li>zorgen over de situatie thuis</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Hoe krijgt u jeugdhulp?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Neem contact op met het jeugdteam van de gemeente. Samen bekijken wij "
                    "welke hulp past. Ook de huisarts of jeugdarts kan u doorverwijzen.</p>"
                    "<p>Jeugdhulp kost u niets. Wij betalen de hulp.</p>",
                ),
                ("heading", {"text": "Wil uw kind zelf met iemand praten?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Kinderen en jongeren kunnen gratis en anoniem met de Kindertelefoon "
                    "praten. Bel 0800 0432 of kijk op "
                    '<a href="https://www.kindertelefoon.nl">kindertelefoon.nl</a>.</p>',
                ),
                (
                    "accordion",
                    {
                        "title": "Veelgestelde vragen",
                        "items": [
                            {
                                "question": "Heb ik een verwijzing van de huisarts nodig?",
                                "answer": "<p>Nee, dat hoeft niet. U kunt ook meteen bij het "
                                "jeugdteam terecht.</p>",
                            },
                            {
                                "question": "Wat gebeurt er met mijn gegevens?",
                                "answer": "<p>Wij gaan zorgvuldig met uw gegevens om. Alleen met uw "
                                "toestemming delen wij informatie met anderen. Bij zorgen over de "
                                "veiligheid van een kind kan dat anders zijn.</p>",
                            },
                        ],
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Contact met het jeugdteam",
                        "text": "Bel Team Sociaal Domein via 14 0162. Vraag naar het jeugdteam.",
                    },
                ),
            ],
        },
        {
            "slug": "leerlingenvervoer",
            "title": "Leerlingenvervoer",
            "intro": (
                "Kan uw kind niet zelf naar school reizen? "
                "Dan kunt u misschien leerlingenvervoer aanvragen."
            ),
            "body": [
                ("heading", {"text": "Wie kan leerlingenvervoer krijgen?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Leerlingenvervoer is voor kinderen die niet zelf naar school kunnen. "
                    "Bijvoorbeeld omdat de school ver weg is. Of omdat uw kind een beperking "
                    "heeft.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Wanneer kan uw kind vervoer krijgen?",
                        "rows": [
                            ["Soort school", "Regel"],
                            ["Basisschool", "De school is meer dan 6 kilometer van huis"],
                            [
                                "Speciaal onderwijs",
                                "Meer dan 6 kilometer, of uw kind kan niet zelf reizen",
                            ],
                            ["Voortgezet onderwijs", "Alleen als uw kind een beperking heeft"],
                        ],
                    },
                ),
                ("heading", {"text": "Zo vraagt u het aan", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Vraag het vervoer online aan voor 1 mei. Dan regelen wij alles op tijd "
                    "voor het nieuwe schooljaar. Elk schooljaar doet u een nieuwe "
                    "aanvraag.</p>"
                    "<p>Meestal krijgt u een vergoeding voor het openbaar vervoer of de fiets. "
                    "Soms rijdt er een taxi of busje.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "text": "Vraag leerlingenvervoer aan voor het nieuwe schooljaar.",
                        "link_label": "Vraag vervoer aan",
                        "link_url": "https://www.geertruidenberg.nl/leerlingenvervoer",
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Vragen over leerlingenvervoer?",
                        "text": "Bel Team Sociaal Domein via 14 0162.",
                    },
                ),
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# Ondernemen
# ---------------------------------------------------------------------------

ONDERNEMEN = {
    "slug": "ondernemen",
    "title": "Ondernemen",
    "intro": (
        "Heeft u een bedrijf in onze gemeente, of wilt u er een starten? "
        "Hier vindt u informatie over vergunningen en hulp."
    ),
    "team": "Team Economie",
    "pages": [
        {
            "slug": "bedrijf-starten",
            "title": "Een bedrijf starten",
            "intro": (
                "Wilt u een eigen bedrijf beginnen? "
                "Hier leest u wat u moet regelen en waar u hulp krijgt."
            ),
            "body": [
                ("heading", {"text": "Wat moet u regelen?", "level": "h2"}),
                (
                    "paragraph",
                    "<ol>"
                    '<li>Schrijf u in bij de <a href="https://www.kvk.nl">Kamer van '
                    "Koophandel</a>.</li>"
                    "<li>Daarna krijgt u van de Belastingdienst een btw-nummer.</li>"
                    "<li>Kijk of u een vergunning nodig heeft.</li>"
                    "<li>Regel een goede verzekering.</li>"
                    "</ol>",
                ),
                ("heading", {"text": "Mag uw bedrijf op deze plek?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Niet elk bedrijf mag overal zitten. Dat staat in het omgevingsplan. "
                    "Werkt u vanuit huis? Dat mag vaak, maar er gelden regels.</p>"
                    "<p>Check uw plek op "
                    '<a href="https://www.omgevingsloket.nl">omgevingsloket.nl</a>. Of bel '
                    "ons voor advies.</p>",
                ),
                ("heading", {"text": "Hulp voor starters", "level": "h2"}),
                (
                    "paragraph",
                    "<p>De KvK geeft gratis webinars voor starters. Op "
                    '<a href="https://www.belastingdienst.nl">belastingdienst.nl</a> leest u '
                    "alles over belasting voor ondernemers.</p>"
                    "<p>Ook onze contactpersoon voor ondernemers helpt u graag. Die kent de "
                    "bedrijven en regels in de gemeente.</p>",
                ),
                (
                    "accordion",
                    {
                        "title": "Veelgestelde vragen",
                        "items": [
                            {
                                "question": "Heb ik een vergunning nodig voor mijn bedrijf?",
                                "answer": "<p>Dat hangt af van het soort bedrijf. Voor een café "
                                "heeft u bijvoorbeeld een alcoholvergunning nodig. Twijfelt u? "
                                "Vraag het ons.</p>",
                            },
                            {
                                "question": "Ik heb bijstand. Kan ik toch een bedrijf starten?",
                                "answer": "<p>Soms kan dat met hulp van een speciale regeling. Bel "
                                "Team Werk en Inkomen voor meer informatie.</p>",
                            },
                        ],
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Contact voor ondernemers",
                        "text": "Bel Team Economie via 14 0162. Vraag naar de contactpersoon voor "
                        "ondernemers.",
                    },
                ),
            ],
        },
        {
            "slug": "evenementenvergunning",
            "title": "Evenementenvergunning",
            "intro": (
                "Organiseert u een feest, markt of sportevenement? "
                "Voor veel evenementen heeft u een vergunning of melding nodig."
            ),
            "body": [
                ("heading", {"text": "Melding of vergunning?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Voor een klein evenement is een melding vaak genoeg. Voor een groter "
                    "evenement vraagt u een vergunning aan.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Wat heeft u nodig, en wanneer?",
                        "rows": [
                            ["Soort evenement", "Wat heeft u nodig?", "Uiterlijk"],
                            [
                                "Klein, zoals een buurtbarbecue tot 150 bezoekers",
                                "Melding",
                                "4 weken van tevoren",
                            ],
                            [
                                "Middelgroot, zoals een braderie",
                                "Vergunning",
                                "8 weken van tevoren",
                            ],
                            [
                                "Groot, met meer dan 1.000 bezoekers",
                                "Vergunning",
                                "12 weken van tevoren",
                            ],
                        ],
                    },
                ),
                ("heading", {"text": "Wat vragen wij van u?", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>een plattegrond van het terrein</li>"
                    "<li>een plan voor veiligheid en EHBO</li>"
                    "<li>de begintijd en eindtijd</li>"
                    "<li>afspraken over geluid en afval</li>"
                    "</ul>"
                    "<p>Vraag de vergunning op tijd aan. Wij overleggen ook met de politie en "
                    "de brandweer.</p>",
                ),
                (
                    "accordion",
                    {
                        "title": "Veelgestelde vragen",
                        "items": [
                            {
                                "question": "Moet ik de buren informeren?",
                                "answer": "<p>Ja, dat vinden wij belangrijk. Stuur de buren een "
                                "brief met de datum en tijden. Zet er ook een telefoonnummer in "
                                "voor vragen.</p>",
                            },
                            {
                                "question": "Mag ik de weg afsluiten?",
                                "answer": "<p>Dat kan alleen met toestemming van de gemeente. Vraag "
                                "dit aan samen met uw vergunning.</p>",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Vraag uw evenementenvergunning op tijd aan.",
                        "link_label": "Vraag een vergunning aan",
                        "link_url": "https://www.geertruidenberg.nl/evenementen",
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Vragen over uw evenement?",
                        "text": "Bel Team Vergunningen via 14 0162. Bespreek uw plan ruim op tijd "
                        "met ons.",
                    },
                ),
            ],
        },
        {
            "slug": "terrasvergunning",
            "title": "Terrasvergunning",
            "intro": (
                "Wilt u een terras bij uw horecazaak? "
                "Dan heeft u toestemming van de gemeente nodig."
            ),
            "body": [
                ("heading", {"text": "Regels voor een terras", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Een terras mag de stoep niet blokkeren. Laat minstens 1,5 meter vrij "
                    "voor voetgangers en rolstoelen. Houd ook nooduitgangen vrij.</p>"
                    "<p>'s Avonds sluit u het terras op een vaste tijd. Die tijd staat in uw "
                    "vergunning.</p>",
                ),
                ("heading", {"text": "Zo vraagt u het aan", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Vraag de terrasvergunning online aan. Stuur een tekening mee met de "
                    "plek en de maten van het terras.</p>"
                    "<p>Wij beslissen binnen 8 weken. Wilt u in het voorjaar een terras? "
                    "Vraag het dan uiterlijk in januari aan.</p>",
                ),
                (
                    "accordion",
                    {
                        "title": "Veelgestelde vragen",
                        "items": [
                            {
                                "question": "Wat kost een terrasvergunning?",
                                "answer": "<p>U betaalt eenmalig leges voor de vergunning. Soms "
                                "betaalt u ook belasting voor het gebruik van grond van de "
                                "gemeente.</p>",
                            },
                            {
                                "question": "Mag ik muziek op het terras draaien?",
                                "answer": "<p>Nee, meestal niet. Zo blijft het rustig voor de "
                                "buren.</p>",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Vraag uw terrasvergunning online aan.",
                        "link_label": "Vraag een terrasvergunning aan",
                        "link_url": "https://www.geertruidenberg.nl/terras",
                    },
                ),
                (
                    "contact",
                    {
                        "title": "Vragen over een terras?",
                        "text": "Bel Team Economie via 14 0162.",
                    },
                ),
            ],
        },
    ],
}


SECTIONS = [AFVAL, PASPOORT, VERHUIZEN, WONEN, WERK, ZORG, ONDERNEMEN, BURGERZAKEN]


# ---------------------------------------------------------------------------
# Nieuws
# ---------------------------------------------------------------------------

# A news item appeared ``days`` days before the build day. Its texts name dates with placeholders
# such as ``{start:weekdag}`` (see ``home/demo/calendar_text.py``); ``dates`` gives each name as
# (offset in days from the build day, weekday or None), so a Thursday is always a Thursday.
MONDAY, WEDNESDAY, THURSDAY, FRIDAY = 0, 2, 3, 4

NEWS = [
    {
        "slug": "nieuwe-openingstijden-gemeentewinkel",
        "title": "Nieuwe openingstijden Gemeentewinkel vanaf {start:dag}",
        "days": -110,
        "dates": {"start": (-98, None)},
        "intro": (
            "Vanaf {start:datum} heeft de Gemeentewinkel nieuwe openingstijden. "
            "Op donderdag zijn wij voortaan ook 's avonds open."
        ),
        "body": [
            ("heading", {"text": "De nieuwe tijden", "level": "h2"}),
            (
                "table",
                {
                    "caption": "Openingstijden Gemeentewinkel vanaf {start:datum}",
                    "rows": [
                        ["Dag", "Openingstijden"],
                        ["Maandag tot en met woensdag", "8.30 tot 12.30 uur"],
                        ["Donderdag", "8.30 tot 12.30 uur en 17.00 tot 20.00 uur"],
                        ["Vrijdag", "8.30 tot 12.30 uur"],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Wij werken op afspraak. Zo hoeft u niet te wachten. Maak uw afspraak "
                "online of bel 14 0162.</p>"
                "<p>U vindt de Gemeentewinkel in het gemeentehuis in Raamsdonksveer.</p>",
            ),
            ("heading", {"text": "Waarom veranderen de tijden?", "level": "h2"}),
            (
                "paragraph",
                "<p>Veel inwoners werken overdag. Zij vroegen of wij ook 's avonds open "
                "konden zijn. Daarom zijn wij op donderdagavond langer open.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "Plan uw bezoek aan de Gemeentewinkel.",
                    "link_label": "Maak een afspraak",
                    "link_url": AFSPRAAK_URL,
                },
            ),
        ],
        "en": {
            "title": "New opening hours of the Gemeentewinkel from {start:dag}",
            "intro": (
                "From {start:datum}, the Gemeentewinkel (municipal service desk) has new "
                "opening hours. On Thursdays, we are now also open in the evening."
            ),
            "body": [
                ("heading", {"text": "The new hours", "level": "h2"}),
                (
                    "table",
                    {
                        "caption": "Opening hours of the Gemeentewinkel from {start:datum}",
                        "rows": [
                            ["Day", "Opening hours"],
                            ["Monday to Wednesday", "8.30 am to 12.30 pm"],
                            ["Thursday", "8.30 am to 12.30 pm and 5 pm to 8 pm"],
                            ["Friday", "8.30 am to 12.30 pm"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>We work by appointment. This way, you do not have to wait. Make your "
                    "appointment online or call 14 0162.</p>"
                    "<p>You can find us in the town hall in Raamsdonksveer.</p>",
                ),
                ("heading", {"text": "Why are the hours changing?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Many residents work during the day. They asked if we could also open "
                    "in the evening. So we are now open longer on Thursday evenings.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "text": "Plan your visit to the Gemeentewinkel.",
                        "link_label": "Make an appointment",
                        "link_url": AFSPRAAK_URL,
                    },
                ),
            ],
        },
    },
    {
        "slug": "werk-aan-de-weg-raamsdonksveer",
        "title": "Werk aan riolering en wegen in het centrum van Raamsdonksveer",
        "days": -85,
        "dates": {"inloop": (-78, THURSDAY), "start": (-67, MONDAY), "end": (-67 + 77, FRIDAY)},
        "intro": (
            "Vanaf {start:weekdag} vernieuwen wij riolering en wegen in het centrum van "
            "Raamsdonksveer. Het werk duurt tot en met {end:weekdag}."
        ),
        "body": [
            ("heading", {"text": "Wat gaan wij doen?", "level": "h2"}),
            (
                "paragraph",
                "<p>De oude riolering is versleten. Wij leggen nieuwe buizen voor regenwater "
                "en afvalwater. Zo kan het water bij hevige regen beter weg.</p>"
                "<p>Daarna krijgen de straten nieuwe stoepen en meer groen.</p>",
            ),
            ("heading", {"text": "Wat merkt u ervan?", "level": "h2"}),
            (
                "paragraph",
                "<ul>"
                "<li>Sommige straten zijn een tijd dicht voor auto's.</li>"
                "<li>Borden wijzen u de omleiding.</li>"
                "<li>Uw huis blijft altijd te voet bereikbaar.</li>"
                "<li>Wij halen het afval gewoon op.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Inloopavond op {inloop:weekdag}", "level": "h2"}),
            (
                "paragraph",
                "<p>Op {inloop:weekdag} houden wij een inloopavond in het gemeentehuis. "
                "U bent welkom van 19.00 tot 21.00 uur. Daar ziet u de tekeningen en kunt u "
                "vragen stellen.</p>",
            ),
            (
                "contact",
                {
                    "title": "Vragen over het werk?",
                    "text": "Bel Team Openbare Ruimte via 14 0162. Of stel uw vraag op de "
                    "inloopavond.",
                },
            ),
        ],
    },
    {
        "slug": "wijkspreekuur-raamsdonk",
        "title": "Wijkspreekuur in Raamsdonk op {spreekuur:dag}",
        "days": -64,
        "dates": {"spreekuur": (-51, WEDNESDAY), "volgende": (-51 + 91, WEDNESDAY)},
        "intro": (
            "Heeft u een vraag of idee over uw buurt? "
            "Kom dan naar het wijkspreekuur in het dorpshuis van Raamsdonk."
        ),
        "body": [
            ("heading", {"text": "Praat mee over uw buurt", "level": "h2"}),
            (
                "paragraph",
                "<p>Op {spreekuur:weekdag} zijn de wijkagent en de wijkregisseur in het "
                "dorpshuis. Ook een medewerker van het jeugdteam is er.</p>"
                "<p>U kunt vrij binnenlopen tussen 15.00 en 17.00 uur. Een afspraak is niet "
                "nodig.</p>",
            ),
            (
                "paragraph",
                "<p>Denk aan vragen over verkeer, groen, overlast of zorg. Ideeën voor uw "
                "straat zijn ook welkom.</p>",
            ),
            ("heading", {"text": "Kunt u er niet bij zijn?", "level": "h2"}),
            (
                "paragraph",
                "<p>Bel ons dan via 14 0162. Een wijkregisseur neemt contact met u op. Het "
                "volgende spreekuur is op {volgende:weekdag}.</p>",
            ),
            (
                "contact",
                {
                    "title": "Vragen over het wijkspreekuur?",
                    "text": "Bel ons via 14 0162. Vraag naar de wijkregisseur van Raamsdonk.",
                },
            ),
        ],
    },
    {
        "slug": "jongeren-praat-mee",
        "title": "Jongeren gezocht: wat vindt u van uw gemeente?",
        "days": -50,
        "dates": {"tot": (-19, None), "uitkomst": (-19 + 120, None)},
        "intro": (
            "Bent u tussen 12 en 23 jaar? "
            "Vertel ons wat u belangrijk vindt in de gemeente Geertruidenberg."
        ),
        "body": [
            ("heading", {"text": "Waarom vragen wij dit?", "level": "h2"}),
            (
                "paragraph",
                "<p>Wij maken een nieuw plan voor jongeren. Daarin staat wat wij de komende 4 "
                "jaar gaan doen. Dit plan moet passen bij wat jongeren echt willen.</p>",
            ),
            ("heading", {"text": "Hoe doet u mee?", "level": "h2"}),
            (
                "paragraph",
                "<p>Vul de korte vragenlijst online in. Dat duurt ongeveer 10 minuten. De "
                "vragen gaan over sport, uitgaan, school, werk en veiligheid.</p>"
                "<p>Onder de deelnemers verloten wij 10 bioscoopbonnen. Meedoen kan tot en "
                "met {tot:datum}.</p>",
            ),
            (
                "accordion",
                {
                    "title": "Vragen over de vragenlijst",
                    "items": [
                        {
                            "question": "Is mijn mening anoniem?",
                            "answer": "<p>Ja. Wij vragen niet naar uw naam. Wilt u kans maken op "
                            "een bon? Laat dan uw e-mailadres achter.</p>",
                        },
                        {
                            "question": "Wat gebeurt er met de uitkomsten?",
                            "answer": "<p>Wij bespreken de uitkomsten met de gemeenteraad. In "
                            "{uitkomst:maand} leest u op onze website wat wij ermee doen.</p>",
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Geef uw mening in de korte vragenlijst.",
                    "link_label": "Vul de vragenlijst in",
                    "link_url": "https://www.geertruidenberg.nl/jongeren",
                },
            ),
        ],
    },
    {
        "slug": "nieuwe-afvalkalender",
        "title": "De nieuwe afvalkalender staat online",
        "days": -22,
        "dates": {"start": (-22 + 40, MONDAY)},
        "intro": (
            "Vanaf nu vindt u de nieuwe afvalkalender op onze website. "
            "Er verandert een aantal dingen."
        ),
        "body": [
            ("heading", {"text": "Wat verandert er?", "level": "h2"}),
            (
                "paragraph",
                "<p>Vanaf {start:weekdag} legen wij de oranje pmd-container op een andere "
                "dag. Kijk dus goed in de nieuwe kalender.</p>"
                "<p>Zet uw container voor 7.30 uur aan de straat.</p>",
            ),
            ("heading", {"text": "Geen papieren kalender meer", "level": "h2"}),
            (
                "paragraph",
                "<p>Wij sturen de kalender niet meer standaard per post. Zo besparen wij "
                "papier. Wilt u toch een papieren versie? Haal die dan op in de "
                "Gemeentewinkel.</p>"
                "<p>U kunt de kalender ook downloaden en zelf printen.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "Bekijk wanneer wij bij u langskomen.",
                    "link_label": "Bekijk de afvalkalender",
                    "link_url": "https://www.geertruidenberg.nl/afvalkalender",
                },
            ),
        ],
        "en": {
            "title": "The new waste calendar is online",
            "intro": (
                "You can now find the new waste calendar on our website. A few things are changing."
            ),
            "body": [
                ("heading", {"text": "What changes?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>From {start:weekdag}, we will empty the orange bin for plastic and cans "
                    "on another day. So check the new calendar carefully.</p>"
                    "<p>Put your bin by the road before 7.30 am.</p>",
                ),
                ("heading", {"text": "No more paper calendar", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We no longer send the calendar by post. This saves paper. Would you "
                    "still like a paper copy? Then pick one up at the Gemeentewinkel.</p>"
                    "<p>You can also download the calendar and print it yourself.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "text": "See when we come by.",
                        "link_label": "View the waste calendar",
                        "link_url": "https://www.geertruidenberg.nl/afvalkalender",
                    },
                ),
            ],
        },
    },
    {
        "slug": "kijk-nu-of-uw-paspoort-nog-geldig-is",
        "title": "Op reis? Kijk nu of uw paspoort nog geldig is",
        "days": -10,
        "intro": (
            "Voor de vakanties is het erg druk in de Gemeentewinkel. "
            "Kijk daarom nu al of uw paspoort of ID-kaart nog geldig is."
        ),
        "body": [
            ("heading", {"text": "Waarom nu al?", "level": "h2"}),
            (
                "paragraph",
                "<p>Voor de vakanties willen veel mensen tegelijk een nieuw document. Dan moet u "
                "soms weken wachten op een afspraak. Nu kunt u meestal snel terecht.</p>"
                "<p>Sommige landen willen dat uw paspoort na terugkomst nog 6 maanden geldig "
                "is. Kijk dat na op "
                '<a href="https://www.nederlandwereldwijd.nl">nederlandwereldwijd.nl</a>.</p>',
            ),
            ("heading", {"text": "Vergeet de kinderen niet", "level": "h2"}),
            (
                "paragraph",
                "<p>Ook kinderen hebben een eigen paspoort of ID-kaart nodig. Documenten van "
                "kinderen zijn maar 5 jaar geldig. Controleer dus ook hun papieren.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "Vraag uw nieuwe paspoort of ID-kaart op tijd aan.",
                    "link_label": "Maak een afspraak",
                    "link_url": AFSPRAAK_URL,
                },
            ),
            (
                "contact",
                {
                    "title": "Vragen over uw paspoort of ID-kaart?",
                    "text": "Bel Team Burgerzaken via 14 0162.",
                },
            ),
        ],
    },
]


# ---------------------------------------------------------------------------
# Home page, top tasks and life events
# ---------------------------------------------------------------------------

TOP_TASKS = [
    {"title": "Paspoort aanvragen", "page": "paspoort-en-id-kaart/paspoort-aanvragen"},
    {"title": "Verhuizing doorgeven", "page": "verhuizen/verhuizing-doorgeven"},
    {"title": "Grofvuil laten ophalen", "page": "afval/grofvuil-laten-ophalen"},
    {"title": "Afvalkalender", "page": "afval/afvalkalender-en-containers"},
    {"title": "Parkeervergunning aanvragen", "page": "wonen-en-bouwen/parkeervergunning"},
    {"title": "Hulp via de Wmo", "page": "zorg-en-ondersteuning/wmo-ondersteuning"},
]

LIFE_EVENTS = [
    {
        "title": "Ik ga verhuizen",
        "text": "Geef uw nieuwe adres op tijd door aan de gemeente.",
        "page": "wat-wilt-u-regelen/ik-ga-verhuizen",
    },
    {
        "title": "Ik krijg een kind",
        "text": "Doe binnen 3 dagen aangifte van de geboorte.",
        "page": "wat-wilt-u-regelen/ik-krijg-een-kind",
    },
    {
        "title": "Ik ga trouwen",
        "text": "Meld uw huwelijk of partnerschap minimaal 2 weken van tevoren.",
        "page": "wat-wilt-u-regelen/ik-ga-trouwen",
    },
    {
        "title": "Iemand is overleden",
        "text": "Lees wat u moet regelen en wat wij voor u doen.",
        "page": "wat-wilt-u-regelen/iemand-is-overleden",
    },
    {
        "title": "Ik start een bedrijf",
        "text": "Lees wat u moet regelen en waar u hulp krijgt.",
        "page": "wat-wilt-u-regelen/ik-start-een-bedrijf",
    },
    {
        "title": "Ik heb ondersteuning nodig",
        "text": "Hulp thuis, mantelzorg of jeugdhulp: wij helpen u op weg.",
        "page": "wat-wilt-u-regelen/ik-heb-ondersteuning-nodig",
    },
]

HOME = {
    "title": "Gemeente Geertruidenberg",
    "intro": (
        "Welkom op de website van de gemeente Geertruidenberg. "
        "Hier vindt u informatie voor inwoners van Geertruidenberg, Raamsdonksveer en Raamsdonk."
    ),
    "en": {
        "title": "Municipality of Geertruidenberg",
        "intro": (
            "Welcome to the website of the municipality of Geertruidenberg. "
            "Here you find information for residents of Geertruidenberg, Raamsdonksveer "
            "and Raamsdonk."
        ),
    },
}
