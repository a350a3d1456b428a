"""Turn pages and snippets into the ordered (kind, text) blocks the analyser reads.

A model lists the fields residents read, in reading order, in ``readability_fields``; the title
counts as a heading. A block class marks itself as a heading with ``readability_kind = "heading"``. StreamFields are walked block by block: headings and questions become
headings, rich text is split into paragraphs, list items and headings, and fields that are not
prose (links, images, choices, tables) are skipped. ``is_dutch`` says whether the B1 rules apply
to an object's text at all.
"""

from html.parser import HTMLParser

from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText

HEADING_CHILDREN = {"question", "title", "heading"}
PROSE_CHILDREN = {"text", "answer", "intro", "summary", "explanation"}
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
BLOCK_TAGS = {"p", "li", "blockquote", *HEADING_TAGS}


class _RichTextBlocks(HTMLParser):
    """Collect the text of paragraphs, list items and headings from rich-text HTML."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self._kind: str | None = None
        self._parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self._flush()
            self._kind = (
                "heading" if tag in HEADING_TAGS else "list_item" if tag == "li" else "paragraph"
            )
        elif tag == "br":
            self._parts.append("\n")

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS:
            self._flush()

    def handle_data(self, data):
        self._parts.append(data)

    def _flush(self):
        text = " ".join("".join(self._parts).split())
        if text:
            self.blocks.append((self._kind or "paragraph", text))
        self._parts = []
        self._kind = None

    def close(self):
        super().close()
        self._flush()


def rich_text_blocks(html: str) -> list[tuple[str, str]]:
    """Paragraphs, list items and headings of a piece of rich text, in order."""
    parser = _RichTextBlocks()
    parser.feed(html or "")
    parser.close()
    return parser.blocks


def _value_blocks(block, value, name: str = "") -> list[tuple[str, str]]:
    """Walk one StreamField value (any nesting) and return its readable text blocks."""
    if value is None:
        return []
    if getattr(block, "readability_kind", None) == "heading":
        return [("heading", value["text"])] if value.get("text") else []
    if isinstance(block, blocks.RichTextBlock):
        html = value.source if isinstance(value, RichText) else str(value)
        return rich_text_blocks(html)
    if isinstance(block, blocks.StreamBlock):
        found = []
        for child in value:
            found += _value_blocks(child.block, child.value, child.block_type)
        return found
    if isinstance(block, blocks.ListBlock):
        found = []
        for item in value:
            found += _value_blocks(block.child_block, item, name)
        return found
    if isinstance(block, blocks.StructBlock):
        found = []
        for child_name, child_block in block.child_blocks.items():
            found += _value_blocks(child_block, value.get(child_name), child_name)
        return found
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        text = " ".join(str(value).split())
        if not text:
            return []
        if name in HEADING_CHILDREN:
            return [("heading", text)]
        if name in PROSE_CHILDREN:
            return [("paragraph", text)]
    return []


def content_blocks(obj) -> list[tuple[str, str]]:
    """The readable text of a page or snippet as ordered (kind, text) blocks."""
    found: list[tuple[str, str]] = []
    for field_name in getattr(obj, "readability_fields", ("title",)):
        value = getattr(obj, field_name, None)
        if not value:
            continue
        field = obj._meta.get_field(field_name)
        if field_name == "title":
            found.append(("heading", str(value)))
        elif isinstance(field, StreamField):
            found += _value_blocks(field.stream_block, value)
        elif isinstance(field, RichTextField):
            if field_name in getattr(obj, "readability_headed_fields", ()):
                # Shown under its own heading on the page (product sections), so a section.
                found.append(("heading", str(field.verbose_name).capitalize()))
            found += rich_text_blocks(str(value))
        else:
            found += [("paragraph", part) for part in str(value).split("\n\n") if part.strip()]
    return found


def is_dutch(obj) -> bool:
    """Whether the object is Dutch text; the B1 checks are Dutch rules and say nothing of English."""
    locale = getattr(obj, "locale", None)
    return locale is None or locale.language_code.split("-")[0] == "nl"
