"""Passive voice in Dutch: a form of *worden* (or *zijn*) with a past participle in the same clause.

*worden* + participle ("Uw afval wordt elke week opgehaald", "moet worden ingevuld", "werd door de
gemeente betaald") is the passive the B1 guidance asks writers to avoid. *zijn* + participle
("is opgehaald", "zijn betaald") is often a state or a perfect tense, so it is only information.

We do not parse. A participle is recognised by its shape: ``ge…d/t`` with an optional separable
prefix (opgehaald, ingevuld, aangevraagd, teruggestuurd), an inseparable prefix without ``ge``
(betaald, verstuurd, ontvangen, herhaald, erkend) or a list of strong participles (gegeven,
genomen, meegenomen). It must stand after the auxiliary in the same clause, however long the
middle field between them, or right before it with at most some modal verbs between ("dat het formulier ingevuld moet worden").
A clause ends at ``, ; : ( )``, at a conjunction that opens a new clause (dat, die, omdat, ...)
and at another auxiliary: "de brief die wij hebben ontvangen" has no passive.

*worden* is also a linking verb ("wordt ziek", "wordt lid", "wordt groter"), so look-alikes must
not pass for participles: nouns and adjectives of participle shape are listed ("bekend",
"gezond", "beleid", "bericht"), a long word made of two common words is a compound noun
("gemeenteraad", "bewonersbijeenkomst", via wordfreq), and present-tense forms are recognised by
their ending ("verhuurt", "begint", "verschillend"). Measured on the Amsterdam originals, almost
every worden-passive found is a real one.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from readability.rare_words import zipf
from readability.words import Token, word_set

WORDEN = "worden"
ZIJN = "zijn"

WORDEN_FORMS = frozenset({"word", "wordt", "werd", "werden", "worden", "geworden"})
ZIJN_FORMS = frozenset({"is", "zijn", "was", "waren", "ben", "bent"})
HEBBEN_FORMS = frozenset({"heb", "hebt", "heeft", "hebben", "had", "hadden"})
# Verbs that may stand between a participle and a following auxiliary: "ingevuld moet worden".
MODALS = word_set(
    """
    moet moeten moest moesten kan kunnen kon konden zal zullen zou zouden mag mogen mocht
    mochten wil willen wilde wilden dient dienen hoeft hoeven te
    """
)
# Words that open a new clause: a participle beyond them belongs to another verb.
CLAUSE_OPENERS = word_set(
    """
    dat die omdat als wanneer want maar wat waar zodat terwijl nadat voordat doordat hoewel
    indien tenzij zodra totdat waardoor waarbij waarin waarmee waarna
    """
)
AUXILIARIES = WORDEN_FORMS | ZIJN_FORMS | HEBBEN_FORMS
# The participle closes the clause (the "right bracket"); the middle field before it can be long
# in Dutch ("wordt vanaf volgende maand op dinsdagochtend voor acht uur door een nieuwe vervoerder
# opgehaald"), so the search runs to the end of the clause. This cap only bounds the work on an
# unpunctuated run-on text.
MAX_MIDDLE_FIELD = 40
_CLAUSE_PUNCTUATION = re.compile(r"[,;:()\[\]–]")

SEPARABLE_PREFIXES = tuple(
    sorted(
        word_set(
            """
            op in door over uit aan af mee terug toe vast weg bij na om voor samen tegen neer vrij
            los achter binnen buiten thuis tegemoet kwijt goed klaar bekend schoon stil open dicht
            vol leeg teleur deel kennis gelijk mede plaats
            """
        ),
        key=len,
        reverse=True,
    )
)
_WEAK_PARTICIPLE = re.compile(
    r"(?:ge|be|ver|ont|her|er|onder|over|mis)[^\W\d_]*[aeiouyëïéè][^\W\d_]*[dt]"
)
_GE_STEM = re.compile(r"ge[^\W\d_]*[aeiouyëïéè][^\W\d_]*[dt]")
_PREFIXED_STEM = re.compile(r"(?:be|ver|ont|her)[^\W\d_]*[aeiouyëïéè][^\W\d_]*[dt]")

# Strong and irregular participles that do not end in -d/-t, or whose inseparable prefix makes
# them look like infinitives ("ontvangen", "vergeten"). Separable prefixes are stripped before
# the look-up, so "meegenomen" and "aangeboden" are found through "genomen" and "geboden".
STRONG_PARTICIPLES = word_set(
    """
    gegeven genomen gedaan gezien geschreven gevonden gekregen gelezen gesloten geholpen gebleven
    gekozen getrokken gesproken gegaan gekomen gestaan gehouden gedragen geslagen gewezen gezeten
    gedreven gebonden geboden gebroken gegoten geheven gekeken gelaten gemeten geschoten getroffen
    gevangen gewonnen gezonden geworpen gewogen geschonden geweten gegrepen gestoken gevlogen
    gevroren gehangen geschoven gescheiden geschapen geschonken gestegen gedronken gegeten
    gebogen gebakken gelopen geroepen gesprongen gestorven gezworen gesmolten gewassen gegraven
    gemalen gelogen gewreven gezogen gestreken geboren gestreden gereden gespannen gebeten
    gesneden gestolen geslapen geworden geweest
    ontvangen vergeten verboden verkregen verzonden besproken beschreven vervangen verschenen
    bevonden begonnen verbonden vertrokken ontnomen onttrokken bevolen begrepen behouden
    verworven verwezen verheven verbroken verkozen verdreven bewezen besloten vernomen verbleven
    ontworpen ontboden onderbroken ondernomen onderschreven onderhouden overwogen voldaan ervaren
    ontheven ontslagen verstoten verschoven vergeven bedreven betrokken bedrogen vergeleken
    onderworpen ondergaan onderscheiden overgenomen beschoten bestolen verdwenen ontstaan
    verlopen vergaan ontgaan begaan bevroren ontbonden ontdaan verraden ontsloten
    verslagen overschreden overtreden onderzocht verkocht bezocht bedacht verzocht
    """
)
# Look like participles by their shape but are nouns, adjectives or present-tense verbs that
# follow *worden* as a linking verb ("wordt bekend", "wordt lid en geniet") or stand nearby.
NOT_PARTICIPLES = word_set(
    """
    gebied gezond gerecht gedicht gewicht gezicht geluid geduld gebed gebod gereed geest gerust
    geschikt gewend gewest genot gemoed gevecht gebeurt geeft geniet gelooft geldt gelegen
    geleden gevallen gemiddeld gewoonweg
    bericht bestand verband besluit beleid bezit bekend bereid bewust beroemd berucht beleefd
    bevoegd bejaard betreft bevat bestaat begint betekent behoort bedraagt bevindt begrijpt
    beschikt bedoelt betaalt verdient verandert vertelt verschijnt verstaat ontstaat ontvangt
    verkeerd verwant verstand verbod verbond verliefd verlegen verschil verleden
    ontbijt ontvangst onderhoud overzicht erfgoed herkomst overheid ondergrond ingewikkeld
    omgekeerd beeld bijvoorbeeld uiteraard beurt benieuwd gewoonweg
    """
)
# Participles of verbs that form their perfect with *zijn* ("is gebeurd", "zijn gekomen"): with
# *zijn* these are a perfect tense, not a passive.
ZIJN_PERFECT_PARTICIPLES = word_set(
    """
    gebeurd gekomen gegaan geweest gebleven geworden begonnen gestopt verhuisd overleden
    vertrokken gestegen gedaald veranderd ontstaan verschenen gelukt mislukt gelopen gevallen
    gegroeid geslaagd verdwenen gestorven geboren verlopen gereisd gevlucht geland gestart
    verslechterd toegenomen afgenomen teruggekeerd afgestudeerd ontsnapt gestapt gezakt
    gekrompen geëindigd verschenen opgestaan
    """
)


@dataclass(frozen=True, slots=True)
class PassiveMatch:
    """A passive construction: the auxiliary, the participle and which auxiliary it is."""

    auxiliary: Token
    participle: Token
    kind: str  # WORDEN or ZIJN

    @property
    def start(self) -> int:
        """Offset of the first of the two words."""
        return min(self.auxiliary.start, self.participle.start)

    @property
    def end(self) -> int:
        """Offset just past the last of the two words."""
        return max(self.auxiliary.end, self.participle.end)


@lru_cache(maxsize=16384)
def participle_cores(word: str) -> tuple[str, ...]:
    """The word, and the word without one or two separable prefixes (op-ge-haald, terug-be-taald)."""
    cores = [word]
    frontier = [word]
    for _ in range(2):
        frontier = [
            core[len(prefix) :]
            for core in frontier
            for prefix in SEPARABLE_PREFIXES
            if core.startswith(prefix) and len(core) - len(prefix) >= 5
        ]
        cores.extend(frontier)
    return tuple(cores)


# A compound noun of two common words ("gemeente-raad", "bewoners-bijeenkomst") is not a
# participle, however much it looks like one; only long words are worth the look-ups.
COMPOUND_MIN_LENGTH = 10
COMPOUND_PART_MIN = 4
COMMON_ZIPF = 3.5


def _participle_shaped(word: str) -> bool:
    """Whether a word has a participle's shape (prefix + stem + d/t, or a strong participle)."""
    if word in NOT_PARTICIPLES:
        return False
    return word in STRONG_PARTICIPLES or bool(
        _WEAK_PARTICIPLE.fullmatch(word) or _GE_STEM.fullmatch(word)
    )


def _compound_kind(word: str) -> str | None:
    """What a long word of a common first part plus a rest is: "participle", "noun" or None.

    A common word before a ge-participle makes a participle ("veilig-gesteld", "kenbaar-gemaakt");
    two common words of which the second is no participle make a noun ("gemeente-raad",
    "bestuurs-recht", "bewoners-bijeenkomst").
    """
    if len(word) < COMPOUND_MIN_LENGTH:
        return None
    for split in range(COMPOUND_PART_MIN, len(word) - COMPOUND_PART_MIN + 1):
        head, tail = word[:split], word[split:]
        head_common = zipf(head) >= COMMON_ZIPF or (
            head[-1] == "s" and zipf(head[:-1]) >= COMMON_ZIPF
        )
        if not head_common:
            continue
        if tail.startswith("ge") and _participle_shaped(tail):
            return "participle"
        if zipf(tail) >= COMMON_ZIPF and not _participle_shaped(tail):
            return "noun"
    return None


def _is_present_tense(core: str) -> bool:
    """Whether a word with an inseparable prefix is a present-tense verb ("verhuurt", "begint").

    A participle never ends in -dt, and weak participles of stems ending in l, r, n or g end
    in -d (betaald, verhuurd, bepaald, verlengd), so -lt, -rt, -nt and -gt are present tense.
    """
    return core.endswith("dt") or (
        not core.startswith("ge") and core.endswith(("lt", "rt", "nt", "gt"))
    )


def _is_present_participle(word: str) -> bool:
    """Whether a word ending in -end is a present participle ("verschillend", "geldend").

    Past participles in -end come from stems in -n after a vowel or from kennen and wennen
    (gediend, verleend, erkend, verwend); every other -end is infinitive + d.
    """
    return word.endswith("end") and not (word[-4] in "ieo" or word.endswith(("kend", "wend")))


@lru_cache(maxsize=16384)
def is_participle(word: str) -> bool:
    """Whether a lower-case word is (very likely) a past participle."""
    if len(word) < 5 or word in NOT_PARTICIPLES or word.endswith(("heid", "teit")):
        return False
    if _is_present_participle(word):
        return False
    cores = participle_cores(word)
    if any(core in NOT_PARTICIPLES for core in cores):
        return False  # also behind a prefix: "voorbeeld" is not "voor" + a participle
    if any(core in STRONG_PARTICIPLES for core in cores):
        return True
    compound = _compound_kind(word)
    if compound:
        return compound == "participle"
    # Without a separable prefix any ge-/be-/ver-/... shape counts; after one, the rest must
    # carry ge- or be-/ver-/ont-/her- itself (op-ge-haald, terug-be-taald), not "uit-er-aard".
    return any(
        not _is_present_tense(core)
        and (
            _WEAK_PARTICIPLE.fullmatch(core)
            if index == 0
            else _GE_STEM.fullmatch(core) or _PREFIXED_STEM.fullmatch(core)
        )
        for index, core in enumerate(cores)
    )


def _is_zijn_perfect(word: str) -> bool:
    """Whether a participle forms a perfect tense with *zijn* ("is gebeurd", "is aangekomen")."""
    return any(core in ZIJN_PERFECT_PARTICIPLES for core in participle_cores(word))


def _clause_break(text: str, left: Token, right: Token) -> bool:
    """Whether punctuation between two neighbouring words ends the clause."""
    return _CLAUSE_PUNCTUATION.search(text, left.end, right.start) is not None


def _participle_after(text: str, tokens: Sequence[Token], index: int) -> int | None:
    """Index of the first participle after the auxiliary at ``index``, up to the end of its
    clause (punctuation, a word that opens a new clause, or another auxiliary)."""
    for position in range(index + 1, min(len(tokens), index + 1 + MAX_MIDDLE_FIELD)):
        token = tokens[position]
        if _clause_break(text, tokens[position - 1], token):
            return None
        if token.lower in CLAUSE_OPENERS or token.lower in AUXILIARIES:
            return None
        if is_participle(token.lower):
            return position
    return None


def _participle_before(text: str, tokens: Sequence[Token], index: int) -> int | None:
    """Index of a participle right before the auxiliary, with at most modal verbs between."""
    position = index - 1
    while position >= 0 and index - position <= 3 and tokens[position].lower in MODALS:
        position -= 1
    if position < 0 or _clause_break(text, tokens[position], tokens[position + 1]):
        return None
    return position if is_participle(tokens[position].lower) else None


def find_passives(text: str, tokens: Sequence[Token]) -> list[PassiveMatch]:
    """Passive constructions in one sentence, given its words; *worden* first, then *zijn*."""
    found: list[PassiveMatch] = []
    claimed: set[int] = set()
    for kind, forms in ((WORDEN, WORDEN_FORMS), (ZIJN, ZIJN_FORMS)):
        for index, token in enumerate(tokens):
            if token.lower not in forms:
                continue
            position = _participle_after(text, tokens, index)
            if position is None or position in claimed:
                position = _participle_before(text, tokens, index)
            if position is None or position in claimed:
                continue
            if kind == ZIJN and _is_zijn_perfect(tokens[position].lower):
                continue
            if kind == WORDEN and tokens[position].lower == "geworden":
                continue  # "is groter geworden": worden as a linking verb
            claimed.add(position)
            found.append(PassiveMatch(token, tokens[position], kind))
    return sorted(found, key=lambda match: match.start)
