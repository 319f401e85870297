"""An article's HTML as a list of pieces: lines of text, headings and images, in reading order.

Old portals wrote loose HTML (unclosed <p>, images inside paragraphs, captions in <em>);
the standard library's parser and a forgiving tree are enough to read it.
"""

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"img", "br", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "param",
        "track"}
BLOCKS = {"p", "div", "section", "article", "main", "figure", "figcaption", "li", "ul", "ol", "blockquote",
          "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "header", "footer", "aside", "br",
          "time", "body", "html"}
SKIPPED = {"script", "style", "nav", "noscript", "form", "iframe", "svg", "button", "head"}
HEADINGS = {"h2", "h3", "h4"}


@dataclass
class Node:
    tag: str
    attrs: dict = field(default_factory=dict)
    children: list = field(default_factory=list)
    parent: "Node" = None

    def find_all(self, tag):
        for child in self.children:
            if isinstance(child, Node):
                if child.tag == tag:
                    yield child
                yield from child.find_all(tag)

    def find(self, tag):
        return next(self.find_all(tag), None)

    def text(self):
        return " ".join("".join(self._texts()).split())

    def _texts(self):
        for child in self.children:
            if isinstance(child, str):
                yield child
            elif child.tag not in SKIPPED:
                yield " " if child.tag in BLOCKS else ""
                yield from child._texts()


@dataclass(frozen=True)
class Piece:
    """One thing of the article: kind "text" (with the block it was in), "heading" or "image" (src, alt)."""

    kind: str
    text: str = ""
    src: str = ""
    tag: str = ""


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root")
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        if tag == "p" and self._open("p"):  # a <p> closes the one left open before it
            self._close("p")
        node = Node(tag, {k: v or "" for k, v in attrs}, parent=self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Node(tag, {k: v or "" for k, v in attrs}, parent=self.current))

    def handle_endtag(self, tag):
        if self._open(tag):
            self._close(tag)

    def handle_data(self, data):
        self.current.children.append(data)

    def _open(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        return node is not None

    def _close(self, tag):
        while self.current.tag != tag:
            self.current = self.current.parent
        self.current = self.current.parent


def parse_html(markup):
    builder = _TreeBuilder()
    builder.feed(markup or "")
    builder.close()
    return builder.root


def main_element(root):
    """The article itself: the <article> element, else the element holding the most paragraph text."""
    articles = list(root.find_all("article"))
    if articles:
        return max(articles, key=lambda node: len(node.text()))
    best, best_size = root, 0
    for paragraph in root.find_all("p"):
        parent = paragraph.parent
        size = sum(len(p.text()) for p in parent.children if isinstance(p, Node) and p.tag == "p")
        if size > best_size:
            best, best_size = parent, size
    return best


def pieces(node):
    """The node's content as pieces, in reading order; the <h1> is the title, not the body."""
    out = []
    _walk(node, out, [], node.tag)
    return out


def _flush(out, buffer, tag):
    text = " ".join("".join(buffer).split())
    buffer.clear()
    if text:
        out.append(Piece("heading" if tag in HEADINGS else "text", text, tag=tag))


def _walk(node, out, buffer, block):
    for child in node.children:
        if isinstance(child, str):
            buffer.append(child)
        elif child.tag in SKIPPED or child.tag == "h1":
            continue
        elif child.tag == "img":
            _flush(out, buffer, block)
            if child.attrs.get("src"):
                out.append(Piece("image", child.attrs.get("alt", ""), src=child.attrs["src"]))
        elif child.tag in BLOCKS:
            _flush(out, buffer, block)
            _walk(child, out, buffer, child.tag)
            _flush(out, buffer, child.tag)
        else:
            _walk(child, out, buffer, block)
