"""The pages' HTML read as a browser reads it: elements with their attributes and text, and what a form sends."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    children: list = field(default_factory=list)  # Elements and text
    parent: "Element | None" = None

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children if self.tag != "template")

    def walk(self):
        yield self
        for child in self.children:
            if isinstance(child, Element) and child.tag != "template":  # a template's content is inert
                yield from child.walk()

    def find(self, **attrs) -> "Element | None":
        return next(iter(self.find_all(**attrs)), None)

    def find_all(self, tag: str | None = None, **attrs) -> list["Element"]:
        return [e for e in self.walk() if (tag is None or e.tag == tag)
                and all(e.attrs.get(k.rstrip("_").replace("_", "-")) == v for k, v in attrs.items())]

    def by_id(self, id_: str) -> "Element":
        found = [e for e in self.walk() if e.attrs.get("id") == id_]
        assert len(found) == 1, f"{len(found)} elements with id {id_!r}"
        return found[0]


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.open = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: (v if v is not None else "") for k, v in attrs}, parent=self.open)
        self.open.children.append(element)
        if tag not in VOID:
            self.open = element

    def handle_startendtag(self, tag, attrs):
        self.open.children.append(Element(tag, {k: v or "" for k, v in attrs}, parent=self.open))

    def handle_endtag(self, tag):
        node = self.open
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.open = node.parent

    def handle_data(self, data):
        self.open.children.append(data)


def parse(html: str) -> Element:
    builder = _Builder()
    builder.feed(html)
    return builder.root


def form_values(html: str, form_id: str) -> dict[str, str]:
    """What a browser sends for the form ``form_id`` when no button is pressed: text and hidden
    inputs, checked radio buttons and text areas (buttons and files left out)."""
    form = parse(html).by_id(form_id)
    sent: dict[str, str] = {}
    for e in form.walk():
        name = e.attrs.get("name")
        if not name or "disabled" in e.attrs:
            continue
        kind = e.attrs.get("type", "text")
        if e.tag == "input" and kind in ("text", "hidden") or (e.tag == "input" and kind == "radio" and "checked" in e.attrs):
            sent[name] = e.attrs.get("value", "")
        elif e.tag == "textarea":
            sent[name] = e.text().removeprefix("\n")
    return sent
