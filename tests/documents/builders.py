"""Real fixture files built in the tests: PDFs written with pypdf (dev dependency), DOCX written
as the zip of WordprocessingML parts Word itself saves."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
)

A4 = (595.0, 842.0)


def _pdf_string(line: str) -> bytes:
    raw = line.encode("cp1252")  # WinAnsiEncoding: accents, µ, œ, « », ’, – and — all fit
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _text_stream(lines: Sequence[str], size: float = 11.0) -> bytes:
    out = [b"BT", f"/F1 {size:g} Tf {size * 1.4:g} TL 56 790 Td".encode()]
    for line in lines:
        out.append(_pdf_string(line) + b" Tj T*")
    out.append(b"ET")
    return b"\n".join(out)


def _image_stream(width: int = 64, height: int = 64) -> DecodedStreamObject:
    image = DecodedStreamObject()
    # A grey "scan": stripes, as a photocopied page would be, with no text layer at all.
    image.set_data(
        bytes((40 if (y // 4) % 2 else 220) for y in range(height) for _ in range(width))
    )
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(width),
            NameObject("/Height"): NumberObject(height),
            NameObject("/ColorSpace"): NameObject("/DeviceGray"),
            NameObject("/BitsPerComponent"): NumberObject(8),
        }
    )
    return image


def make_pdf(
    pages: Sequence[Sequence[str] | None],
    *,
    user_password: str | None = None,
    owner_password: str | None = None,
) -> bytes:
    """One page per item: a list of text lines (Helvetica, WinAnsi), or None for a scanned-like
    page holding only an image."""
    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    for lines in pages:
        page = writer.add_blank_page(*A4)
        content = DecodedStreamObject()
        resources = DictionaryObject()
        if lines is None:
            image = writer._add_object(_image_stream())
            resources[NameObject("/XObject")] = DictionaryObject({NameObject("/Im0"): image})
            content.set_data(b"q 483 0 0 730 56 56 cm /Im0 Do Q")
        else:
            resources[NameObject("/Font")] = DictionaryObject({NameObject("/F1"): font})
            content.set_data(_text_stream(lines))
        page[NameObject("/Resources")] = resources
        page[NameObject("/Contents")] = writer._add_object(content)
        page[NameObject("/MediaBox")] = ArrayObject(
            [FloatObject(0), FloatObject(0), FloatObject(A4[0]), FloatObject(A4[1])]
        )
    if user_password is not None or owner_password is not None:
        writer.encrypt(
            user_password=user_password or "",
            owner_password=owner_password,
            algorithm="AES-128",
        )
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# -- DOCX ---------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'


def para(*runs: str, style: str | None = None, num: tuple[int, int] | None = None) -> str:
    """A paragraph of runs (plain strings become one run each)."""
    props = ""
    if style or num:
        props = "<w:pPr>"
        props += f'<w:pStyle w:val="{style}"/>' if style else ""
        if num:
            props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        props += "</w:pPr>"
    body = "".join(r if r.startswith("<") else run(r) for r in runs)
    return f"<w:p>{props}{body}</w:p>"


def table(rows: Sequence[Sequence[str]]) -> str:
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc><w:tcPr/>{para(c)}</w:tc>" for c in row) + "</w:tr>"
        for row in rows
    )
    return f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>{cells}</w:tbl>'


NUMBERING = f"""<w:numbering {_NS}>
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""

STYLES = f"""<w:styles {_NS}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>
  <w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>
  <w:basedOn w:val="ListParagraph"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>"""


def make_docx(
    body: str,
    *,
    numbering: str | None = NUMBERING,
    styles: str | None = STYLES,
    header: str | None = None,
    footnotes: Sequence[str] = (),
    comments: Sequence[str] = (),
    document_xml: bytes | None = None,
) -> bytes:
    """A .docx as Word saves it: content types, relationships, the main part and the optional
    numbering, styles, header, footnotes and comments parts."""
    parts: dict[str, bytes] = {}
    overrides = [("/word/document.xml", f"{_CT_MAIN}.document.main+xml")]
    rels: list[tuple[str, str]] = []

    def add(name: str, kind: str, xml: str) -> None:
        parts[f"word/{name}"] = xml.encode("utf-8")
        overrides.append((f"/word/{name}", f"{_CT_MAIN}.{kind}+xml"))
        rels.append((kind, name))

    if numbering is not None:
        add("numbering.xml", "numbering", numbering)
    if styles is not None:
        add("styles.xml", "styles", styles)
    if header is not None:
        add("header1.xml", "header", f"<w:hdr {_NS}>{para(header)}</w:hdr>")
    if footnotes:
        notes = "".join(
            f'<w:footnote w:id="{i}">{para(text)}</w:footnote>'
            for i, text in enumerate(footnotes, start=1)
        )
        separator = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        add("footnotes.xml", "footnotes", f"<w:footnotes {_NS}>{separator}{notes}</w:footnotes>")
    if comments:
        items = "".join(
            f'<w:comment w:id="{i}" w:author="Relecteur">{para(text)}</w:comment>'
            for i, text in enumerate(comments)
        )
        add("comments.xml", "comments", f"<w:comments {_NS}>{items}</w:comments>")
    parts["word/document.xml"] = (
        document_xml
        or (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f"<w:document {_NS}><w:body>{body}<w:sectPr/></w:body></w:document>"
        ).encode()
    )
    parts["word/_rels/document.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="rId{i}" Type="{_REL}/{kind}" Target="{name}"/>'
            for i, (kind, name) in enumerate(rels, start=1)
        )
        + "</Relationships>"
    ).encode("utf-8")
    content_types = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{n}" ContentType="{t}"/>' for n, t in overrides)
        + "</Types>"
    )
    root_rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    return make_zip(
        {"[Content_Types].xml": content_types.encode(), "_rels/.rels": root_rels.encode(), **parts}
    )


def make_zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()
