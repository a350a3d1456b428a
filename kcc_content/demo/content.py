"""Demo content for the KCC knowledge base of the municipality of Geertruidenberg.

Plain data only (no Django imports). Resident-facing Dutch text is plain Dutch at level B1:
short sentences, active voice, no officialese, and the reader is addressed as "u". The desk
memos and the explanations for KCC staff are internal notes and may be terse.

Names defined here:

* ``PRODUCTS``: products and services (``ProductPage``), each under an existing section of the
  demo site (``home/demo/content.py``), with its national product name (UPL), the SDG text
  sections as short HTML, the KCC fields and the slugs of related products. Some carry an
  English translation under "en".
* ``ANSWERS``: question-and-answer articles (VAC), each with a stable ``key``, the canonical
  answer as HTML, its channel variants (phone, e-mail, social media) and related products and
  answers. Some carry an English translation under "en".

Prices are indications for 2026 and may change every year.
"""

PHONE = "14 0162"
AFSPRAAK_URL = "https://www.geertruidenberg.nl/afspraak"
UPL_BASE = "http://standaarden.overheid.nl/owms/terms/"

TEAM_AFVAL = "Team Openbare Ruimte"
TEAM_BURGERZAKEN = "Team Burgerzaken"
TEAM_VERGUNNINGEN = "Team Vergunningen"
TEAM_SOCIAAL = "Team Sociaal Domein"
TEAM_WERK = "Team Werk en Inkomen"
TEAM_ECONOMIE = "Team Economie"


def _contact(team: str) -> str:
    """The usual contact section: the team's phone number and the Gemeentewinkel."""
    return (
        f"<p>Bel {team} via {PHONE}. "
        "Of kom langs in de Gemeentewinkel in het gemeentehuis in Raamsdonksveer.</p>"
    )


def _objection() -> str:
    """The usual objection section for a decision."""
    return (
        "<p>Bent u het niet eens met ons besluit? Maak dan binnen 6 weken bezwaar. "
        "Bel ons gerust eerst. Vaak lossen wij het samen op.</p>"
    )


# ---------------------------------------------------------------------------
# Products
# ---------------------------------------------------------------------------

PRODUCTS = [
    # Afval ---------------------------------------------------------------------------
    {
        "slug": "minicontainer-aanvragen",
        "title": "Minicontainer aanvragen",
        "section": "afval",
        "team": TEAM_AFVAL,
        "upl_name": "afvalcontainer",
        "upl_uri": UPL_BASE + "afvalcontainer",
        "audience": "residents",
        "intro": (
            "Heeft u een nieuwe, extra of andere container nodig? "
            "Vraag die online bij ons aan. Wij brengen de container bij u thuis."
        ),
        "introduction": (
            "<p>Elk huis in onze gemeente heeft containers voor gft, papier en restafval. "
            "Soms heeft u een andere of extra container nodig. "
            "Bijvoorbeeld als u in een nieuw huis woont.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Vul het formulier op onze website in.</li>"
            "<li>Kies de soort en de maat van de container.</li>"
            "<li>Wij brengen de container bij u thuis.</li>"
            "</ol>"
        ),
        "conditions": (
            "<p>U woont in de gemeente Geertruidenberg. "
            "Per huis krijgt u hooguit 1 extra container voor gft en 1 voor papier.</p>"
        ),
        "evidence": (
            "<ul>"
            "<li>uw postcode en huisnummer</li>"
            "<li>het nummer op uw oude container, als u die ruilt</li>"
            "</ul>"
        ),
        "costs": (
            "<ul>"
            "<li>Een extra blauwe container voor papier is gratis.</li>"
            "<li>Een extra groene container kost ongeveer € 30 per jaar.</li>"
            "<li>Een nieuwe container na diefstal kost ongeveer € 45.</li>"
            "</ul>"
            "<p>Prijzen kunnen elk jaar veranderen.</p>"
        ),
        "deadline": (
            "<p>Wij brengen de container binnen 10 werkdagen. "
            "U hoort vooraf op welke dag wij komen.</p>"
        ),
        "particulars": (
            "<p>Ruilt u een container? Maak de oude container dan leeg. "
            "Zet hem op de afgesproken dag aan de straat.</p>"
        ),
        "contact": (f"<p>Bel ons via {PHONE}. Houd uw postcode en huisnummer bij de hand.</p>"),
        "online_application": "ja",
        "application_url": "https://www.geertruidenberg.nl/container-aanvragen",
        "kcc_desk_memo": (
            "KCC mag de aanvraag zelf invoeren in het zaaksysteem (zaaktype 'Container aanvragen'). "
            "Levering alleen op maandag en donderdag. Diefstal: geen aangifte bij politie nodig. "
            "Ruil naar kleinere grijze container: gratis, 1x per jaar."
        ),
        "kcc_handling": "answer",
        "kcc_team": TEAM_AFVAL,
        "related": [],
        "en": {
            "title": "Requesting a wheelie bin",
            "intro": (
                "Do you need a new, extra or different bin? "
                "Request one online. We will deliver the bin to your home."
            ),
            "introduction": (
                "<p>Every home in our municipality has bins for organic waste, paper and "
                "residual waste. Sometimes you need a different or an extra bin. "
                "For example, when you move into a new home.</p>"
            ),
            "procedure": (
                "<ol>"
                "<li>Fill in the form on our website.</li>"
                "<li>Choose the type and size of the bin.</li>"
                "<li>We deliver the bin to your home.</li>"
                "</ol>"
            ),
            "conditions": (
                "<p>You live in the municipality of Geertruidenberg. "
                "Each home can get at most 1 extra bin for organic waste and 1 for paper.</p>"
            ),
            "evidence": (
                "<ul>"
                "<li>your postcode and house number</li>"
                "<li>the number on your old bin, if you are swapping it</li>"
                "</ul>"
            ),
            "costs": (
                "<ul>"
                "<li>An extra blue bin for paper is free.</li>"
                "<li>An extra green bin costs about € 30 a year.</li>"
                "<li>A new bin after theft costs about € 45.</li>"
                "</ul>"
                "<p>Prices may change every year.</p>"
            ),
            "deadline": (
                "<p>We deliver the bin within 10 working days. "
                "We will tell you the day in advance.</p>"
            ),
            "particulars": (
                "<p>Are you swapping a bin? Empty the old bin first. "
                "Put it out on the street on the agreed day.</p>"
            ),
            "contact": (f"<p>Call us on {PHONE}. Have your postcode and house number ready.</p>"),
        },
    },
    # Paspoort en ID-kaart ---------------------------------------------------------------
    {
        "slug": "paspoort",
        "title": "Paspoort",
        "section": "paspoort-en-id-kaart",
        "team": TEAM_BURGERZAKEN,
        "upl_name": "paspoort",
        "upl_uri": UPL_BASE + "paspoort",
        "audience": "residents",
        "intro": (
            "Met een paspoort reist u naar landen binnen en buiten Europa. "
            "U vraagt het aan in de Gemeentewinkel."
        ),
        "introduction": (
            "<p>Een paspoort is een reisdocument. Ook laat u ermee zien wie u bent. "
            "Voor een reis buiten Europa heeft u meestal een paspoort nodig.</p>"
        ),
        "procedure": (
            "<ol>"
            f'<li>Maak online <a href="{AFSPRAAK_URL}">een afspraak</a> bij de Gemeentewinkel.</li>'
            "<li>Kom zelf naar de afspraak.</li>"
            "<li>Wij nemen uw vingerafdrukken af.</li>"
            "<li>Haal uw paspoort na ongeveer 5 werkdagen op.</li>"
            "</ol>"
        ),
        "conditions": (
            "<p>U heeft de Nederlandse nationaliteit. "
            "U staat ingeschreven in de gemeente Geertruidenberg.</p>"
            "<p>Is uw kind jonger dan 18 jaar? "
            "Dan geven beide ouders met gezag toestemming.</p>"
        ),
        "evidence": (
            "<ul>"
            "<li>een goede pasfoto van hooguit 6 maanden oud</li>"
            "<li>uw oude paspoort, als u dat heeft</li>"
            "<li>een pinpas om te betalen</li>"
            "</ul>"
        ),
        "costs": (
            "<ul>"
            "<li>18 jaar en ouder: ongeveer € 84</li>"
            "<li>jonger dan 18 jaar: ongeveer € 63</li>"
            "</ul>"
            "<p>U betaalt bij de aanvraag. Prijzen kunnen elk jaar veranderen.</p>"
        ),
        "deadline": (
            "<p>Na ongeveer 5 werkdagen ligt uw paspoort klaar. Haal het binnen 3 maanden op.</p>"
        ),
        "particulars": (
            "<p>Heeft u snel een paspoort nodig? Doe dan een spoedaanvraag. Dat kost extra.</p>"
        ),
        "contact": _contact(TEAM_BURGERZAKEN),
        "online_application": "nee",
        "application_url": "",
        "kcc_desk_memo": (
            "Spoedaanvraag alleen na overleg met Burgerzaken (doorverbinden). "
            "Aanvraag alleen in de woongemeente. Minderjarige: toestemming van beide "
            "gezaghebbende ouders, formulier op de website. Geen afspraak vrij binnen "
            "3 weken: melden bij teamleider Burgerzaken."
        ),
        "kcc_handling": "answer",
        "kcc_team": TEAM_BURGERZAKEN,
        "related": ["identiteitskaart", "rijbewijs"],
        "en": {
            "title": "Passport",
            "intro": (
                "With a passport you can travel to countries inside and outside Europe. "
                "You apply for it at the Gemeentewinkel (municipal service desk)."
            ),
            "introduction": (
                "<p>A passport is a travel document. It also shows who you are. "
                "You usually need a passport to travel outside Europe.</p>"
            ),
            "procedure": (
                "<ol>"
                f'<li>Make <a href="{AFSPRAAK_URL}">an appointment</a> at the Gemeentewinkel '
                "online.</li>"
                "<li>Come to the appointment in person.</li>"
                "<li>We take your fingerprints.</li>"
                "<li>Collect your passport after about 5 working days.</li>"
                "</ol>"
            ),
            "conditions": (
                "<p>You have Dutch nationality. "
                "You are registered in the municipality of Geertruidenberg.</p>"
                "<p>Is your child under 18? "
                "Then both parents with parental authority must give permission.</p>"
            ),
            "evidence": (
                "<ul>"
                "<li>a good passport photo, no more than 6 months old</li>"
                "<li>your old passport, if you have one</li>"
                "<li>a debit card to pay</li>"
                "</ul>"
            ),
            "costs": (
                "<ul>"
                "<li>18 and older: about € 84</li>"
                "<li>under 18: about € 63</li>"
                "</ul>"
                "<p>You pay when you apply. Prices may change every year.</p>"
            ),
            "deadline": (
                "<p>Your passport is ready after about 5 working days. "
                "Collect it within 3 months.</p>"
            ),
            "particulars": (
                "<p>Do you need a passport quickly? Then make a rush application. "
                "This costs extra.</p>"
            ),
            "contact": (
                f"<p>Call Team Burgerzaken on {PHONE}. Or visit the Gemeentewinkel in the town "
                "hall in Raamsdonksveer.</p>"
            ),
        },
    },
    {
        "slug": "identiteitskaart",
        "title": "ID-kaart",
        "section": "paspoort-en-id-kaart",
        "team": TEAM_BURGERZAKEN,
        "upl_name": "identiteitskaart",
        "upl_uri": UPL_BASE + "identiteitskaart",
        "audience": "residents",
        "intro": (
            "Met een ID-kaart laat u zien wie u bent. "
            "U reist er ook mee binnen Europa. U vraagt de kaart aan in de Gemeentewinkel."
        ),
        "introduction": (
            "<p>Vanaf 14 jaar moet u altijd kunnen laten zien wie u bent. "
            "Dat kan met een ID-kaart. "
            "Met een ID-kaart reist u ook in de landen van de Europese Unie.</p>"
        ),
        "procedure": (
            "<ol>"
            f'<li>Maak online <a href="{AFSPRAAK_URL}">een afspraak</a> bij de Gemeentewinkel.</li>'
            "<li>Kom zelf naar de afspraak.</li>"
            "<li>Haal uw ID-kaart na ongeveer 5 werkdagen op.</li>"
            "</ol>"
        ),
        "conditions": (
            "<p>U heeft de Nederlandse nationaliteit. "
            "U staat ingeschreven in de gemeente Geertruidenberg.</p>"
            "<p>Is uw kind jonger dan 12 jaar? Dan geeft een ouder met gezag toestemming.</p>"
        ),
        "evidence": (
            "<ul>"
            "<li>een goede pasfoto van hooguit 6 maanden oud</li>"
            "<li>uw oude ID-kaart, als u die heeft</li>"
            "<li>een pinpas om te betalen</li>"
            "</ul>"
        ),
        "costs": (
            "<ul>"
            "<li>18 jaar en ouder: ongeveer € 77</li>"
            "<li>jonger dan 18 jaar: ongeveer € 43</li>"
            "</ul>"
            "<p>U betaalt bij de aanvraag. Prijzen kunnen elk jaar veranderen.</p>"
        ),
        "deadline": (
            "<p>Na ongeveer 5 werkdagen ligt uw ID-kaart klaar. Haal hem binnen 3 maanden op.</p>"
        ),
        "particulars": (
            "<p>Reist u buiten Europa? Dan heeft u meestal een paspoort nodig. "
            "Kijk voor uw reis welk document u nodig heeft.</p>"
        ),
        "contact": _contact(TEAM_BURGERZAKEN),
        "online_application": "nee",
        "application_url": "",
        "kcc_desk_memo": (
            "Vingerafdrukken vanaf 12 jaar. Kind < 12: toestemming van 1 gezaghebbende ouder. "
            "Bijstand? Kosten soms terug via bijzondere bijstand: verwijzen naar Team Werk en "
            "Inkomen. Spoed: zie memo Paspoort."
        ),
        "kcc_handling": "answer",
        "kcc_team": TEAM_BURGERZAKEN,
        "related": ["paspoort", "rijbewijs"],
        "en": {
            "title": "ID card",
            "intro": (
                "An ID card shows who you are. You can also use it to travel within Europe. "
                "You apply for the card at the Gemeentewinkel."
            ),
            "introduction": (
                "<p>From the age of 14 you must always be able to show who you are. "
                "An ID card lets you do that. "
                "You can also travel in the countries of the European Union with it.</p>"
            ),
            "procedure": (
                "<ol>"
                f'<li>Make <a href="{AFSPRAAK_URL}">an appointment</a> at the Gemeentewinkel '
                "online.</li>"
                "<li>Come to the appointment in person.</li>"
                "<li>Collect your ID card after about 5 working days.</li>"
                "</ol>"
            ),
            "conditions": (
                "<p>You have Dutch nationality. "
                "You are registered in the municipality of Geertruidenberg.</p>"
                "<p>Is your child under 12? "
                "Then a parent with parental authority gives permission.</p>"
            ),
            "evidence": (
                "<ul>"
                "<li>a good passport photo, no more than 6 months old</li>"
                "<li>your old ID card, if you have one</li>"
                "<li>a debit card to pay</li>"
                "</ul>"
            ),
            "costs": (
                "<ul>"
                "<li>18 and older: about € 77</li>"
                "<li>under 18: about € 43</li>"
                "</ul>"
                "<p>You pay when you apply. Prices may change every year.</p>"
            ),
            "deadline": (
                "<p>Your ID card is ready after about 5 working days. "
                "Collect it within 3 months.</p>"
            ),
            "particulars": (
                "<p>Are you travelling outside Europe? Then you usually need a passport. "
                "Check which document you need before you travel.</p>"
            ),
            "contact": (
                f"<p>Call Team Burgerzaken on {PHONE}. Or visit the Gemeentewinkel in the town "
                "hall in Raamsdonksveer.</p>"
            ),
        },
    },
    {
        "slug": "rijbewijs",
        "title": "Rijbewijs verlengen of vervangen",
        "section": "paspoort-en-id-kaart",
        "team": TEAM_BURGERZAKEN,
        "upl_name": "rijbewijs",
        "upl_uri": UPL_BASE + "rijbewijs",
        "audience": "residents",
        "intro": (
            "Is uw rijbewijs bijna verlopen, kapot of kwijt? "
            "Vraag dan een nieuw rijbewijs aan in de Gemeentewinkel."
        ),
        "introduction": (
            "<p>Een rijbewijs is meestal 10 jaar geldig. "
            "Op uw rijbewijs ziet u tot wanneer. Vraag een nieuw rijbewijs op tijd aan.</p>"
        ),
        "procedure": (
            "<ol>"
            f'<li>Maak online <a href="{AFSPRAAK_URL}">een afspraak</a> bij de Gemeentewinkel.</li>'
            "<li>Kom zelf naar de afspraak.</li>"
            "<li>Haal uw nieuwe rijbewijs na ongeveer 5 werkdagen op.</li>"
            "</ol>"
        ),
        "conditions": (
            "<p>U staat ingeschreven in de gemeente Geertruidenberg. "
            "Bent u 75 jaar of ouder? Dan heeft u eerst een goedkeuring van het CBR nodig. "
            "Die heet een Verklaring van Geschiktheid.</p>"
        ),
        "evidence": (
            "<ul>"
            "<li>een goede pasfoto van hooguit 6 maanden oud</li>"
            "<li>uw oude rijbewijs, als u dat heeft</li>"
            "<li>een pinpas om te betalen</li>"
            "</ul>"
        ),
        "costs": (
            "<p>Een rijbewijs kost ongeveer € 52. "
            "Is uw rijbewijs kwijt of gestolen? Dan betaalt u ongeveer € 40 extra.</p>"
        ),
        "deadline": "<p>Na ongeveer 5 werkdagen ligt uw rijbewijs klaar.</p>",
        "particulars": (
            "<p>Heeft u een keuring van het CBR nodig? Vraag die dan ruim op tijd aan. "
            "Het CBR doet er soms 4 maanden over.</p>"
        ),
        "contact": _contact(TEAM_BURGERZAKEN),
        "online_application": "nee",
        "application_url": "",
        "kcc_desk_memo": (
            "Spoedlevering (volgende werkdag) kan, ca. € 40 extra; aanvragen voor 12.00 uur. "
            "Vragen over keuring of medische eisen: verwijzen naar CBR (cbr.nl). "
            "Rijbewijs kwijt in buitenland: eerst verklaring van lokale politie."
        ),
        "kcc_handling": "answer",
        "kcc_team": TEAM_BURGERZAKEN,
        "related": ["paspoort", "identiteitskaart"],
    },
    # Verhuizen -----------------------------------------------------------------------
    {
        "slug": "verhuizing-melden",
        "title": "Verhuizing melden",
        "section": "verhuizen",
        "team": TEAM_BURGERZAKEN,
        "upl_name": "verhuismelding",
        "upl_uri": UPL_BASE + "verhuismelding",
        "audience": "residents",
        "intro": (
            "Gaat u verhuizen binnen of naar de gemeente Geertruidenberg? "
            "Geef uw nieuwe adres dan online aan ons door."
        ),
        "introduction": (
            "<p>Wij houden uw adres bij in de Basisregistratie Personen (BRP). "
            "Veel organisaties gebruiken dat adres. Daarom is het belangrijk dat het klopt.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Log in met DigiD op onze website.</li>"
            "<li>Vul uw nieuwe adres en de verhuisdatum in.</li>"
            "<li>Geef aan wie er met u meeverhuist.</li>"
            "<li>Verstuur het formulier.</li>"
            "</ol>"
        ),
        "conditions": (
            "<p>Geef uw verhuizing door vanaf 4 weken voor de verhuisdatum. "
            "Doe het uiterlijk 5 dagen na de verhuizing. "
            "Kinderen vanaf 16 jaar mogen het ook zelf doen.</p>"
        ),
        "evidence": (
            "<p>Gaat u bij iemand inwonen? Dan heeft u toestemming van de hoofdbewoner nodig. "
            "Die geeft de toestemming online met DigiD.</p>"
        ),
        "costs": "<p>Een verhuizing doorgeven is gratis.</p>",
        "deadline": (
            "<p>Binnen 5 werkdagen krijgt u een bevestiging. "
            "Soms controleren wij eerst uw adres. Dan duurt het langer.</p>"
        ),
        "particulars": (
            "<p>Verhuist u naar een andere gemeente? Geef het dan door aan uw nieuwe gemeente. "
            "Die gemeente laat het ons weten.</p>"
        ),
        "contact": (
            f"<p>Lukt het niet online? Bel Team Burgerzaken via {PHONE}. "
            "Of maak een afspraak bij de Gemeentewinkel.</p>"
        ),
        "online_application": "digid",
        "application_url": "https://www.geertruidenberg.nl/verhuizen",
        "kcc_desk_memo": (
            "Te laat doorgegeven: niet over boetes praten, wel meteen laten melden. "
            "Twijfel over bewoning of post voor onbekenden: terugbelverzoek adresonderzoek "
            "Team Burgerzaken. Inwoning: toestemming hoofdbewoner verplicht."
        ),
        "kcc_handling": "answer",
        "kcc_team": TEAM_BURGERZAKEN,
        "related": ["uittreksel-brp", "minicontainer-aanvragen", "bewonersparkeervergunning"],
        "en": {
            "title": "Reporting a move",
            "intro": (
                "Are you moving within or to the municipality of Geertruidenberg? "
                "Give us your new address online."
            ),
            "introduction": (
                "<p>We keep your address in the Personal Records Database (BRP). "
                "Many organisations use that address. "
                "That is why it is important that it is correct.</p>"
            ),
            "procedure": (
                "<ol>"
                "<li>Log in on our website with DigiD.</li>"
                "<li>Fill in your new address and the moving date.</li>"
                "<li>Tell us who is moving with you.</li>"
                "<li>Send the form.</li>"
                "</ol>"
            ),
            "conditions": (
                "<p>Report your move from 4 weeks before the moving date. "
                "Do it no later than 5 days after the move. "
                "Children aged 16 and older may also do it themselves.</p>"
            ),
            "evidence": (
                "<p>Are you moving in with someone? Then you need permission from the main "
                "occupant. They give permission online with DigiD.</p>"
            ),
            "costs": "<p>Reporting a move is free.</p>",
            "deadline": (
                "<p>You will get a confirmation within 5 working days. "
                "Sometimes we check your address first. Then it takes longer.</p>"
            ),
            "particulars": (
                "<p>Are you moving to another municipality? Then report it to your new "
                "municipality. They will let us know.</p>"
            ),
            "contact": (
                f"<p>Is it not working online? Call Team Burgerzaken on {PHONE}. "
                "Or make an appointment at the Gemeentewinkel.</p>"
            ),
        },
    },
    # Geboorte, trouwen en overlijden -------------------------------------------------
    {
        "slug": "uittreksel-brp",
        "title": "Uittreksel uit de BRP",
        "section": "burgerzaken",
        "team": TEAM_BURGERZAKEN,
        "upl_name": "brp-uittreksel",
        "upl_uri": UPL_BASE + "brpUittr",
        "audience": "residents",
        "intro": (
            "Een uittreksel laat zien welke gegevens wij van u hebben. "
            "U vraagt het online aan met DigiD."
        ),
        "introduction": (
            "<p>In de Basisregistratie Personen (BRP) staan uw naam, adres en geboortedatum. "
            "Een uittreksel is een bewijs van die gegevens. "
            "U heeft het soms nodig voor werk, een huurhuis of een visum.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Log in met DigiD op onze website.</li>"
            "<li>Kies welk uittreksel u nodig heeft.</li>"
            "<li>Betaal online met iDEAL.</li>"
            "</ol>"
            "<p>Wij sturen het uittreksel per post naar uw adres.</p>"
        ),
        "conditions": (
            "<p>U staat ingeschreven in de gemeente Geertruidenberg. "
            "U vraagt het uittreksel over uzelf aan.</p>"
        ),
        "evidence": (
            "<p>U heeft DigiD nodig. Heeft u geen DigiD? "
            "Kom dan met uw paspoort of ID-kaart naar de Gemeentewinkel.</p>"
        ),
        "costs": "<p>Een uittreksel kost ongeveer € 16. Prijzen kunnen elk jaar veranderen.</p>",
        "deadline": (
            "<p>U krijgt het uittreksel binnen 5 werkdagen in de brievenbus. "
            "In de Gemeentewinkel krijgt u het meteen mee.</p>"
        ),
        "particulars": (
            "<p>Vraagt een organisatie om uw oude adressen? "
            "Kies dan een uittreksel met adreshistorie.</p>"
        ),
        "contact": _contact(TEAM_BURGERZAKEN),
        "online_application": "digid",
        "application_url": "https://www.geertruidenberg.nl/uittreksel",
        "kcc_desk_memo": (
            "Uittreksel voor een ander: alleen met machtiging en kopie ID. "
            "Voor buitenland: internationaal uittreksel; apostille via rechtbank, niet via ons. "
            "Uittreksel met gezag is een ander product (gezagsregister)."
        ),
        "kcc_handling": "answer",
        "kcc_team": TEAM_BURGERZAKEN,
        "related": ["verhuizing-melden"],
    },
    {
        "slug": "geboorteaangifte",
        "title": "Geboorteaangifte",
        "section": "burgerzaken",
        "team": TEAM_BURGERZAKEN,
        "upl_name": "geboorteaangifte",
        "upl_uri": UPL_BASE + "geboorteaangifte",
        "audience": "residents",
        "intro": "Is uw kind geboren? Doe dan binnen 3 dagen aangifte van de geboorte.",
        "introduction": (
            "<p>Na de aangifte staat uw kind in de Basisregistratie Personen. "
            "Uw kind krijgt dan ook een burgerservicenummer (BSN).</p>"
        ),
        "procedure": (
            "<p>Is uw kind in onze gemeente geboren? Doe dan online aangifte met DigiD. "
            "Lukt dat niet? Maak dan een afspraak bij de Gemeentewinkel.</p>"
        ),
        "conditions": (
            "<p>Meestal doet een van de ouders aangifte. "
            "Iemand anders die bij de geboorte was, mag het ook doen. "
            "U doet aangifte in de gemeente waar uw kind geboren is.</p>"
        ),
        "evidence": (
            "<ul>"
            "<li>uw eigen paspoort of ID-kaart</li>"
            "<li>de verklaring van de verloskundige of het ziekenhuis</li>"
            "<li>de akte van erkenning, als u die heeft</li>"
            "</ul>"
        ),
        "costs": (
            "<p>De aangifte is gratis. Een afschrift van de geboorteakte kost ongeveer € 15.</p>"
        ),
        "deadline": (
            "<p>Doe aangifte binnen 3 dagen na de geboorte. "
            "Valt er een weekend of feestdag in die dagen? Dan heeft u 1 dag langer.</p>"
        ),
        "particulars": (
            "<p>Bent u niet getrouwd? Dan erkent de partner het kind. "
            "Doe dat het liefst al voor de geboorte.</p>"
        ),
        "contact": _contact(TEAM_BURGERZAKEN),
        "online_application": "digid",
        "application_url": "https://www.geertruidenberg.nl/geboorte",
        "kcc_desk_memo": (
            "Geboren in Amphia Breda of ETZ Tilburg: aangifte in die gemeente, niet bij ons. "
            "Na 3 dagen: toch aangifte laten doen, Burgerzaken regelt de rest. "
            "Vragen over naamskeuze of erkenning na geboorte: doorverbinden Burgerzaken."
        ),
        "kcc_handling": "answer",
        "kcc_team": TEAM_BURGERZAKEN,
        "related": ["huwelijk-en-partnerschap"],
    },
    {
        "slug": "huwelijk-en-partnerschap",
        "title": "Huwelijk of geregistreerd partnerschap",
        "section": "burgerzaken",
        "team": TEAM_BURGERZAKEN,
        "upl_name": "huwelijk",
        "upl_uri": UPL_BASE + "huwelijk",
        "audience": "residents",
        "intro": (
            "Gaat u trouwen of een geregistreerd partnerschap aangaan? "
            "Meld dit minstens 2 weken van tevoren online bij ons."
        ),
        "introduction": (
            "<p>Trouwen en een geregistreerd partnerschap lijken veel op elkaar. "
            "U regelt beide bij de gemeente. "
            "U kiest zelf de datum, de plek en de trouwambtenaar.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Meld uw huwelijk of partnerschap online met DigiD.</li>"
            "<li>Kies een datum, tijd en plek.</li>"
            "<li>Geef de namen van uw getuigen door.</li>"
            "<li>Betaal de kosten.</li>"
            "</ol>"
        ),
        "conditions": (
            "<p>U bent allebei 18 jaar of ouder. U bent allebei niet getrouwd. "
            "U heeft 2 tot 4 getuigen van 18 jaar of ouder.</p>"
        ),
        "evidence": (
            "<ul>"
            "<li>de DigiD van u allebei</li>"
            "<li>een kopie van het paspoort of de ID-kaart van uw getuigen</li>"
            "<li>bij een partner uit het buitenland: een geboorteakte</li>"
            "</ul>"
        ),
        "costs": (
            "<p>Op vaste momenten trouwt u gratis in het gemeentehuis. "
            "Een ceremonie op een ander moment kost geld. "
            "De prijzen staan op onze website.</p>"
        ),
        "deadline": (
            "<p>Meld uw huwelijk minstens 2 weken en hooguit 1 jaar van tevoren. "
            "Populaire data zijn snel vol. Kies daarom op tijd een datum.</p>"
        ),
        "particulars": (
            "<p>Trouwt u op een eigen plek, zoals een tuin of restaurant? "
            "Vraag dan eerst toestemming aan de eigenaar.</p>"
        ),
        "contact": _contact(TEAM_BURGERZAKEN),
        "online_application": "digid",
        "application_url": "https://www.geertruidenberg.nl/trouwen",
        "kcc_desk_memo": (
            "KCC mag een optie nemen in de trouwagenda (hooguit 2 weken). "
            "Eigen trouwambtenaar (BABS voor 1 dag): minstens 4 maanden vooraf, via Burgerzaken. "
            "Partner uit buitenland: altijd terugbelverzoek Burgerzaken."
        ),
        "kcc_handling": "answer",
        "kcc_team": TEAM_BURGERZAKEN,
        "related": ["uittreksel-brp", "geboorteaangifte"],
    },
    # Wonen en bouwen -----------------------------------------------------------------
    {
        "slug": "omgevingsvergunning-aanvragen",
        "title": "Omgevingsvergunning aanvragen",
        "section": "wonen-en-bouwen",
        "team": TEAM_VERGUNNINGEN,
        "upl_name": "omgevingsvergunning",
        "upl_uri": UPL_BASE + "omgevingsvergunning",
        "audience": "both",
        "intro": (
            "Wilt u bouwen, verbouwen of een boom kappen? "
            "Dan heeft u soms een omgevingsvergunning nodig. "
            "U vraagt die aan via het Omgevingsloket."
        ),
        "introduction": (
            "<p>Met een omgevingsvergunning mag u iets bouwen, slopen of veranderen. "
            "Bijvoorbeeld een dakkapel, een aanbouw of een inrit.</p>"
        ),
        "procedure": (
            "<ol>"
            '<li>Doe de vergunningcheck op <a href="https://www.omgevingsloket.nl">'
            "omgevingsloket.nl</a>.</li>"
            "<li>Maak tekeningen van uw plan.</li>"
            "<li>Vraag de vergunning online aan met DigiD of eHerkenning.</li>"
            "</ol>"
        ),
        "conditions": (
            "<p>Uw plan past in de regels van het omgevingsplan. "
            "Past het niet? Dan kunnen wij soms toch een vergunning geven. "
            "Dat duurt dan wel langer.</p>"
        ),
        "evidence": (
            "<ul>"
            "<li>tekeningen van de oude en de nieuwe situatie</li>"
            "<li>een kaart met de plek van het bouwwerk</li>"
            "<li>foto's van de plek</li>"
            "</ul>"
        ),
        "costs": (
            "<p>U betaalt kosten voor de aanvraag. Die kosten heten leges. "
            "Vaak is dat een deel van de bouwkosten.</p>"
        ),
        "deadline": (
            "<p>Wij beslissen meestal binnen 8 weken. "
            "Soms hebben wij 6 weken langer nodig. Dat laten wij u dan weten.</p>"
        ),
        "objection": (
            "<p>Bent u het niet eens met ons besluit? Maak dan binnen 6 weken bezwaar. "
            "Ook buren kunnen bezwaar maken tegen een vergunning.</p>"
        ),
        "no_response": (
            "<p>Beslissen wij niet op tijd? Laat ons dan per brief weten dat wij te laat zijn. "
            "Beslissen wij daarna niet binnen 2 weken? "
            "Dan betalen wij u een bedrag per dag.</p>"
        ),
        "contact": (
            f"<p>Bel Team Vergunningen via {PHONE}. "
            "Bij een groot plan kunt u eerst een gesprek met ons aanvragen.</p>"
        ),
        "online_application": "ja",
        "application_url": "https://www.omgevingsloket.nl",
        "kcc_desk_memo": (
            "KCC geeft geen oordeel of iets vergunningvrij is. Verwijs naar de vergunningcheck. "
            "Vragen over een eigen plan: terugbelverzoek Team Vergunningen (binnen 2 werkdagen). "
            "Status van een aanvraag staat in het zaaksysteem."
        ),
        "kcc_handling": "callback",
        "kcc_team": TEAM_VERGUNNINGEN,
        "related": ["evenementenvergunning-aanvragen"],
    },
    {
        "slug": "bewonersparkeervergunning",
        "title": "Parkeervergunning voor bewoners",
        "section": "wonen-en-bouwen",
        "team": TEAM_VERGUNNINGEN,
        "upl_name": "parkeervergunning",
        "upl_uri": UPL_BASE + "parkeervergunning",
        "audience": "residents",
        "intro": (
            "Woont u in een straat met vergunningparkeren? "
            "Dan vraagt u online een parkeervergunning aan voor uw auto."
        ),
        "introduction": (
            "<p>In delen van Geertruidenberg en Raamsdonksveer parkeert u alleen met een "
            "vergunning. Zo houden wij plek vrij voor bewoners.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Log in met DigiD op onze website.</li>"
            "<li>Vul het kenteken van uw auto in.</li>"
            "<li>Betaal online.</li>"
            "</ol>"
            "<p>U krijgt geen kaart achter de ruit. De vergunning hoort bij uw kenteken.</p>"
        ),
        "conditions": (
            "<ul>"
            "<li>U woont in een straat met vergunningparkeren.</li>"
            "<li>De auto staat op uw naam, of u rijdt in een auto van uw werkgever.</li>"
            "<li>U krijgt hooguit 2 vergunningen per adres.</li>"
            "</ul>"
        ),
        "evidence": (
            "<p>Rijdt u in een auto van de zaak? "
            "Dan heeft u een verklaring van uw werkgever nodig.</p>"
        ),
        "costs": (
            "<p>De eerste vergunning kost ongeveer € 55 per jaar. De tweede kost meer. "
            "Prijzen kunnen elk jaar veranderen.</p>"
        ),
        "deadline": (
            "<p>Meestal is uw vergunning dezelfde dag geldig. "
            "Moeten wij iets controleren? Dan hoort u binnen 2 weken van ons.</p>"
        ),
        "objection": "<p>Krijgt u geen vergunning? Dan kunt u binnen 6 weken bezwaar maken.</p>",
        "particulars": (
            "<p>Komt er bezoek? Vraag dan een bezoekersvergunning aan. "
            "Daarmee parkeert uw bezoek een paar uur.</p>"
        ),
        "contact": f"<p>Bel Team Vergunningen via {PHONE}.</p>",
        "online_application": "digid",
        "application_url": "https://www.geertruidenberg.nl/parkeervergunning",
        "kcc_desk_memo": (
            "Kenteken wijzigen mag KCC zelf doen in het parkeersysteem, na controle van het adres. "
            "Boete ondanks vergunning: verwijzen naar bezwaar, niet zelf toezeggen. "
            "Wachtlijst vestingstad: terugbelverzoek Team Vergunningen."
        ),
        "kcc_handling": "answer",
        "kcc_team": TEAM_VERGUNNINGEN,
        "related": ["gehandicaptenparkeerkaart", "verhuizing-melden"],
    },
    # Werk en inkomen -----------------------------------------------------------------
    {
        "slug": "bijstandsuitkering",
        "title": "Bijstandsuitkering aanvragen",
        "section": "werk-en-inkomen",
        "team": TEAM_WERK,
        "upl_name": "bijstand",
        "upl_uri": UPL_BASE + "bijstand",
        "audience": "residents",
        "intro": (
            "Heeft u te weinig geld om van te leven? "
            "Dan kunt u misschien een bijstandsuitkering krijgen. U vraagt die online aan."
        ),
        "introduction": (
            "<p>Bijstand is een uitkering voor mensen met te weinig inkomen. "
            "Met bijstand betaalt u de vaste kosten. Zoals huur, eten en energie.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Meld u online aan met DigiD.</li>"
            "<li>Stuur ons binnen 5 werkdagen de papieren die wij vragen.</li>"
            "<li>U heeft een gesprek met een consulent.</li>"
            "</ol>"
        ),
        "conditions": (
            "<ul>"
            "<li>U bent 18 jaar of ouder en heeft de AOW-leeftijd nog niet.</li>"
            "<li>U woont in de gemeente Geertruidenberg.</li>"
            "<li>U heeft te weinig inkomen en spaargeld.</li>"
            "<li>U zoekt werk, als dat kan.</li>"
            "</ul>"
        ),
        "evidence": (
            "<ul>"
            "<li>uw paspoort of ID-kaart</li>"
            "<li>bankafschriften van de laatste 3 maanden</li>"
            "<li>uw huurcontract of hypotheek</li>"
            "<li>uw laatste loonstroken, als u die heeft</li>"
            "</ul>"
        ),
        "costs": "<p>Bijstand aanvragen is gratis.</p>",
        "deadline": (
            "<p>Wij beslissen binnen 8 weken. "
            "Heeft u dringend geld nodig? Vraag dan om een voorschot.</p>"
        ),
        "objection": _objection(),
        "particulars": (
            "<p>Bent u jonger dan 27 jaar? Dan zoekt u eerst 4 weken zelf naar werk of een "
            "opleiding. Daarna vraagt u pas bijstand aan.</p>"
        ),
        "contact": f"<p>Bel Team Werk en Inkomen via {PHONE}.</p>",
        "online_application": "digid",
        "application_url": "https://www.geertruidenberg.nl/bijstand",
        "kcc_desk_memo": (
            "Geen toezeggingen over recht op bijstand. Acute nood (geen eten of onderdak): "
            "direct doorverbinden met de consulent van dienst. Voorschot alleen na volledige "
            "aanvraag. Uitbetaling uiterlijk op de laatste werkdag van de maand."
        ),
        "kcc_handling": "callback",
        "kcc_team": TEAM_WERK,
        "related": ["kwijtschelding-belastingen"],
    },
    {
        "slug": "kwijtschelding-belastingen",
        "title": "Kwijtschelding van gemeentelijke belastingen",
        "section": "werk-en-inkomen",
        "team": TEAM_WERK,
        "upl_name": "belastingkwijtschelding",
        "upl_uri": UPL_BASE + "belastingkwijtschelding",
        "audience": "residents",
        "intro": (
            "Kunt u de gemeentelijke belastingen niet betalen? "
            "Vraag dan kwijtschelding aan. Dan hoeft u niet of minder te betalen."
        ),
        "introduction": (
            "<p>Heeft u een laag inkomen en weinig spaargeld? "
            "Dan hoeft u soms geen afvalstoffenheffing en rioolheffing te betalen. "
            "Dat heet kwijtschelding.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Vraag kwijtschelding online aan met DigiD.</li>"
            "<li>Stuur de papieren mee die wij vragen.</li>"
            "<li>Wacht met betalen tot u ons besluit heeft.</li>"
            "</ol>"
        ),
        "conditions": (
            "<p>Uw inkomen is niet hoger dan de bijstand. "
            "U heeft weinig of geen spaargeld. U heeft geen dure auto.</p>"
        ),
        "evidence": (
            "<ul>"
            "<li>bankafschriften van de laatste 3 maanden</li>"
            "<li>een bewijs van uw inkomen</li>"
            "<li>uw huurcontract</li>"
            "</ul>"
        ),
        "costs": "<p>Kwijtschelding aanvragen is gratis.</p>",
        "deadline": (
            "<p>Vraag kwijtschelding aan binnen 3 maanden na de datum op de aanslag. "
            "Wij beslissen binnen 8 weken.</p>"
        ),
        "objection": (
            "<p>Bent u het niet eens met ons besluit? "
            "Vraag dan binnen 1 maand om een nieuwe beoordeling.</p>"
        ),
        "particulars": (
            "<p>Kreeg u vorig jaar ook kwijtschelding? Dan kijken wij soms vanzelf opnieuw. "
            "U krijgt daarover een brief.</p>"
        ),
        "contact": f"<p>Bel Team Werk en Inkomen via {PHONE}.</p>",
        "online_application": "digid",
        "application_url": "https://www.geertruidenberg.nl/kwijtschelding",
        "kcc_desk_memo": (
            "Geen kwijtschelding voor OZB van eigenaren. Betalingsregeling is een andere route. "
            "Automatische toets via Inlichtingenbureau in februari. "
            "Bij schulden ook wijzen op Hulp bij schulden."
        ),
        "kcc_handling": "transfer",
        "kcc_team": TEAM_WERK,
        "related": ["bijstandsuitkering"],
    },
    # Zorg en ondersteuning -----------------------------------------------------------
    {
        "slug": "wmo-ondersteuning-aanvragen",
        "title": "Wmo-ondersteuning aanvragen",
        "section": "zorg-en-ondersteuning",
        "team": TEAM_SOCIAAL,
        "upl_name": "wmo-voorziening",
        "upl_uri": UPL_BASE + "wmo-voorziening",
        "audience": "residents",
        "intro": (
            "Lukt het niet meer om alles zelf te doen? Dan kunt u hulp krijgen via de Wmo. "
            "Bijvoorbeeld hulp in het huishouden of een traplift."
        ),
        "introduction": (
            "<p>Wmo staat voor Wet maatschappelijke ondersteuning. "
            "Met deze hulp woont u langer zelfstandig thuis. "
            "Wij zoeken samen met u naar een goede oplossing.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Meld uw hulpvraag online of via de telefoon.</li>"
            "<li>Binnen 6 weken hebben wij een gesprek met u.</li>"
            "<li>Daarna vraagt u de hulp aan.</li>"
            "</ol>"
        ),
        "conditions": (
            "<p>U woont in de gemeente Geertruidenberg. "
            "U kunt het niet zelf oplossen, ook niet met hulp van familie of buren.</p>"
        ),
        "evidence": (
            "<p>Voor de melding heeft u geen papieren nodig. "
            "Heeft u een brief van een arts? Leg die dan klaar voor het gesprek.</p>"
        ),
        "costs": (
            "<p>Voor de meeste hulp betaalt u een eigen bijdrage. "
            "Dat is ongeveer € 22 per maand. Het CAK stuurt u de rekening.</p>"
        ),
        "deadline": "<p>Na uw aanvraag beslissen wij binnen 2 weken.</p>",
        "objection": _objection(),
        "particulars": (
            "<p>Wilt u hulp bij het gesprek? Een cliëntondersteuner helpt u gratis. "
            "Deze persoon werkt niet voor de gemeente.</p>"
        ),
        "contact": f"<p>Bel Team Sociaal Domein via {PHONE}.</p>",
        "online_application": "ja",
        "application_url": "https://www.geertruidenberg.nl/wmo",
        "kcc_desk_memo": (
            "Melding mag telefonisch: KCC legt de melding vast (zaaktype Wmo-melding) met "
            "terugbelnummer. Crisis of onveilige situatie: direct doorverbinden met het wijkteam "
            "van dienst. Geen toezeggingen over soort of omvang van hulp."
        ),
        "kcc_handling": "callback",
        "kcc_team": TEAM_SOCIAAL,
        "related": ["gehandicaptenparkeerkaart", "mantelzorgwaardering"],
    },
    {
        "slug": "gehandicaptenparkeerkaart",
        "title": "Gehandicaptenparkeerkaart",
        "section": "zorg-en-ondersteuning",
        "team": TEAM_SOCIAAL,
        "upl_name": "gehandicaptenparkeerkaart",
        "upl_uri": UPL_BASE + "gehandicaptenparkeerkaart",
        "audience": "residents",
        "intro": (
            "Kunt u door een ziekte of handicap slecht lopen? "
            "Dan kunt u misschien een gehandicaptenparkeerkaart krijgen."
        ),
        "introduction": (
            "<p>Met deze kaart parkeert u op een gehandicaptenparkeerplaats. "
            "In een blauwe zone mag u langer parkeren. De kaart geldt in heel Europa.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Vraag de kaart online aan met DigiD.</li>"
            "<li>Een arts onderzoekt hoe ver u kunt lopen.</li>"
            "<li>Daarna nemen wij een besluit.</li>"
            "</ol>"
        ),
        "conditions": (
            "<ul>"
            "<li>U kunt hooguit 100 meter lopen, ook met een hulpmiddel.</li>"
            "<li>Uw beperking duurt minstens 6 maanden.</li>"
            "</ul>"
        ),
        "evidence": (
            "<ul>"
            "<li>een goede pasfoto</li>"
            "<li>een kopie van uw rijbewijs, als u zelf rijdt</li>"
            "</ul>"
        ),
        "costs": (
            "<p>De kaart en de keuring kosten samen ongeveer € 150. "
            "U betaalt ook als u de kaart niet krijgt.</p>"
        ),
        "deadline": "<p>Wij beslissen binnen 8 weken. De kaart is hooguit 5 jaar geldig.</p>",
        "objection": _objection(),
        "contact": f"<p>Bel Team Sociaal Domein via {PHONE}.</p>",
        "online_application": "digid",
        "application_url": "https://www.geertruidenberg.nl/gehandicaptenparkeerkaart",
        "kcc_desk_memo": (
            "Keuring door extern bureau, wachttijd ca. 4 weken. Eigen gehandicaptenparkeerplaats "
            "op kenteken is een ander product (Team Vergunningen). "
            "Verlengen: 3 maanden voor de einddatum aanvragen."
        ),
        "kcc_handling": "answer",
        "kcc_team": TEAM_SOCIAAL,
        "related": ["bewonersparkeervergunning", "wmo-ondersteuning-aanvragen"],
    },
    {
        "slug": "mantelzorgwaardering",
        "title": "Mantelzorgwaardering",
        "section": "zorg-en-ondersteuning",
        "team": TEAM_SOCIAAL,
        "upl_name": "mantelzorgondersteuning",
        "upl_uri": UPL_BASE + "mantelzorgondersteuning",
        "audience": "residents",
        "intro": (
            "Zorgt u voor iemand in onze gemeente? "
            "Dan kunt u elk jaar een mantelzorgwaardering krijgen. Zo zeggen wij dank u wel."
        ),
        "introduction": (
            "<p>Mantelzorg is zorg voor iemand die dicht bij u staat. "
            "Bijvoorbeeld voor uw partner, ouder of kind. "
            "U doet dat naast uw gewone leven. Wij vinden dat heel waardevol.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Vul het formulier op onze website in.</li>"
            "<li>Geef aan voor wie u zorgt.</li>"
            "<li>U krijgt de waardering per post.</li>"
            "</ol>"
        ),
        "conditions": (
            "<ul>"
            "<li>U zorgt minstens 3 maanden voor iemand.</li>"
            "<li>U zorgt minstens 8 uur per week.</li>"
            "<li>De persoon voor wie u zorgt, woont in onze gemeente.</li>"
            "</ul>"
        ),
        "evidence": ("<p>U heeft de naam en het adres nodig van de persoon voor wie u zorgt.</p>"),
        "costs": "<p>De aanvraag is gratis. De waardering is een cadeaubon van € 100.</p>",
        "deadline": (
            "<p>Vraag de waardering aan voor 1 november. In december krijgt u de cadeaubon.</p>"
        ),
        "contact": f"<p>Bel Team Sociaal Domein via {PHONE}.</p>",
        "online_application": "ja",
        "application_url": "https://www.geertruidenberg.nl/mantelzorg",
        "kcc_desk_memo": (
            "1 waardering per zorgvrager per jaar. Zorgvrager woont buiten de gemeente: "
            "verwijzen naar de woongemeente van de zorgvrager. Overbelaste mantelzorger: "
            "terugbelverzoek mantelzorgconsulent."
        ),
        "kcc_handling": "answer",
        "kcc_team": TEAM_SOCIAAL,
        "related": ["wmo-ondersteuning-aanvragen"],
    },
    # Ondernemen ----------------------------------------------------------------------
    {
        "slug": "evenementenvergunning-aanvragen",
        "title": "Evenementenvergunning aanvragen",
        "section": "ondernemen",
        "team": TEAM_ECONOMIE,
        "upl_name": "evenementenvergunning",
        "upl_uri": UPL_BASE + "evenementenvergunning",
        "audience": "both",
        "intro": (
            "Organiseert u een feest, markt of sportdag? "
            "Dan heeft u een vergunning of een melding nodig. Vraag die op tijd aan."
        ),
        "introduction": (
            "<p>Een evenement is een feest of activiteit voor publiek. "
            "Bijvoorbeeld een braderie, een buurtfeest of een concert.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Kijk of u een melding of een vergunning nodig heeft.</li>"
            "<li>Vul het formulier op onze website in.</li>"
            "<li>Stuur een plattegrond en een veiligheidsplan mee.</li>"
            "</ol>"
        ),
        "conditions": (
            "<p>Een melding is genoeg bij een klein evenement. "
            "Bijvoorbeeld met minder dan 150 bezoekers, overdag en zonder harde muziek. "
            "Bij een groter evenement heeft u een vergunning nodig.</p>"
        ),
        "evidence": (
            "<ul>"
            "<li>een plattegrond van het terrein</li>"
            "<li>een plan voor veiligheid en EHBO</li>"
            "<li>de begintijd en de eindtijd</li>"
            "</ul>"
        ),
        "costs": (
            "<p>Een melding is gratis. "
            "Een vergunning kost ongeveer € 100 tot € 600. Dat hangt af van de grootte.</p>"
        ),
        "deadline": (
            "<ul>"
            "<li>melding: 4 weken van tevoren</li>"
            "<li>middelgroot evenement: 8 weken van tevoren</li>"
            "<li>groot evenement: 12 weken van tevoren</li>"
            "</ul>"
        ),
        "objection": _objection(),
        "particulars": (
            "<p>Wilt u de weg afsluiten? Vraag dat dan samen met uw vergunning aan.</p>"
        ),
        "contact": (
            f"<p>Bel Team Vergunningen via {PHONE}. Bespreek uw plan ruim op tijd met ons.</p>"
        ),
        "online_application": "ja",
        "application_url": "https://www.geertruidenberg.nl/evenementen",
        "kcc_desk_memo": (
            "Aanvraag te laat: niet zelf afwijzen, terugbelverzoek vergunningverlener. "
            "Buurtbarbecue zonder afsluiting van de weg: geen melding nodig. "
            "Alcohol schenken: aparte ontheffing (artikel 35 Alcoholwet)."
        ),
        "kcc_handling": "callback",
        "kcc_team": TEAM_VERGUNNINGEN,
        "related": ["terrasvergunning-aanvragen"],
    },
    {
        "slug": "terrasvergunning-aanvragen",
        "title": "Terrasvergunning aanvragen",
        "section": "ondernemen",
        "team": TEAM_ECONOMIE,
        "upl_name": "terrasvergunning",
        "upl_uri": UPL_BASE + "terrasvergunning",
        "audience": "businesses",
        "intro": (
            "Wilt u een terras bij uw horecazaak? "
            "Dan heeft u een terrasvergunning van de gemeente nodig."
        ),
        "introduction": (
            "<p>Met een terrasvergunning zet u tafels en stoelen buiten. "
            "Dat mag op de stoep of op het plein voor uw zaak.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Log in met eHerkenning op onze website.</li>"
            "<li>Vul het formulier in.</li>"
            "<li>Stuur een tekening van het terras mee.</li>"
            "</ol>"
        ),
        "conditions": (
            "<ul>"
            "<li>U heeft een horecazaak in onze gemeente.</li>"
            "<li>Er blijft 1,5 meter vrij voor voetgangers.</li>"
            "<li>Hulpdiensten kunnen er altijd langs.</li>"
            "</ul>"
        ),
        "evidence": (
            "<ul>"
            "<li>een tekening met de maten van het terras</li>"
            "<li>uw exploitatievergunning</li>"
            "</ul>"
        ),
        "costs": (
            "<p>U betaalt eenmalig kosten voor de aanvraag. De prijzen staan op onze website.</p>"
        ),
        "deadline": "<p>Wij beslissen binnen 8 weken.</p>",
        "objection": _objection(),
        "contact": (f"<p>Bel Team Economie via {PHONE}. Wij denken graag mee over uw terras.</p>"),
        "online_application": "ja",
        "application_url": "https://www.geertruidenberg.nl/terras",
        "kcc_desk_memo": (
            "Tijdelijke uitbreiding van een terras (evenement, zomer): via evenementenvergunning. "
            "Klachten over overlast van een terras: melding openbare ruimte of handhaving, "
            "niet via dit product."
        ),
        "kcc_handling": "transfer",
        "kcc_team": TEAM_ECONOMIE,
        "related": ["evenementenvergunning-aanvragen"],
    },
]


# ---------------------------------------------------------------------------
# Question-and-answer articles
# ---------------------------------------------------------------------------

ANSWERS = [
    # Paspoort, ID-kaart en rijbewijs --------------------------------------------------
    {
        "key": "paspoort-kwijt",
        "question": "Ik ben mijn paspoort kwijt. Wat moet ik doen?",
        "keywords": (
            "paspoort kwijt, paspoort verloren, paspoort gestolen, pas kwijt, "
            "reisdocument kwijt, vermissing paspoort, diefstal paspoort"
        ),
        "answer": (
            "<p>Meld het verlies zo snel mogelijk bij de Gemeentewinkel. "
            "Dan maken wij uw paspoort ongeldig. Niemand kan het dan nog misbruiken.</p>"
            "<ol>"
            f'<li>Maak <a href="{AFSPRAAK_URL}">een afspraak</a> bij de Gemeentewinkel.</li>'
            "<li>Neem een goede pasfoto mee.</li>"
            "<li>Meld het verlies aan de balie.</li>"
            "<li>Vraag meteen een nieuw paspoort aan.</li>"
            "</ol>"
            "<p>Is uw paspoort gestolen? Doe dan ook aangifte bij de politie. "
            "Bent u in het buitenland? Ga dan naar de politie daar en naar de Nederlandse "
            "ambassade.</p>"
        ),
        "kcc_explanation": (
            "Melden kan alleen aan de balie, niet per telefoon. Aangifte bij politie is niet "
            "verplicht. Vertrekt de inwoner binnen 48 uur: noodpaspoort via de Marechaussee. "
            "Spoed: overleg met Burgerzaken."
        ),
        "audience": "residents",
        "teams": [TEAM_BURGERZAKEN],
        "related_products": ["paspoort", "identiteitskaart"],
        "related_answers": ["paspoort-aanvragen", "paspoort-spoed", "rijbewijs-kwijt"],
        "phone_script": (
            "Wat vervelend dat uw paspoort kwijt is. "
            "U meldt het verlies in de Gemeentewinkel. "
            "Ik kan nu een afspraak voor u maken. Neem een pasfoto mee. "
            "Dan vraagt u ook meteen een nieuw paspoort aan. "
            "Is het gestolen? Doe dan ook aangifte bij de politie."
        ),
        "email_text": (
            "U bent uw paspoort kwijt. Meld dit zo snel mogelijk bij de Gemeentewinkel. "
            "Dan maken wij uw paspoort ongeldig.\n\n"
            "Maak een afspraak via www.geertruidenberg.nl/afspraak. Neem een pasfoto mee. "
            "U vraagt dan meteen een nieuw paspoort aan.\n\n"
            "Is uw paspoort gestolen? Doe dan ook aangifte bij de politie."
        ),
        "social_text": (
            "Paspoort kwijt? Meld het zo snel mogelijk bij de Gemeentewinkel. Maak een afspraak "
            "via geertruidenberg.nl/afspraak en neem een pasfoto mee. Gestolen? Doe dan ook "
            "aangifte bij de politie."
        ),
        "en": {
            "question": "I have lost my passport. What should I do?",
            "keywords": "lost passport, passport stolen, passport missing, lost travel document",
            "answer": (
                "<p>Report the loss to the Gemeentewinkel as soon as possible. "
                "We then make your passport invalid. Nobody can misuse it after that.</p>"
                "<ol>"
                f'<li>Make <a href="{AFSPRAAK_URL}">an appointment</a> at the '
                "Gemeentewinkel.</li>"
                "<li>Bring a good passport photo.</li>"
                "<li>Report the loss at the desk.</li>"
                "<li>Apply for a new passport straight away.</li>"
                "</ol>"
                "<p>Was your passport stolen? Then also report it to the police. "
                "Are you abroad? Go to the local police and the Dutch embassy.</p>"
            ),
            "phone_script": (
                "I am sorry your passport is lost. You report the loss at the Gemeentewinkel. "
                "I can make an appointment for you now. Please bring a passport photo. "
                "You can apply for a new passport at the same time. "
                "Was it stolen? Then also report it to the police."
            ),
            "email_text": (
                "You have lost your passport. Report this to the Gemeentewinkel as soon as "
                "possible. We will then make your passport invalid.\n\n"
                "Make an appointment at www.geertruidenberg.nl/afspraak. Bring a passport "
                "photo. You can apply for a new passport straight away.\n\n"
                "Was your passport stolen? Then also report it to the police."
            ),
            "social_text": (
                "Lost your passport? Report it to the Gemeentewinkel as soon as possible. "
                "Book an appointment at geertruidenberg.nl/afspraak and bring a passport "
                "photo. Stolen? Also report it to the police."
            ),
        },
    },
    {
        "key": "paspoort-aanvragen",
        "question": "Hoe vraag ik een nieuw paspoort aan?",
        "keywords": (
            "paspoort aanvragen, nieuw paspoort, paspoort verlengen, paspoort verlopen, "
            "reisdocument aanvragen, paspoort vernieuwen"
        ),
        "answer": (
            "<p>U vraagt een paspoort aan in de Gemeentewinkel in Raamsdonksveer. "
            f'Maak eerst online <a href="{AFSPRAAK_URL}">een afspraak</a>. '
            "U komt zelf naar de afspraak. Neem dit mee:</p>"
            "<ul>"
            "<li>een goede pasfoto</li>"
            "<li>uw oude paspoort</li>"
            "<li>een pinpas om te betalen</li>"
            "</ul>"
            "<p>Een paspoort kost ongeveer € 84. Voor een kind kost het ongeveer € 63. "
            "Na ongeveer 5 werkdagen ligt het klaar.</p>"
        ),
        "kcc_explanation": (
            "Aanvraag alleen in de woongemeente. Oude paspoort pas bij uitreiking innemen, "
            "niet bij aanvraag. Geen afspraak vrij binnen 3 weken: melden bij "
            "teamleider Burgerzaken."
        ),
        "audience": "residents",
        "teams": [TEAM_BURGERZAKEN],
        "related_products": ["paspoort"],
        "related_answers": ["paspoort-kwijt", "paspoort-kind", "afspraak-gemeentewinkel"],
        "phone_script": (
            "U vraagt een paspoort aan in de Gemeentewinkel. Ik maak graag een afspraak voor u. "
            "Neem een pasfoto, uw oude paspoort en een pinpas mee. "
            "Het kost ongeveer 84 euro. Na 5 werkdagen kunt u het ophalen."
        ),
        "email_text": (
            "U vraagt een paspoort aan in de Gemeentewinkel. Maak eerst een afspraak via "
            "www.geertruidenberg.nl/afspraak.\n\n"
            "Neem een goede pasfoto, uw oude paspoort en een pinpas mee. "
            "Een paspoort kost ongeveer € 84. Na ongeveer 5 werkdagen ligt het klaar."
        ),
        "social_text": (
            "Een nieuw paspoort nodig? Maak een afspraak via geertruidenberg.nl/afspraak. "
            "Neem een pasfoto, uw oude paspoort en een pinpas mee. "
            "Na ongeveer 5 werkdagen ligt het klaar."
        ),
        "en": {
            "question": "How do I apply for a new passport?",
            "keywords": "apply for passport, new passport, renew passport, passport expired",
            "answer": (
                "<p>You apply for a passport at the Gemeentewinkel in Raamsdonksveer. "
                f'First make <a href="{AFSPRAAK_URL}">an appointment</a> online. '
                "You come to the appointment in person. Bring:</p>"
                "<ul>"
                "<li>a good passport photo</li>"
                "<li>your old passport</li>"
                "<li>a debit card to pay</li>"
                "</ul>"
                "<p>A passport costs about € 84. For a child it costs about € 63. "
                "It is ready after about 5 working days.</p>"
            ),
            "phone_script": (
                "You apply for a passport at the Gemeentewinkel. I am happy to make an "
                "appointment for you. Bring a passport photo, your old passport and a debit "
                "card. It costs about 84 euros. You can collect it after 5 working days."
            ),
            "email_text": (
                "You apply for a passport at the Gemeentewinkel. First make an appointment at "
                "www.geertruidenberg.nl/afspraak.\n\n"
                "Bring a good passport photo, your old passport and a debit card. "
                "A passport costs about € 84. It is ready after about 5 working days."
            ),
            "social_text": (
                "Need a new passport? Book an appointment at geertruidenberg.nl/afspraak. "
                "Bring a passport photo, your old passport and a debit card. "
                "It is ready after about 5 working days."
            ),
        },
    },
    {
        "key": "paspoort-spoed",
        "question": "Ik heb snel een paspoort nodig. Kan dat?",
        "keywords": (
            "spoedaanvraag, paspoort spoed, snel paspoort, paspoort morgen, "
            "noodpaspoort, ID-kaart spoed"
        ),
        "answer": (
            "<p>Ja, dat kan met een spoedaanvraag. "
            "Vraagt u het paspoort op een werkdag voor 12.00 uur aan? "
            "Dan ligt het meestal de volgende werkdag klaar.</p>"
            f"<p>Een spoedaanvraag kost ongeveer € 58 extra. Bel ons eerst via {PHONE}. "
            "Dan zoeken wij samen een afspraak.</p>"
            "<p>Vertrekt u binnen 2 dagen? "
            "Dan krijgt u soms een noodpaspoort bij de Koninklijke Marechaussee.</p>"
        ),
        "kcc_explanation": (
            "Spoedaanvraag alleen na overleg met Burgerzaken: doorverbinden. Noodpaspoort: "
            "Marechaussee op Schiphol, Rotterdam of Eindhoven, niet via de gemeente."
        ),
        "audience": "residents",
        "teams": [TEAM_BURGERZAKEN],
        "related_products": ["paspoort", "identiteitskaart"],
        "related_answers": ["paspoort-kwijt", "paspoort-aanvragen"],
        "phone_script": (
            "Dat kan met een spoedaanvraag. Die kost ongeveer 58 euro extra. "
            "Vraagt u het voor 12 uur aan? Dan ligt het meestal de volgende werkdag klaar. "
            "Ik verbind u door met Burgerzaken voor een afspraak."
        ),
        "email_text": (
            "Heeft u snel een paspoort nodig? Dat kan met een spoedaanvraag. "
            "Vraagt u het op een werkdag voor 12.00 uur aan? "
            "Dan ligt het meestal de volgende werkdag klaar.\n\n"
            f"Een spoedaanvraag kost ongeveer € 58 extra. Bel ons via {PHONE} voor een afspraak."
        ),
        "social_text": (
            "Snel een paspoort nodig? Met een spoedaanvraag ligt het meestal de volgende werkdag "
            f"klaar. Dat kost ongeveer € 58 extra. Bel eerst {PHONE} voor een afspraak."
        ),
    },
    {
        "key": "paspoort-kind",
        "question": "Hoe vraag ik een paspoort aan voor mijn kind?",
        "keywords": (
            "paspoort kind, kinderpaspoort, paspoort minderjarige, toestemming ouders, "
            "paspoort baby, toestemmingsformulier"
        ),
        "answer": (
            "<p>Uw kind komt zelf mee naar de Gemeentewinkel. Een ouder met gezag komt ook mee. "
            "Beide ouders met gezag geven toestemming.</p>"
            "<p>Kan de andere ouder niet mee? Dan vult die ouder een toestemmingsformulier in. "
            "Neem dat formulier mee. Neem ook een kopie van het paspoort of de ID-kaart van die "
            "ouder mee.</p>"
            "<p>Een paspoort voor een kind kost ongeveer € 63. Het is 5 jaar geldig.</p>"
        ),
        "kcc_explanation": (
            "Geen toestemming van de andere ouder: vervangende toestemming via de rechtbank. "
            "Niet zelf uitleggen, terugbelverzoek Burgerzaken. Formulier staat op de website."
        ),
        "audience": "residents",
        "teams": [TEAM_BURGERZAKEN],
        "related_products": ["paspoort"],
        "related_answers": ["paspoort-aanvragen"],
        "phone_script": (
            "Uw kind komt zelf mee naar de afspraak. Beide ouders met gezag geven toestemming. "
            "Kan de andere ouder niet mee? Dan vult die ouder een formulier in. "
            "Neem ook een kopie van zijn of haar paspoort mee."
        ),
        "email_text": (
            "Uw kind komt zelf mee naar de Gemeentewinkel. Beide ouders met gezag geven "
            "toestemming.\n\n"
            "Kan de andere ouder niet mee? Dan vult die ouder het toestemmingsformulier in. "
            "Neem dat formulier en een kopie van het paspoort van die ouder mee.\n\n"
            "Een paspoort voor een kind kost ongeveer € 63."
        ),
        "social_text": (
            "Paspoort voor uw kind? Uw kind komt zelf mee. Beide ouders met gezag geven "
            "toestemming. Kan de andere ouder niet mee? Neem dan het toestemmingsformulier en "
            "een kopie van zijn of haar paspoort mee."
        ),
    },
    {
        "key": "id-kaart-reizen",
        "question": "Kan ik met mijn ID-kaart op reis?",
        "keywords": (
            "reizen met ID-kaart, ID-kaart buitenland, identiteitskaart reizen, "
            "welk document op vakantie, ID-kaart Europa"
        ),
        "answer": (
            "<p>Ja, in de landen van de Europese Unie. "
            "U kunt er ook mee naar bijvoorbeeld Zwitserland, Noorwegen en IJsland. "
            "Voor andere landen heeft u meestal een paspoort nodig.</p>"
            "<p>Kijk voor uw reis op "
            '<a href="https://www.nederlandwereldwijd.nl">nederlandwereldwijd.nl</a>. '
            "Daar staat welk document u nodig heeft.</p>"
        ),
        "kcc_explanation": (
            "Verenigd Koninkrijk: paspoort nodig (uitzonderingen via nederlandwereldwijd.nl). "
            "Geen reisadvies geven buiten de EU; altijd verwijzen."
        ),
        "audience": "residents",
        "teams": [TEAM_BURGERZAKEN],
        "related_products": ["identiteitskaart", "paspoort"],
        "related_answers": ["paspoort-aanvragen"],
        "phone_script": (
            "Met uw ID-kaart reist u in de Europese Unie. "
            "Ook naar Zwitserland, Noorwegen en IJsland. "
            "Voor andere landen heeft u meestal een paspoort nodig. "
            "Kijk voor de zekerheid op nederlandwereldwijd.nl."
        ),
        "email_text": (
            "Met uw ID-kaart reist u in de landen van de Europese Unie. "
            "Ook naar Zwitserland, Noorwegen en IJsland. "
            "Voor andere landen heeft u meestal een paspoort nodig.\n\n"
            "Kijk op www.nederlandwereldwijd.nl welk document u nodig heeft."
        ),
        "social_text": (
            "Met uw ID-kaart reist u in de EU, en ook naar Zwitserland, Noorwegen en IJsland. "
            "Voor andere landen heeft u meestal een paspoort nodig. Kijk op "
            "nederlandwereldwijd.nl."
        ),
    },
    {
        "key": "document-ophalen-ander",
        "question": "Mag iemand anders mijn paspoort of ID-kaart ophalen?",
        "keywords": (
            "paspoort laten ophalen, ID-kaart ophalen door ander, machtiging ophalen, "
            "document ophalen, iemand anders ophalen"
        ),
        "answer": (
            "<p>Ja, dat mag. Geef bij de aanvraag aan wie het document ophaalt. "
            "Deze persoon neemt een eigen paspoort of ID-kaart mee. "
            "Neemt u uw oude document niet meer mee terug? "
            "Dan geeft u het bij de aanvraag af.</p>"
            "<p>De persoon die het ophaalt, is 18 jaar of ouder.</p>"
        ),
        "kcc_explanation": (
            "Ophalen door ander alleen als dat bij de aanvraag is vastgelegd. "
            "Achteraf wijzigen: alleen via Burgerzaken (doorverbinden)."
        ),
        "audience": "residents",
        "teams": [TEAM_BURGERZAKEN],
        "related_products": ["paspoort", "identiteitskaart"],
        "related_answers": ["paspoort-aanvragen"],
        "phone_script": (
            "Ja, dat mag. U geeft bij de aanvraag aan wie het ophaalt. "
            "Die persoon is 18 jaar of ouder. Hij of zij neemt een eigen paspoort of ID-kaart mee."
        ),
        "email_text": (
            "Iemand anders mag uw paspoort of ID-kaart ophalen. Geef dit aan bij de aanvraag.\n\n"
            "Deze persoon is 18 jaar of ouder. Hij of zij neemt een eigen paspoort of ID-kaart mee."
        ),
        "social_text": (
            "Iemand anders mag uw paspoort of ID-kaart ophalen. Geef dat aan bij de aanvraag. "
            "Die persoon is 18 jaar of ouder en neemt een eigen paspoort of ID-kaart mee."
        ),
    },
    {
        "key": "rijbewijs-verlengen",
        "question": "Hoe verleng ik mijn rijbewijs?",
        "keywords": (
            "rijbewijs verlengen, rijbewijs verlopen, nieuw rijbewijs, rijbewijs vernieuwen, "
            "rijbewijs 75 jaar, gezondheidsverklaring CBR"
        ),
        "answer": (
            "<p>U vraagt een nieuw rijbewijs aan in de Gemeentewinkel. "
            "Maak eerst een afspraak. Neem een goede pasfoto en uw oude rijbewijs mee.</p>"
            "<p>Een nieuw rijbewijs kost ongeveer € 52. "
            "Na ongeveer 5 werkdagen ligt het klaar.</p>"
            "<p>Bent u 75 jaar of ouder? Dan heeft u eerst een goedkeuring van het CBR nodig. "
            'Vraag die ruim op tijd aan via <a href="https://www.cbr.nl">cbr.nl</a>. '
            "Het CBR doet er soms 4 maanden over.</p>"
        ),
        "kcc_explanation": (
            "Spoed kan (volgende werkdag, ca. € 40 extra). Medische vragen en status van de "
            "Verklaring van Geschiktheid: alleen CBR. Verlopen rijbewijs: niet meer rijden."
        ),
        "audience": "residents",
        "teams": [TEAM_BURGERZAKEN],
        "related_products": ["rijbewijs"],
        "related_answers": ["rijbewijs-kwijt", "afspraak-gemeentewinkel"],
        "phone_script": (
            "U vraagt een nieuw rijbewijs aan in de Gemeentewinkel. Ik maak graag een afspraak. "
            "Neem een pasfoto en uw oude rijbewijs mee. Het kost ongeveer 52 euro. "
            "Bent u 75 of ouder? Dan heeft u eerst een keuring van het CBR nodig."
        ),
        "email_text": (
            "U vraagt een nieuw rijbewijs aan in de Gemeentewinkel. Maak een afspraak via "
            "www.geertruidenberg.nl/afspraak. Neem een pasfoto en uw oude rijbewijs mee.\n\n"
            "Bent u 75 jaar of ouder? Vraag dan eerst een keuring aan via www.cbr.nl."
        ),
        "social_text": (
            "Rijbewijs verlengen? Maak een afspraak via geertruidenberg.nl/afspraak. "
            "Neem een pasfoto en uw oude rijbewijs mee. Bent u 75 of ouder? "
            "Vraag dan eerst een keuring aan bij het CBR."
        ),
    },
    {
        "key": "rijbewijs-kwijt",
        "question": "Ik ben mijn rijbewijs kwijt. Wat moet ik doen?",
        "keywords": (
            "rijbewijs kwijt, rijbewijs verloren, rijbewijs gestolen, vermissing rijbewijs, "
            "rijbewijs vervangen"
        ),
        "answer": (
            "<p>Maak een afspraak bij de Gemeentewinkel. Daar meldt u het verlies. "
            "Daarna vraagt u meteen een nieuw rijbewijs aan. Neem een goede pasfoto mee.</p>"
            "<p>U betaalt de prijs van een rijbewijs. Voor de melding betaalt u ongeveer € 40 "
            "extra. Is uw rijbewijs gestolen? Doe dan ook aangifte bij de politie.</p>"
        ),
        "kcc_explanation": (
            "Zonder geldig rijbewijs niet rijden; een melding is geen rijbewijs. "
            "Kwijt in het buitenland: verklaring van lokale politie meenemen."
        ),
        "audience": "residents",
        "teams": [TEAM_BURGERZAKEN],
        "related_products": ["rijbewijs"],
        "related_answers": ["rijbewijs-verlengen", "paspoort-kwijt"],
        "phone_script": (
            "U meldt het verlies in de Gemeentewinkel. Ik maak graag een afspraak voor u. "
            "Neem een pasfoto mee. Dan vraagt u meteen een nieuw rijbewijs aan. "
            "Let op: u mag zonder rijbewijs niet rijden."
        ),
        "email_text": (
            "U bent uw rijbewijs kwijt. Meld het verlies in de Gemeentewinkel. "
            "Maak een afspraak via www.geertruidenberg.nl/afspraak.\n\n"
            "Neem een pasfoto mee. U vraagt dan meteen een nieuw rijbewijs aan."
        ),
        "social_text": (
            "Rijbewijs kwijt? Meld het verlies in de Gemeentewinkel en vraag meteen een nieuw "
            "rijbewijs aan. Maak een afspraak via geertruidenberg.nl/afspraak en neem een "
            "pasfoto mee."
        ),
    },
    {
        "key": "afspraak-gemeentewinkel",
        "question": "Hoe maak ik een afspraak bij de Gemeentewinkel?",
        "keywords": (
            "afspraak maken, afspraak gemeentehuis, afspraak gemeentewinkel, openingstijden, "
            "balie, loket, afspraak verzetten"
        ),
        "answer": (
            f'<p>Maak online <a href="{AFSPRAAK_URL}">een afspraak</a>. '
            "Kies eerst wat u wilt regelen. Kies daarna een dag en een tijd.</p>"
            f"<p>Lukt het niet online? Bel dan {PHONE}. "
            "De Gemeentewinkel is in het gemeentehuis in Raamsdonksveer. "
            "Op donderdag kunt u ook 's avonds komen.</p>"
        ),
        "kcc_explanation": (
            "KCC kan afspraken maken, verzetten en annuleren in de afsprakenmodule. "
            "Avondopenstelling donderdag 17.00 tot 20.00 uur, alleen op afspraak."
        ),
        "audience": "residents",
        "teams": [TEAM_BURGERZAKEN],
        "related_products": ["paspoort", "identiteitskaart", "rijbewijs"],
        "related_answers": ["paspoort-aanvragen"],
        "phone_script": (
            "Ik kan nu een afspraak voor u maken. Wat wilt u regelen? "
            "De Gemeentewinkel is in het gemeentehuis in Raamsdonksveer. "
            "Op donderdag kunt u ook 's avonds komen."
        ),
        "email_text": (
            "U maakt een afspraak via www.geertruidenberg.nl/afspraak. "
            "Kies wat u wilt regelen en kies een dag en tijd.\n\n"
            f"Lukt het niet online? Bel dan {PHONE}."
        ),
        "social_text": (
            "Een afspraak bij de Gemeentewinkel maakt u online via geertruidenberg.nl/afspraak. "
            f"Lukt dat niet? Bel {PHONE}. Op donderdag kunt u ook 's avonds komen."
        ),
    },
    # Verhuizen en burgerzaken ---------------------------------------------------------
    {
        "key": "verhuizing-doorgeven",
        "question": "Hoe geef ik mijn verhuizing door?",
        "keywords": (
            "verhuizing doorgeven, verhuizen, adreswijziging, nieuw adres, verhuismelding, "
            "inschrijven gemeente, adres wijzigen"
        ),
        "answer": (
            "<p>Geef uw verhuizing online door met DigiD. "
            "Dat kan vanaf 4 weken voor de verhuisdatum. "
            "Doe het uiterlijk 5 dagen na de verhuizing.</p>"
            "<ol>"
            "<li>Log in met DigiD.</li>"
            "<li>Vul uw nieuwe adres en de verhuisdatum in.</li>"
            "<li>Geef aan wie er met u meeverhuist.</li>"
            "</ol>"
            "<p>Binnen 5 werkdagen krijgt u een bevestiging. "
            "Heeft u geen DigiD? Maak dan een afspraak bij de Gemeentewinkel.</p>"
        ),
        "kcc_explanation": (
            "KCC kan geen verhuizing invoeren. Inwoning: hoofdbewoner geeft online toestemming. "
            "Verhuizing vanuit buitenland: altijd afspraak aan de balie (eerste inschrijving)."
        ),
        "audience": "residents",
        "teams": [TEAM_BURGERZAKEN],
        "related_products": ["verhuizing-melden"],
        "related_answers": ["verhuizing-te-laat", "uittreksel-brp"],
        "phone_script": (
            "U geeft uw verhuizing online door met DigiD. "
            "Dat kan vanaf 4 weken voor de verhuisdatum. "
            "Doe het uiterlijk 5 dagen na de verhuizing. "
            "Heeft u geen DigiD? Dan maak ik een afspraak voor u."
        ),
        "email_text": (
            "U geeft uw verhuizing online door met DigiD via www.geertruidenberg.nl/verhuizen. "
            "Dat kan vanaf 4 weken voor de verhuisdatum. "
            "Doe het uiterlijk 5 dagen na de verhuizing.\n\n"
            "Heeft u geen DigiD? Maak dan een afspraak bij de Gemeentewinkel."
        ),
        "social_text": (
            "Gaat u verhuizen? Geef uw nieuwe adres online door met DigiD via "
            "geertruidenberg.nl/verhuizen. Dat kan vanaf 4 weken voor de verhuisdatum. "
            "Doe het uiterlijk 5 dagen na de verhuizing."
        ),
        "en": {
            "question": "How do I report my move?",
            "keywords": "report move, change of address, new address, moving house",
            "answer": (
                "<p>Report your move online with DigiD. "
                "You can do this from 4 weeks before the moving date. "
                "Do it no later than 5 days after the move.</p>"
                "<ol>"
                "<li>Log in with DigiD.</li>"
                "<li>Fill in your new address and the moving date.</li>"
                "<li>Tell us who is moving with you.</li>"
                "</ol>"
                "<p>You will get a confirmation within 5 working days. "
                "No DigiD? Then make an appointment at the Gemeentewinkel.</p>"
            ),
            "phone_script": (
                "You report your move online with DigiD. You can do this from 4 weeks before "
                "the moving date. Do it no later than 5 days after the move. "
                "No DigiD? Then I will make an appointment for you."
            ),
            "email_text": (
                "You report your move online with DigiD at www.geertruidenberg.nl/verhuizen. "
                "You can do this from 4 weeks before the moving date. "
                "Do it no later than 5 days after the move.\n\n"
                "No DigiD? Then make an appointment at the Gemeentewinkel."
            ),
            "social_text": (
                "Moving house? Give us your new address online with DigiD at "
                "geertruidenberg.nl/verhuizen. You can do this from 4 weeks before the move, "
                "and no later than 5 days after."
            ),
        },
    },
    {
        "key": "verhuizing-te-laat",
        "question": "Ik heb mijn verhuizing te laat doorgegeven. Wat nu?",
        "keywords": (
            "verhuizing te laat, te laat doorgegeven, boete verhuizing, verhuisdatum verleden, "
            "vergeten verhuizing door te geven"
        ),
        "answer": (
            "<p>Geef uw verhuizing dan zo snel mogelijk door. "
            "Dat doet u online met DigiD. U vult de echte verhuisdatum in.</p>"
            "<p>Bent u veel te laat? Dan kunt u een boete krijgen. "
            "Ook kunnen er fouten ontstaan in uw toeslagen of uitkering. "
            "Geef de verhuizing daarom meteen door.</p>"
        ),
        "kcc_explanation": (
            "Boete kan oplopen tot € 325 (Wet BRP); KCC noemt geen bedrag en doet geen "
            "toezegging. Burgerzaken beoordeelt elke melding met een datum in het verleden."
        ),
        "audience": "residents",
        "teams": [TEAM_BURGERZAKEN],
        "related_products": ["verhuizing-melden"],
        "related_answers": ["verhuizing-doorgeven"],
        "phone_script": (
            "Geef uw verhuizing zo snel mogelijk door. Dat kan online met DigiD. "
            "Vul de echte verhuisdatum in. Soms volgt er een boete. Dat beslist Burgerzaken."
        ),
        "email_text": (
            "Geef uw verhuizing zo snel mogelijk door via www.geertruidenberg.nl/verhuizen. "
            "Vul de echte verhuisdatum in.\n\n"
            "Bent u veel te laat? Dan kunt u een boete krijgen."
        ),
        "social_text": (
            "Verhuizing te laat doorgegeven? Doe het dan zo snel mogelijk via "
            "geertruidenberg.nl/verhuizen. Vul de echte verhuisdatum in. "
            "Bent u veel te laat? Dan kunt u een boete krijgen."
        ),
    },
    {
        "key": "uittreksel-brp",
        "question": "Hoe vraag ik een uittreksel uit de BRP aan?",
        "keywords": (
            "uittreksel BRP, uittreksel GBA, bewijs van inschrijving, uittreksel "
            "bevolkingsregister, adresbewijs, uittreksel aanvragen"
        ),
        "answer": (
            "<p>Vraag het uittreksel online aan met DigiD. U betaalt met iDEAL. "
            "Binnen 5 werkdagen krijgt u het uittreksel per post.</p>"
            "<p>Heeft u het sneller nodig? Kom dan naar de Gemeentewinkel. "
            "Neem uw paspoort of ID-kaart mee. Daar krijgt u het uittreksel meteen mee.</p>"
            "<p>Een uittreksel kost ongeveer € 16.</p>"
        ),
        "kcc_explanation": (
            "GBA heet sinds 2014 BRP; inwoners gebruiken beide woorden. Uittreksel voor een ander "
            "alleen met machtiging. Apostille via de rechtbank."
        ),
        "audience": "residents",
        "teams": [TEAM_BURGERZAKEN],
        "related_products": ["uittreksel-brp"],
        "related_answers": ["verhuizing-doorgeven"],
        "phone_script": (
            "U vraagt het uittreksel online aan met DigiD. "
            "Dan krijgt u het binnen 5 werkdagen per post. "
            "Heeft u het sneller nodig? Kom dan met uw paspoort of ID-kaart naar de Gemeentewinkel."
        ),
        "email_text": (
            "U vraagt een uittreksel online aan met DigiD via "
            "www.geertruidenberg.nl/uittreksel. "
            "Binnen 5 werkdagen krijgt u het per post.\n\n"
            "In de Gemeentewinkel krijgt u het meteen mee. Een uittreksel kost ongeveer € 16."
        ),
        "social_text": (
            "Een uittreksel uit de BRP vraagt u online aan met DigiD via "
            "geertruidenberg.nl/uittreksel. Binnen 5 werkdagen heeft u het in de bus. "
            "Het kost ongeveer € 16."
        ),
    },
    {
        "key": "geboorte-aangeven",
        "question": "Mijn kind is geboren. Hoe doe ik aangifte?",
        "keywords": (
            "geboorteaangifte, aangifte geboorte, baby aangeven, kind aangeven, "
            "geboren, BSN baby, geboorteakte"
        ),
        "answer": (
            "<p>Gefeliciteerd! Doe binnen 3 dagen na de geboorte aangifte. "
            "Dat doet u in de gemeente waar uw kind geboren is.</p>"
            "<p>Is uw kind in onze gemeente geboren? Doe dan online aangifte met DigiD. "
            "Of maak een afspraak bij de Gemeentewinkel. Neem uw paspoort of ID-kaart mee.</p>"
            "<p>Uw kind krijgt daarna een burgerservicenummer (BSN).</p>"
        ),
        "kcc_explanation": (
            "Geboren in ziekenhuis Breda of Tilburg: aangifte daar. Weekend of feestdag telt "
            "niet mee in de 3 dagen. Te laat: toch laten aangeven, Burgerzaken regelt de rest."
        ),
        "audience": "residents",
        "teams": [TEAM_BURGERZAKEN],
        "related_products": ["geboorteaangifte"],
        "related_answers": ["trouwen-melden"],
        "phone_script": (
            "Gefeliciteerd! U doet binnen 3 dagen aangifte. "
            "Dat doet u in de gemeente waar uw kind geboren is. "
            "Is dat bij ons? Dan kan het online met DigiD. Of ik maak een afspraak voor u."
        ),
        "email_text": (
            "Gefeliciteerd met de geboorte van uw kind! Doe binnen 3 dagen aangifte in de "
            "gemeente waar uw kind geboren is.\n\n"
            "Is uw kind bij ons geboren? Doe dan online aangifte via "
            "www.geertruidenberg.nl/geboorte."
        ),
        "social_text": (
            "Gefeliciteerd met uw baby! Doe binnen 3 dagen aangifte in de gemeente waar uw kind "
            "geboren is. Is dat bij ons? Dan kan het online met DigiD via "
            "geertruidenberg.nl/geboorte."
        ),
    },
    {
        "key": "trouwen-melden",
        "question": "Wij willen trouwen. Wat moeten wij regelen?",
        "keywords": (
            "trouwen, huwelijk, ondertrouw, melding huwelijk, geregistreerd partnerschap, "
            "trouwlocatie, getuigen, trouwambtenaar"
        ),
        "answer": (
            "<p>Meld uw huwelijk online met DigiD. "
            "Doe dat minstens 2 weken en hooguit 1 jaar van tevoren.</p>"
            "<p>Kies daarna een datum, een plek en een trouwambtenaar. "
            "U heeft 2 tot 4 getuigen nodig. Zij zijn 18 jaar of ouder.</p>"
            "<p>Op vaste momenten trouwt u gratis in het gemeentehuis. "
            "Een ceremonie op een ander moment kost geld.</p>"
        ),
        "kcc_explanation": (
            "Ondertrouw heet nu melding voorgenomen huwelijk. KCC mag een optie nemen in de "
            "trouwagenda (hooguit 2 weken). Partner uit het buitenland: terugbelverzoek."
        ),
        "audience": "residents",
        "teams": [TEAM_BURGERZAKEN],
        "related_products": ["huwelijk-en-partnerschap"],
        "related_answers": ["geboorte-aangeven"],
        "phone_script": (
            "Gefeliciteerd! U meldt uw huwelijk online met DigiD. "
            "Doe dat minstens 2 weken van tevoren. "
            "Daarna kiest u een datum, een plek en een trouwambtenaar. "
            "U heeft 2 tot 4 getuigen nodig."
        ),
        "email_text": (
            "Gefeliciteerd met uw plannen! Meld uw huwelijk online via "
            "www.geertruidenberg.nl/trouwen. "
            "Doe dat minstens 2 weken en hooguit 1 jaar van tevoren.\n\n"
            "Kies daarna een datum, een plek en een trouwambtenaar. "
            "U heeft 2 tot 4 getuigen nodig."
        ),
        "social_text": (
            "Gaan jullie trouwen? Gefeliciteerd! Meld het huwelijk online via "
            "geertruidenberg.nl/trouwen, minstens 2 weken van tevoren. "
            "Daarna kiezen jullie een datum, plek en trouwambtenaar."
        ),
    },
    # Afval ---------------------------------------------------------------------------
    {
        "key": "container-legen",
        "question": "Wanneer legen jullie mijn container?",
        "keywords": (
            "afvalkalender, ophaaldag, container legen, wanneer komt de vuilniswagen, "
            "gft, papier, restafval, ophaaldagen afval"
        ),
        "answer": (
            "<p>Dat ziet u in de "
            '<a href="https://www.geertruidenberg.nl/afvalkalender">afvalkalender</a>. '
            "Vul uw postcode en huisnummer in. Dan ziet u precies wanneer wij bij u komen.</p>"
            "<ul>"
            "<li>grijze container: eens per 4 weken</li>"
            "<li>groene container: eens per 2 weken, in de zomer elke week</li>"
            "<li>blauwe container: eens per 4 weken</li>"
            "</ul>"
            "<p>Zet de container voor 7.30 uur aan de straat.</p>"
        ),
        "kcc_explanation": (
            "Ophaaldagen per adres staan in de afvalkalender. Feestdagen: soms een inhaaldag, "
            "zie nieuwsbericht. De app 'Afvalwijzer' toont dezelfde gegevens."
        ),
        "audience": "residents",
        "teams": [TEAM_AFVAL],
        "related_products": ["minicontainer-aanvragen"],
        "related_answers": ["container-niet-geleegd", "grofvuil-ophalen"],
        "phone_script": (
            "Mag ik uw postcode en huisnummer? Dan kijk ik in de afvalkalender. "
            "Zet de container voor half acht 's ochtends aan de straat."
        ),
        "email_text": (
            "In de afvalkalender ziet u wanneer wij uw containers legen. "
            "Kijk op www.geertruidenberg.nl/afvalkalender en vul uw postcode en huisnummer in.\n\n"
            "Zet de container voor 7.30 uur aan de straat."
        ),
        "social_text": (
            "Wanneer legen wij uw container? Kijk in de afvalkalender op "
            "geertruidenberg.nl/afvalkalender en vul uw postcode in. "
            "Zet de container voor 7.30 uur aan de straat."
        ),
        "en": {
            "question": "When do you empty my bin?",
            "keywords": "waste calendar, bin collection day, rubbish collection, bin day",
            "answer": (
                "<p>You can see this in the "
                '<a href="https://www.geertruidenberg.nl/afvalkalender">waste calendar</a>. '
                "Fill in your postcode and house number. "
                "Then you see exactly when we come by.</p>"
                "<ul>"
                "<li>grey bin: once every 4 weeks</li>"
                "<li>green bin: once every 2 weeks, every week in summer</li>"
                "<li>blue bin: once every 4 weeks</li>"
                "</ul>"
                "<p>Put your bin out on the street before 7.30 am.</p>"
            ),
            "phone_script": (
                "May I have your postcode and house number? Then I will check the waste "
                "calendar. Put your bin out before half past seven in the morning."
            ),
            "email_text": (
                "The waste calendar shows when we empty your bins. "
                "Go to www.geertruidenberg.nl/afvalkalender and fill in your postcode and house "
                "number.\n\n"
                "Put your bin out on the street before 7.30 am."
            ),
            "social_text": (
                "When do we empty your bin? Check the waste calendar at "
                "geertruidenberg.nl/afvalkalender and fill in your postcode. "
                "Put your bin out before 7.30 am."
            ),
        },
    },
    {
        "key": "container-niet-geleegd",
        "question": "Jullie hebben mijn container niet geleegd. Wat nu?",
        "keywords": (
            "container niet geleegd, vergeten te legen, container overgeslagen, "
            "afval niet opgehaald, container blijft vol"
        ),
        "answer": (
            "<p>Stond uw container voor 7.30 uur aan de straat? "
            f"Meld het dan dezelfde dag nog via ons formulier. Of bel {PHONE}. "
            "Wij komen dan binnen 2 werkdagen langs.</p>"
            "<p>Stond de container te laat buiten? Of zat er verkeerd afval in? "
            "Dan nemen wij hem niet mee. Zet hem de volgende ophaaldag weer buiten.</p>"
        ),
        "kcc_explanation": (
            "Melding invoeren in zaaksysteem (zaaktype 'Container niet geleegd'). "
            "Sticker op de container betekent: verkeerd afval, geen nalevering."
        ),
        "audience": "residents",
        "teams": [TEAM_AFVAL],
        "related_products": ["minicontainer-aanvragen"],
        "related_answers": ["container-legen", "container-kapot"],
        "phone_script": (
            "Stond de container voor half acht buiten? Dan noteer ik uw melding. "
            "Wij komen binnen 2 werkdagen langs. "
            "Zit er een sticker op de container? Dan zat er verkeerd afval in."
        ),
        "email_text": (
            "Stond uw container voor 7.30 uur aan de straat? "
            "Meld het dan dezelfde dag via www.geertruidenberg.nl/container-melden. "
            "Wij komen binnen 2 werkdagen langs.\n\n"
            "Stond de container te laat buiten? Zet hem dan de volgende ophaaldag weer buiten."
        ),
        "social_text": (
            "Container niet geleegd? Stond hij voor 7.30 uur buiten? Meld het dan dezelfde dag "
            "via geertruidenberg.nl/container-melden. Wij komen binnen 2 werkdagen langs."
        ),
    },
    {
        "key": "container-kapot",
        "question": "Mijn container is kapot. Wat moet ik doen?",
        "keywords": (
            "container kapot, deksel kapot, wiel kapot, container stuk, "
            "container repareren, container gestolen"
        ),
        "answer": (
            "<p>Meld het via het formulier op onze website. Geef aan wat er kapot is. "
            "Bijvoorbeeld de deksel, een wiel of de bak.</p>"
            "<p>Wij repareren de container meestal binnen 2 weken. "
            "Ging hij stuk bij het legen? Dan betaalt u niets.</p>"
        ),
        "kcc_explanation": (
            "KCC mag de melding zelf invoeren. Chipnummer op de container noteren. "
            "Gestolen: nieuwe container tegen betaling, zie product Minicontainer aanvragen."
        ),
        "audience": "residents",
        "teams": [TEAM_AFVAL],
        "related_products": ["minicontainer-aanvragen"],
        "related_answers": ["extra-container", "container-niet-geleegd"],
        "phone_script": (
            "Wat is er kapot aan de container? Ik noteer uw melding. "
            "Wij repareren hem meestal binnen 2 weken. "
            "Ging hij stuk bij het legen? Dan betaalt u niets."
        ),
        "email_text": (
            "Is uw container kapot? Meld het via www.geertruidenberg.nl/container-melden. "
            "Wij repareren de container meestal binnen 2 weken.\n\n"
            "Ging hij stuk bij het legen? Dan betaalt u niets."
        ),
        "social_text": (
            "Container kapot? Meld het via geertruidenberg.nl/container-melden. "
            "Wij repareren hem meestal binnen 2 weken. Ging hij stuk bij het legen? "
            "Dan betaalt u niets."
        ),
    },
    {
        "key": "extra-container",
        "question": "Hoe vraag ik een extra container aan?",
        "keywords": (
            "extra container, tweede container, grotere container, container aanvragen, "
            "minicontainer, papiercontainer, gft-container"
        ),
        "answer": (
            "<p>Vraag een extra container aan via het formulier op onze website. "
            "Een extra blauwe container voor papier is gratis. "
            "Een extra groene container kost ongeveer € 30 per jaar.</p>"
            "<p>Wij brengen de container binnen 10 werkdagen bij u thuis.</p>"
        ),
        "kcc_explanation": (
            "KCC mag de aanvraag zelf invoeren. Hooguit 1 extra gft- en 1 extra papiercontainer "
            "per adres. Extra grijze container bestaat niet."
        ),
        "audience": "residents",
        "teams": [TEAM_AFVAL],
        "related_products": ["minicontainer-aanvragen"],
        "related_answers": ["container-kapot", "container-legen"],
        "phone_script": (
            "Ik kan de extra container voor u aanvragen. "
            "Een extra blauwe container is gratis. Een extra groene kost ongeveer 30 euro per jaar. "
            "Wij brengen hem binnen 10 werkdagen."
        ),
        "email_text": (
            "U vraagt een extra container aan via www.geertruidenberg.nl/container-aanvragen. "
            "Een extra blauwe container is gratis. "
            "Een extra groene container kost ongeveer € 30 per jaar."
        ),
        "social_text": (
            "Extra container nodig? Vraag hem aan via geertruidenberg.nl/container-aanvragen. "
            "Een extra blauwe container is gratis. Een extra groene kost ongeveer € 30 per jaar."
        ),
    },
    {
        "key": "grofvuil-ophalen",
        "question": "Hoe laat ik grofvuil ophalen?",
        "keywords": (
            "grofvuil, grof afval, bank weggooien, matras weggooien, grofvuil ophalen, "
            "afspraak grofvuil, milieustraat"
        ),
        "answer": (
            "<p>Maak een afspraak via het formulier op onze website. "
            "Kies een dag die u past. Zet het grofvuil die ochtend voor 7.30 uur buiten.</p>"
            "<ul>"
            "<li>hooguit 2 m³ per keer</li>"
            "<li>hooguit 30 kilo per stuk</li>"
            "<li>hooguit 4 keer per jaar</li>"
            "</ul>"
            "<p>U kunt grofvuil ook zelf naar de milieustraat brengen. "
            "Neem dan uw milieupas mee.</p>"
        ),
        "kcc_explanation": (
            "KCC kan de afspraak zelf inplannen. Geen puin, asbest of autobanden. "
            "Wit- en bruingoed gaat mee, apart neerzetten."
        ),
        "audience": "residents",
        "teams": [TEAM_AFVAL],
        "related_products": [],
        "related_answers": ["container-legen"],
        "phone_script": (
            "Ik kan een afspraak voor u maken. Welke dag past u? "
            "Zet het grofvuil die ochtend voor half acht buiten. "
            "Per keer mag het hooguit 2 kuub zijn."
        ),
        "email_text": (
            "U maakt een afspraak voor grofvuil via www.geertruidenberg.nl/grofvuil. "
            "Zet het grofvuil die ochtend voor 7.30 uur buiten.\n\n"
            "U kunt het ook zelf naar de milieustraat brengen. Neem dan uw milieupas mee."
        ),
        "social_text": (
            "Grofvuil kwijt? Maak een afspraak via geertruidenberg.nl/grofvuil. "
            "Of breng het zelf naar de milieustraat. Neem dan uw milieupas mee."
        ),
    },
    # Wonen en bouwen -----------------------------------------------------------------
    {
        "key": "vergunning-dakkapel",
        "question": "Heb ik een vergunning nodig voor een dakkapel?",
        "keywords": (
            "dakkapel, vergunning dakkapel, vergunningvrij bouwen, verbouwen, "
            "omgevingsvergunning, vergunningcheck"
        ),
        "answer": (
            "<p>Dat hangt af van de plek. Komt de dakkapel aan de achterkant? "
            "Dan heeft u vaak geen vergunning nodig. "
            "Aan de voorkant of zijkant heeft u meestal wel een vergunning nodig.</p>"
            "<p>Doe de vergunningcheck op "
            '<a href="https://www.omgevingsloket.nl">omgevingsloket.nl</a>. '
            "Dan weet u het snel. Woont u in een monument of in de oude vestingstad? "
            "Dan heeft u bijna altijd een vergunning nodig.</p>"
        ),
        "kcc_explanation": (
            "KCC geeft geen oordeel over een concreet plan. Vragen over een eigen plan: "
            "terugbelverzoek Team Vergunningen. Vestingstad Geertruidenberg is beschermd "
            "stadsgezicht."
        ),
        "audience": "residents",
        "teams": [TEAM_VERGUNNINGEN],
        "related_products": ["omgevingsvergunning-aanvragen"],
        "related_answers": ["vergunning-duur"],
        "phone_script": (
            "Dat hangt af van de plek. Aan de achterkant mag het vaak zonder vergunning. "
            "Aan de voorkant meestal niet. Doe de vergunningcheck op omgevingsloket.nl. "
            "Wilt u dat een collega u terugbelt?"
        ),
        "email_text": (
            "Of u een vergunning nodig heeft, hangt af van de plek van de dakkapel. "
            "Aan de achterkant mag het vaak zonder vergunning.\n\n"
            "Doe de vergunningcheck op www.omgevingsloket.nl. Dan weet u het snel."
        ),
        "social_text": (
            "Een dakkapel aan de achterkant mag vaak zonder vergunning. Aan de voorkant meestal "
            "niet. Doe de vergunningcheck op omgevingsloket.nl. Woont u in de vestingstad? "
            "Dan heeft u bijna altijd een vergunning nodig."
        ),
    },
    {
        "key": "vergunning-duur",
        "question": "Hoe lang moet ik wachten op mijn omgevingsvergunning?",
        "keywords": (
            "doorlooptijd vergunning, hoe lang duurt vergunning, status aanvraag, "
            "beslistermijn, omgevingsvergunning wachten"
        ),
        "answer": (
            "<p>Wij beslissen meestal binnen 8 weken. "
            "Die tijd gaat in als uw aanvraag compleet is. "
            "Soms hebben wij meer tijd nodig. Dan kan het 6 weken langer duren. "
            "Dat laten wij u altijd weten.</p>"
            "<p>Wilt u weten hoe het met uw aanvraag gaat? Kijk dan in het Omgevingsloket. "
            f"Of bel Team Vergunningen via {PHONE}.</p>"
        ),
        "kcc_explanation": (
            "Status en termijn staan in het zaaksysteem. Termijn verstreken: terugbelverzoek "
            "behandelaar, niet zelf iets toezeggen over een dwangsom."
        ),
        "audience": "both",
        "teams": [TEAM_VERGUNNINGEN],
        "related_products": ["omgevingsvergunning-aanvragen"],
        "related_answers": ["vergunning-dakkapel"],
        "phone_script": (
            "Wij beslissen meestal binnen 8 weken. Soms duurt het 6 weken langer. "
            "Mag ik uw zaaknummer? Dan kijk ik hoe het met uw aanvraag staat."
        ),
        "email_text": (
            "Wij beslissen meestal binnen 8 weken na een complete aanvraag. "
            "Soms duurt het 6 weken langer. Dat laten wij u dan weten.\n\n"
            "U ziet de stand van zaken in het Omgevingsloket."
        ),
        "social_text": (
            "Wij beslissen meestal binnen 8 weken over een omgevingsvergunning. "
            "Soms duurt het 6 weken langer. De stand van zaken ziet u in het Omgevingsloket."
        ),
    },
    {
        "key": "parkeervergunning-aanvragen",
        "question": "Hoe vraag ik een parkeervergunning aan?",
        "keywords": (
            "parkeervergunning, bewonersvergunning, parkeren bij huis, vergunning parkeren, "
            "kenteken wijzigen, parkeerkaart"
        ),
        "answer": (
            "<p>Vraag de parkeervergunning online aan met DigiD. "
            "Vul het kenteken van uw auto in en betaal online. "
            "Meestal is de vergunning dezelfde dag geldig.</p>"
            "<p>U krijgt geen kaart achter de ruit. "
            "Een handhaver ziet aan uw kenteken dat u een vergunning heeft.</p>"
            "<p>U kunt een vergunning krijgen als u in een straat met vergunningparkeren woont.</p>"
        ),
        "kcc_explanation": (
            "Kenteken wijzigen mag KCC zelf doen na controle van het adres. "
            "Wachtlijst vestingstad: terugbelverzoek Team Vergunningen."
        ),
        "audience": "residents",
        "teams": [TEAM_VERGUNNINGEN],
        "related_products": ["bewonersparkeervergunning"],
        "related_answers": ["bezoek-parkeren"],
        "phone_script": (
            "U vraagt de vergunning online aan met DigiD. U vult uw kenteken in. "
            "Meestal is de vergunning dezelfde dag geldig. U krijgt geen kaart achter de ruit."
        ),
        "email_text": (
            "U vraagt een parkeervergunning online aan met DigiD via "
            "www.geertruidenberg.nl/parkeervergunning. "
            "Vul het kenteken van uw auto in.\n\n"
            "Meestal is de vergunning dezelfde dag geldig."
        ),
        "social_text": (
            "Parkeervergunning nodig? Vraag hem online aan met DigiD via "
            "geertruidenberg.nl/parkeervergunning. Meestal is hij dezelfde dag geldig."
        ),
    },
    {
        "key": "bezoek-parkeren",
        "question": "Hoe regel ik parkeren voor mijn bezoek?",
        "keywords": (
            "bezoekersvergunning, parkeren bezoek, bezoekers parkeren, visite parkeren, "
            "bezoekerspas"
        ),
        "answer": (
            "<p>Woont u in een straat met vergunningparkeren? "
            "Dan kunt u een bezoekersvergunning aanvragen. "
            "Daarmee meldt u het kenteken van uw bezoek aan. Dat doet u online of met de app.</p>"
            "<p>Uw bezoek parkeert dan voor een lage prijs per uur.</p>"
        ),
        "kcc_explanation": (
            "Bezoekerstegoed per jaar beperkt. Problemen met de app: eerst uit- en inloggen, "
            "daarna terugbelverzoek Team Vergunningen."
        ),
        "audience": "residents",
        "teams": [TEAM_VERGUNNINGEN],
        "related_products": ["bewonersparkeervergunning"],
        "related_answers": ["parkeervergunning-aanvragen"],
        "phone_script": (
            "U kunt een bezoekersvergunning aanvragen. "
            "Daarmee meldt u het kenteken van uw bezoek aan, online of met de app. "
            "Uw bezoek betaalt dan een lage prijs per uur."
        ),
        "email_text": (
            "Met een bezoekersvergunning meldt u het kenteken van uw bezoek aan. "
            "Dat doet u online of met de app.\n\n"
            "Uw bezoek parkeert dan voor een lage prijs per uur."
        ),
        "social_text": (
            "Bezoek op komst? Met een bezoekersvergunning meldt u hun kenteken online of met de "
            "app aan. Uw bezoek parkeert dan voor een lage prijs per uur."
        ),
    },
    # Zorg en ondersteuning -----------------------------------------------------------
    {
        "key": "gehandicaptenparkeerkaart",
        "question": "Hoe vraag ik een gehandicaptenparkeerkaart aan?",
        "keywords": (
            "gehandicaptenparkeerkaart, invalidenkaart, GPK, parkeerkaart handicap, "
            "slecht ter been, gehandicaptenparkeerplaats"
        ),
        "answer": (
            "<p>Vraag de kaart online aan met DigiD. "
            "Daarna onderzoekt een arts hoe ver u kunt lopen. Dat is niet uw eigen arts.</p>"
            "<p>U krijgt de kaart als u hooguit 100 meter kunt lopen. "
            "Uw beperking duurt dan minstens 6 maanden. "
            "De kaart en de keuring kosten samen ongeveer € 150.</p>"
        ),
        "kcc_explanation": (
            "Keuring door extern bureau, wachttijd ca. 4 weken. "
            "Eigen parkeerplaats op kenteken: ander product, Team Vergunningen."
        ),
        "audience": "residents",
        "teams": [TEAM_SOCIAAL, TEAM_VERGUNNINGEN],
        "related_products": ["gehandicaptenparkeerkaart"],
        "related_answers": ["wmo-hulp-thuis"],
        "phone_script": (
            "U vraagt de kaart online aan met DigiD. Daarna onderzoekt een arts hoe ver u kunt "
            "lopen. De kaart en de keuring kosten samen ongeveer 150 euro."
        ),
        "email_text": (
            "U vraagt een gehandicaptenparkeerkaart online aan via "
            "www.geertruidenberg.nl/gehandicaptenparkeerkaart.\n\n"
            "Daarna onderzoekt een arts hoe ver u kunt lopen. "
            "De kaart en de keuring kosten samen ongeveer € 150."
        ),
        "social_text": (
            "Kunt u slecht lopen? Vraag een gehandicaptenparkeerkaart aan via "
            "geertruidenberg.nl/gehandicaptenparkeerkaart. Een arts onderzoekt hoe ver u kunt "
            "lopen."
        ),
    },
    {
        "key": "wmo-hulp-thuis",
        "question": "Ik heb hulp nodig in huis. Waar kan ik terecht?",
        "keywords": (
            "hulp thuis, Wmo, huishoudelijke hulp, thuiszorg, traplift, scootmobiel, "
            "hulp in huishouden, zorg aanvragen"
        ),
        "answer": (
            "<p>Lukt het niet meer om alles zelf te doen? "
            f"Meld uw hulpvraag dan bij Team Sociaal Domein. Dat kan online of via {PHONE}.</p>"
            "<p>Binnen 6 weken hebben wij een gesprek met u. Vaak is dat bij u thuis. "
            "Samen kijken wij welke hulp u nodig heeft. "
            "Bijvoorbeeld hulp in het huishouden of een traplift.</p>"
            "<p>Een cliëntondersteuner kan u gratis helpen bij het gesprek.</p>"
        ),
        "kcc_explanation": (
            "Melding mag telefonisch: vastleggen als Wmo-melding met terugbelnummer. "
            "Crisis of onveilige situatie: direct doorverbinden met wijkteam van dienst."
        ),
        "audience": "residents",
        "teams": [TEAM_SOCIAAL],
        "related_products": ["wmo-ondersteuning-aanvragen"],
        "related_answers": ["wmo-eigen-bijdrage", "mantelzorg-hulp"],
        "phone_script": (
            "Ik noteer uw hulpvraag. Een collega belt u terug voor een afspraak. "
            "Binnen 6 weken heeft u een gesprek, vaak bij u thuis. "
            "Samen kijken jullie welke hulp u nodig heeft."
        ),
        "email_text": (
            "Heeft u hulp nodig in huis? Meld uw hulpvraag via www.geertruidenberg.nl/wmo. "
            f"Of bel {PHONE}.\n\n"
            "Binnen 6 weken hebben wij een gesprek met u. "
            "Samen kijken wij welke hulp u nodig heeft."
        ),
        "social_text": (
            "Lukt het niet meer om alles zelf te doen? Meld uw hulpvraag via "
            f"geertruidenberg.nl/wmo of bel {PHONE}. Samen kijken wij welke hulp u nodig heeft."
        ),
        "en": {
            "question": "I need help at home. Who can I contact?",
            "keywords": "help at home, Wmo, household help, home care, stairlift",
            "answer": (
                "<p>Are you no longer able to do everything yourself? "
                f"Then tell Team Sociaal Domein what help you need. "
                f"You can do this online or by calling {PHONE}.</p>"
                "<p>Within 6 weeks we will talk with you. This is often at your home. "
                "Together we look at the help you need. "
                "For example, help with housework or a stairlift.</p>"
                "<p>A client supporter can help you with the conversation for free.</p>"
            ),
            "phone_script": (
                "I will note your request for help. A colleague will call you back for an "
                "appointment. Within 6 weeks you will have a conversation, often at home. "
                "Together you will look at the help you need."
            ),
            "email_text": (
                "Do you need help at home? Tell us at www.geertruidenberg.nl/wmo. "
                f"Or call {PHONE}.\n\n"
                "Within 6 weeks we will talk with you. "
                "Together we look at the help you need."
            ),
            "social_text": (
                "Are you no longer able to do everything yourself? Tell us at "
                f"geertruidenberg.nl/wmo or call {PHONE}. Together we look at the help you need."
            ),
        },
    },
    {
        "key": "wmo-eigen-bijdrage",
        "question": "Wat betaal ik voor hulp via de Wmo?",
        "keywords": (
            "eigen bijdrage, kosten Wmo, CAK, abonnementstarief, rekening CAK, "
            "betalen huishoudelijke hulp"
        ),
        "answer": (
            "<p>Voor de meeste hulp betaalt u een eigen bijdrage. "
            "Dat is ongeveer € 22 per maand. Het maakt niet uit hoeveel hulp u krijgt.</p>"
            "<p>Het CAK stuurt u de rekening. "
            "Voor een rolstoel betaalt u geen eigen bijdrage. Kijk voor de bedragen op "
            '<a href="https://www.hetcak.nl">hetcak.nl</a>.</p>'
        ),
        "kcc_explanation": (
            "Vragen over de rekening zelf: verwijzen naar het CAK. "
            "Bijdrage te hoog voor inwoner: wijzen op bijzondere bijstand (Team Werk en Inkomen)."
        ),
        "audience": "residents",
        "teams": [TEAM_SOCIAAL],
        "related_products": ["wmo-ondersteuning-aanvragen"],
        "related_answers": ["wmo-hulp-thuis"],
        "phone_script": (
            "U betaalt meestal ongeveer 22 euro per maand. "
            "Dat is hetzelfde bedrag, hoeveel hulp u ook krijgt. "
            "De rekening komt van het CAK."
        ),
        "email_text": (
            "Voor de meeste hulp via de Wmo betaalt u ongeveer € 22 per maand. "
            "Het CAK stuurt u de rekening.\n\n"
            "Kijk voor de bedragen op www.hetcak.nl."
        ),
        "social_text": (
            "Hulp via de Wmo? Voor de meeste hulp betaalt u ongeveer € 22 per maand. "
            "Het CAK stuurt de rekening. Kijk op hetcak.nl voor de bedragen."
        ),
    },
    {
        "key": "mantelzorg-hulp",
        "question": "Ik zorg voor mijn moeder. Kan ik hulp krijgen als mantelzorger?",
        "keywords": (
            "mantelzorg, mantelzorger, respijtzorg, overbelast, mantelzorgwaardering, "
            "zorgen voor ouder, steun mantelzorger"
        ),
        "answer": (
            "<p>Ja. Zorgen voor een ander is mooi, maar soms ook zwaar. "
            "Wij helpen u graag.</p>"
            "<ul>"
            "<li>Praat met een mantelzorgconsulent over wat u nodig heeft.</li>"
            "<li>Vraag respijtzorg aan. Dan neemt iemand de zorg even van u over.</li>"
            "<li>Vraag elk jaar de mantelzorgwaardering aan.</li>"
            "</ul>"
            f"<p>Bel Team Sociaal Domein via {PHONE}.</p>"
        ),
        "kcc_explanation": (
            "Overbelaste mantelzorger: altijd terugbelverzoek mantelzorgconsulent, dezelfde week. "
            "Waardering: hooguit 1 per zorgvrager per jaar."
        ),
        "audience": "residents",
        "teams": [TEAM_SOCIAAL],
        "related_products": ["mantelzorgwaardering", "wmo-ondersteuning-aanvragen"],
        "related_answers": ["wmo-hulp-thuis"],
        "phone_script": (
            "Fijn dat u belt. Zorgen voor een ander kan zwaar zijn. "
            "Ik vraag een mantelzorgconsulent om u terug te bellen. "
            "Samen kijken jullie wat u nodig heeft."
        ),
        "email_text": (
            "Zorgen voor een ander is mooi, maar soms ook zwaar. "
            "Een mantelzorgconsulent denkt graag met u mee.\n\n"
            f"Bel Team Sociaal Domein via {PHONE}. "
            "Vraag ook de mantelzorgwaardering aan via www.geertruidenberg.nl/mantelzorg."
        ),
        "social_text": (
            "Zorgt u voor een naaste? Dat is mooi, maar soms ook zwaar. "
            f"Een mantelzorgconsulent denkt graag met u mee. Bel {PHONE}."
        ),
    },
    # Werk en inkomen -----------------------------------------------------------------
    {
        "key": "bijstand-aanvragen",
        "question": "Hoe vraag ik een bijstandsuitkering aan?",
        "keywords": (
            "bijstand aanvragen, uitkering aanvragen, bijstandsuitkering, geen inkomen, "
            "Participatiewet, geld tekort"
        ),
        "answer": (
            "<p>Meld u online aan met DigiD. Stuur daarna binnen 5 werkdagen uw papieren. "
            "Bijvoorbeeld bankafschriften en uw huurcontract.</p>"
            "<p>Daarna heeft u een gesprek met een consulent. Wij beslissen binnen 8 weken. "
            "Heeft u dringend geld nodig? Vraag dan om een voorschot.</p>"
        ),
        "kcc_explanation": (
            "Geen toezeggingen over het recht op bijstand. Acute nood (geen eten of onderdak): "
            "direct doorverbinden met de consulent van dienst."
        ),
        "audience": "residents",
        "teams": [TEAM_WERK],
        "related_products": ["bijstandsuitkering"],
        "related_answers": ["bijstand-uitbetaling", "kwijtschelding-aanvragen"],
        "phone_script": (
            "U meldt zich online aan met DigiD. Daarna stuurt u uw papieren. "
            "U krijgt een gesprek met een consulent. Wij beslissen binnen 8 weken. "
            "Heeft u nu geen geld voor eten? Dan verbind ik u direct door."
        ),
        "email_text": (
            "U vraagt bijstand online aan via www.geertruidenberg.nl/bijstand. "
            "Stuur daarna binnen 5 werkdagen uw papieren.\n\n"
            "Wij beslissen binnen 8 weken. Heeft u dringend geld nodig? "
            "Vraag dan om een voorschot."
        ),
        "social_text": (
            "Te weinig geld om van te leven? Vraag bijstand aan via "
            "geertruidenberg.nl/bijstand. Heeft u dringend geld nodig? "
            f"Bel dan {PHONE}."
        ),
    },
    {
        "key": "bijstand-uitbetaling",
        "question": "Wanneer krijg ik mijn bijstandsuitkering?",
        "keywords": (
            "uitbetaling bijstand, betaaldatum uitkering, uitkering niet ontvangen, "
            "wanneer betalen, inkomstenformulier"
        ),
        "answer": (
            "<p>Wij betalen uw uitkering elke maand uiterlijk op de laatste werkdag. "
            "U krijgt het geld op uw bankrekening.</p>"
            "<p>Geef elke maand uw inkomsten door via het online formulier. "
            "Doet u dat niet op tijd? Dan betalen wij soms later.</p>"
        ),
        "kcc_explanation": (
            "Geld niet ontvangen na laatste werkdag: controleren of het inkomstenformulier binnen "
            "is, daarna terugbelverzoek consulent."
        ),
        "audience": "residents",
        "teams": [TEAM_WERK],
        "related_products": ["bijstandsuitkering"],
        "related_answers": ["bijstand-aanvragen"],
        "phone_script": (
            "Wij betalen uiterlijk op de laatste werkdag van de maand. "
            "Heeft u uw inkomsten al doorgegeven? Anders betalen wij soms later."
        ),
        "email_text": (
            "Wij betalen uw uitkering elke maand uiterlijk op de laatste werkdag.\n\n"
            "Geef elke maand op tijd uw inkomsten door. Anders betalen wij soms later."
        ),
        "social_text": (
            "Wij betalen de bijstand elke maand uiterlijk op de laatste werkdag. "
            "Geef uw inkomsten op tijd door, anders betalen wij soms later."
        ),
    },
    {
        "key": "kwijtschelding-aanvragen",
        "question": "Ik kan mijn gemeentelijke belastingen niet betalen. Wat kan ik doen?",
        "keywords": (
            "kwijtschelding, belasting niet betalen, afvalstoffenheffing, rioolheffing, "
            "betalingsregeling, aanslag gemeente, laag inkomen"
        ),
        "answer": (
            "<p>Heeft u een laag inkomen en weinig spaargeld? Vraag dan kwijtschelding aan. "
            "Dan hoeft u de afvalstoffenheffing en rioolheffing niet te betalen.</p>"
            "<p>Vraag het online aan met DigiD. "
            "Doe dat binnen 3 maanden na de datum op de aanslag. "
            "Kunt u wel betalen, maar niet in één keer? Vraag dan om een betalingsregeling.</p>"
        ),
        "kcc_explanation": (
            "OZB voor eigenaren: nooit kwijtschelding. Schulden bij meer organisaties: "
            "wijzen op Hulp bij schulden."
        ),
        "audience": "residents",
        "teams": [TEAM_WERK],
        "related_products": ["kwijtschelding-belastingen"],
        "related_answers": ["bijstand-aanvragen"],
        "phone_script": (
            "Heeft u een laag inkomen? Dan kunt u kwijtschelding aanvragen. "
            "Dat doet u online met DigiD, binnen 3 maanden na de aanslag. "
            "Ik verbind u door met een collega voor meer uitleg."
        ),
        "email_text": (
            "Heeft u een laag inkomen en weinig spaargeld? Vraag dan kwijtschelding aan via "
            "www.geertruidenberg.nl/kwijtschelding.\n\n"
            "Doe dat binnen 3 maanden na de datum op de aanslag."
        ),
        "social_text": (
            "Kunt u de gemeentelijke belastingen niet betalen? Vraag binnen 3 maanden "
            "kwijtschelding aan via geertruidenberg.nl/kwijtschelding. "
            "Of vraag om een betalingsregeling."
        ),
    },
    # Ondernemen ----------------------------------------------------------------------
    {
        "key": "vergunning-buurtfeest",
        "question": "Heb ik een vergunning nodig voor een buurtfeest?",
        "keywords": (
            "buurtfeest, straatfeest, buurtbarbecue, evenement melden, evenementenvergunning, "
            "straat afsluiten, feest organiseren"
        ),
        "answer": (
            "<p>Dat hangt af van uw feest. Voor een klein buurtfeest is een melding vaak genoeg. "
            "Bijvoorbeeld met minder dan 150 bezoekers en zonder harde muziek. "
            "Doe de melding 4 weken van tevoren.</p>"
            "<p>Wilt u de straat afsluiten? Of komen er meer mensen? "
            "Dan heeft u een evenementenvergunning nodig. Vraag die 8 weken van tevoren aan.</p>"
        ),
        "kcc_explanation": (
            "Barbecue in eigen tuin of op stoep zonder afsluiting: niets nodig. "
            "Te laat aangevraagd: terugbelverzoek vergunningverlener."
        ),
        "audience": "both",
        "teams": [TEAM_ECONOMIE, TEAM_VERGUNNINGEN],
        "related_products": ["evenementenvergunning-aanvragen"],
        "related_answers": ["terras-aanvragen"],
        "phone_script": (
            "Voor een klein buurtfeest is een melding vaak genoeg. "
            "Doe die 4 weken van tevoren. "
            "Sluit u de straat af? Dan heeft u een vergunning nodig. "
            "Vraag die 8 weken van tevoren aan."
        ),
        "email_text": (
            "Voor een klein buurtfeest is een melding vaak genoeg. "
            "Doe die 4 weken van tevoren via www.geertruidenberg.nl/evenementen.\n\n"
            "Sluit u de straat af? Dan heeft u een vergunning nodig. "
            "Vraag die 8 weken van tevoren aan."
        ),
        "social_text": (
            "Buurtfeest? Voor een klein feest is een melding vaak genoeg, 4 weken van tevoren. "
            "Sluit u de straat af? Vraag dan 8 weken van tevoren een vergunning aan via "
            "geertruidenberg.nl/evenementen."
        ),
    },
    {
        "key": "terras-aanvragen",
        "question": "Hoe vraag ik een terrasvergunning aan?",
        "keywords": (
            "terrasvergunning, terras, horeca terras, terras uitbreiden, "
            "tafels buiten, stoep terras"
        ),
        "answer": (
            "<p>Vraag de terrasvergunning online aan met eHerkenning. "
            "Stuur een tekening mee met de maten van het terras. "
            "Laat 1,5 meter vrij voor voetgangers.</p>"
            "<p>Wij beslissen binnen 8 weken. Wilt u eerst advies? "
            f"Bel dan Team Economie via {PHONE}.</p>"
        ),
        "kcc_explanation": (
            "Tijdelijke uitbreiding bij evenement: via evenementenvergunning. "
            "Klachten over overlast van een terras: handhaving, niet dit product."
        ),
        "audience": "businesses",
        "teams": [TEAM_ECONOMIE],
        "related_products": ["terrasvergunning-aanvragen"],
        "related_answers": ["vergunning-buurtfeest"],
        "phone_script": (
            "U vraagt de vergunning online aan met eHerkenning. "
            "Stuur een tekening van het terras mee. "
            "Wilt u eerst advies? Dan verbind ik u door met Team Economie."
        ),
        "email_text": (
            "U vraagt een terrasvergunning online aan met eHerkenning via "
            "www.geertruidenberg.nl/terras. Stuur een tekening met de maten van het terras mee.\n\n"
            "Wij beslissen binnen 8 weken."
        ),
        "social_text": (
            "Een terras bij uw zaak? Vraag de terrasvergunning online aan met eHerkenning via "
            "geertruidenberg.nl/terras. Wij beslissen binnen 8 weken."
        ),
    },
]
